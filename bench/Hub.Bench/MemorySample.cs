namespace Hub.Bench;

/// <summary>The server's resident set (VmRSS), its peak so far (VmHWM) and, after an induced full GC, its managed heap.</summary>
public sealed record MemorySample(long RssBytes, long PeakRssBytes, long? ManagedHeapBytes);
