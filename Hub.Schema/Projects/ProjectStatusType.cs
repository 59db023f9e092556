using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.EnumLabels;

namespace Hub.Schema.Projects;

public sealed class ProjectStatusType : EnumerationGraphType<ProjectStatus>
{
    /// <summary>The IATI activity statuses, as a station would say them of a project.</summary>
    public static readonly IReadOnlyDictionary<ProjectStatus, EnumLabel> Labels = new Dictionary<ProjectStatus, EnumLabel>
    {
        [ProjectStatus.Pipeline] = new("筹备中", "In preparation"),
        [ProjectStatus.Implementation] = new("实施中", "Under way"),
        [ProjectStatus.Finalisation] = new("收尾中", "Finishing"),
        [ProjectStatus.Closed] = new("已结项", "Closed"),
        [ProjectStatus.Cancelled] = new("已取消", "Cancelled"),
        [ProjectStatus.Suspended] = new("已暂停", "Suspended"),
    };

    public ProjectStatusType()
    {
        Name = "ProjectStatus";
        this.Labelled(Labels);
    }
}
