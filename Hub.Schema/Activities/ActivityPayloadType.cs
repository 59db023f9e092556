using Hub.Data.Model;
using Hub.Schema.Mutation;

namespace Hub.Schema.Activities;

public sealed class ActivityPayloadType() : WritePayloadType<Activity, ActivityType>("ActivityPayload", "activity");
