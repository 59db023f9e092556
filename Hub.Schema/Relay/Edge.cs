namespace Hub.Schema.Relay;

public sealed record Edge<T>(string Cursor, T Node);
