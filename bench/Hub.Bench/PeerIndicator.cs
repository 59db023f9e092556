namespace Hub.Bench;

/// <summary>An indicator of the benchmark as the peer comparison needs it: its code, and whether it is a STOCK (which the peer can only sum).</summary>
public sealed record PeerIndicator(string Code, bool IsStock);
