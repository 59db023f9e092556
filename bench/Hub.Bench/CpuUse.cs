namespace Hub.Bench;

/// <summary>Processor time the server and the driver spent while the measured events were sent and delivered.</summary>
public sealed record CpuUse(TimeSpan Wall, TimeSpan? Server, TimeSpan Driver);
