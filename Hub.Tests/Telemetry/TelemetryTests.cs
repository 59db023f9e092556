namespace Hub.Tests.Telemetry;

/// <summary>
/// The telemetry tests run alone, after the others: OpenTelemetry's meter provider listens to every meter named
/// DataHub in the process, so the requests of another test's server running at the same time would blur the deltas.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryTests : ICollectionFixture<TelemetryHub>
{
    public const string Name = "Telemetry";
}
