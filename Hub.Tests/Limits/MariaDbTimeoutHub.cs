using Hub.Tests.Infrastructure;

namespace Hub.Tests.Limits;

/// <summary>The demo hub on a real MariaDB with a request time-out of two seconds.</summary>
public sealed class MariaDbTimeoutHub : HubServerFixture
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(2);

    protected override bool SeedDemoData => true;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Hub:Limits:RequestTimeout"] = RequestTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
    };

    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateMariaDbAsync();
}
