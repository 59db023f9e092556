namespace Hub.Server.Telemetry;

/// <summary>Settings of the hub's telemetry (<c>Hub:Telemetry:*</c>). Metrics need none: /metrics is always served.</summary>
public sealed class HubTelemetryOptions
{
    public const string Section = "Hub:Telemetry";

    /// <summary>
    /// Where traces go by OTLP, for an operator who would rather keep the setting with the hub's own than in the
    /// standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable, which is honoured too; this one wins when both are set.
    /// With neither, the hub traces nothing: no exporter, and no activity is even recorded.
    /// </summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>Whether <see cref="OtlpEndpoint"/> is absent or an absolute http(s) address; the OTLP exporter accepts nothing else.</summary>
    public bool IsValid() =>
        OtlpEndpoint is null
        || (OtlpEndpoint.IsAbsoluteUri && (OtlpEndpoint.Scheme == Uri.UriSchemeHttp || OtlpEndpoint.Scheme == Uri.UriSchemeHttps));
}
