using Hub.Data.Model;
using Hub.Schema.Scalars;

namespace Hub.Schema.Projects;

public sealed class TargetGroupType() : FlagsEnumerationGraphType<TargetGroups>("TargetGroup", "Who a project serves.");
