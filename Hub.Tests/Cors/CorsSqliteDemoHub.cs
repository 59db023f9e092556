using Hub.Tests.Infrastructure;

namespace Hub.Tests.Cors;

/// <summary>The demo hub with two origins listed in Hub:Cors:AllowedOrigins (one written as an operator might: upper case, default port).</summary>
public sealed class CorsSqliteDemoHub : HubServerFixture
{
    public const string Listed = "https://bureau.example.cn";
    public const string OtherListed = "http://localhost:8080";
    public const string Unlisted = "https://partner.example.org";

    protected override bool SeedDemoData => true;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Hub:Cors:AllowedOrigins:0"] = "HTTPS://Bureau.Example.CN:443",
        ["Hub:Cors:AllowedOrigins:1"] = OtherListed,
        ["Hub:Cors:PreflightMaxAgeSeconds"] = "900",
    };

    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.CreateSqlite());
}
