using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Activities;

public sealed class ActivityKindType : EnumerationGraphType<ActivityKind>
{
    public ActivityKindType()
    {
        Name = "ActivityKind";
    }
}
