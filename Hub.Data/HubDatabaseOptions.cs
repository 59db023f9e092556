using System.ComponentModel.DataAnnotations;

namespace Hub.Data;

/// <summary>Bound from the "Hub:Database" section; the connection string comes from ConnectionStrings:Hub.</summary>
public sealed record HubDatabaseOptions
{
    public const string Section = "Hub:Database";
    public const string DefaultSqliteConnectionString = "Data Source=datahub.db";

    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>ConnectionStrings:Hub when set, else Hub:Database:ConnectionString.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>MySQL/MariaDB server version, so start-up need not connect to detect it ("10.11.0-mariadb", "8.0.36-mysql").</summary>
    [Required]
    public string ServerVersion { get; set; } = "10.11.0-mariadb";

    /// <summary>Apply migrations at start-up.</summary>
    public bool Migrate { get; set; } = true;

    /// <summary>Load the demo dataset from the seeds when the database is empty.</summary>
    public bool SeedDemoData { get; set; } = true;

    public string EffectiveConnectionString =>
        ConnectionString ?? (Provider == DatabaseProvider.Sqlite
            ? DefaultSqliteConnectionString
            : throw new InvalidOperationException("Hub:Database:Provider is MySql but no connection string is set (ConnectionStrings:Hub)."));
}
