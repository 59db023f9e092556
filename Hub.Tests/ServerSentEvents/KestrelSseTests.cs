namespace Hub.Tests.ServerSentEvents;

/// <summary>
/// The SSE tests that share one server run one after another, because they compare the server's subscriber
/// count before and after: another test's subscriptions would blur it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class KestrelSseTests : ICollectionFixture<KestrelSseHub>
{
    public const string Name = "GraphQL over SSE on Kestrel";
}
