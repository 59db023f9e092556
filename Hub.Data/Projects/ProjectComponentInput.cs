using Hub.Data.Model;

namespace Hub.Data.Projects;

/// <summary>One block, group or sub-programme of a project; <see cref="ParentName"/> names an earlier component of the same list.</summary>
public sealed record ProjectComponentInput(
    string Name,
    ProjectComponentKind Kind,
    string? Description = null,
    string? ParentName = null);
