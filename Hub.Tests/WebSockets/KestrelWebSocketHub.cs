using Hub.Tests.Infrastructure;

namespace Hub.Tests.WebSockets;

/// <summary>The demo hub on a real port with WebSocket limits small enough to reach in a test.</summary>
public sealed class KestrelWebSocketHub : KestrelSqliteDemoHub
{
    public const int MaxOperations = 4;
    public const int MaxMessageBytes = 4096;
    public static readonly TimeSpan InitTimeout = TimeSpan.FromSeconds(2);

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Hub:WebSockets:ConnectionInitWaitTimeout"] = InitTimeout.ToString(),
        ["Hub:WebSockets:MaxOperationsPerConnection"] = MaxOperations.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Hub:WebSockets:MaxMessageBytes"] = MaxMessageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public Uri WebSocketAddress => new($"ws://{BaseAddress.Authority}/graphql");
}
