using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hub.Data;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without a running host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHubDbContext>
{
    public SqliteHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHubDbContext>().UseSqlite(HubDatabaseOptions.DefaultSqliteConnectionString).Options);
}

/// <summary>Lets `dotnet ef migrations add` build the MySQL model without a server: the version is fixed.</summary>
internal sealed class MySqlDesignTimeFactory : IDesignTimeDbContextFactory<MySqlHubDbContext>
{
    public MySqlHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MySqlHubDbContext>()
            .UseMySql("Server=localhost;Database=datahub", ServerVersion.Parse(new HubDatabaseOptions().ServerVersion))
            .Options);
}
