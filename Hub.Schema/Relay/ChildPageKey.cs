namespace Hub.Schema.Relay;

public sealed record ChildPageKey(int ParentId, PageRequest Page);
