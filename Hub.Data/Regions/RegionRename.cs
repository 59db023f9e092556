namespace Hub.Data.Regions;

/// <summary>A region the import kept (its id, its stations) under the name the statistical list gives it.</summary>
public sealed record RegionRename(string Code, string OldName, string NewName);
