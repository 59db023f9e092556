using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.EnumLabels;

namespace Hub.Schema.Activities;

public sealed class ActivityKindType : EnumerationGraphType<ActivityKind>
{
    public static readonly IReadOnlyDictionary<ActivityKind, EnumLabel> Labels = new Dictionary<ActivityKind, EnumLabel>
    {
        [ActivityKind.CaseWork] = new("个案", "Case work"),
        [ActivityKind.GroupWork] = new("小组", "Group work"),
        [ActivityKind.CommunityWork] = new("社区活动", "Community work"),
        [ActivityKind.ThemedActivity] = new("主题活动", "Themed activity"),
        [ActivityKind.VolunteerService] = new("志愿服务", "Volunteer service"),
        [ActivityKind.HomeVisit] = new("走访", "Home visit"),
        [ActivityKind.NeedsSurvey] = new("调研", "Needs survey"),
        [ActivityKind.Supervision] = new("督导", "Supervision"),
        [ActivityKind.Training] = new("培训", "Training"),
        [ActivityKind.Publicity] = new("宣传", "Publicity"),
    };

    public ActivityKindType()
    {
        Name = "ActivityKind";
        this.Labelled(Labels);
    }
}
