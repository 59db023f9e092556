namespace Hub.Schema.Diagnostics;

/// <summary>Bound from "Hub:Diagnostics".</summary>
public sealed class HubDiagnosticsOptions
{
    public const string Section = "Hub:Diagnostics";

    /// <summary>Adds <c>extensions.sqlStatements</c> to every response: how many SQL statements the request sent. Off in production.</summary>
    public bool ReportSqlStatements { get; set; }
}
