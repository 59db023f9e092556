namespace Hub.Bench;

/// <summary>
/// The server's resident set (VmRSS), its peak so far (VmHWM) and, after an induced full GC, its managed heap and
/// the part of it on the pinned object heap (where Kestrel's socket buffer pool lives).
/// </summary>
public sealed record MemorySample(long RssBytes, long PeakRssBytes, long? ManagedHeapBytes, long? PinnedHeapBytes);
