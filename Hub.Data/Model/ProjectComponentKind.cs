namespace Hub.Data.Model;

public enum ProjectComponentKind
{
    /// <summary>A service block (板块), e.g. 老有所学.</summary>
    Block = 1,

    /// <summary>A group (小组) or class run under the project.</summary>
    Group = 2,

    /// <summary>A named activity series or sub-programme.</summary>
    Programme = 3,
}
