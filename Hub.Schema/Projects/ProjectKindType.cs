using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.EnumLabels;

namespace Hub.Schema.Projects;

public sealed class ProjectKindType : EnumerationGraphType<ProjectKind>
{
    public static readonly IReadOnlyDictionary<ProjectKind, EnumLabel> Labels = new Dictionary<ProjectKind, EnumLabel>
    {
        [ProjectKind.Project] = new("服务项目", "Service project"),
        [ProjectKind.Plan] = new("服务计划", "Service plan"),
        [ProjectKind.Platform] = new("微平台", "Micro-platform"),
    };

    public ProjectKindType()
    {
        Name = "ProjectKind";
        this.Labelled(Labels);
    }
}
