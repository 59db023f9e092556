namespace Hub.Schema.Relay;

/// <summary>One parent's page of a nested connection; keys with equal requests are fetched in one statement.</summary>
public sealed record ChildPageKey<TChild>(int ParentId, ConnectionRequest<TChild> Request);
