using Hub.Data.Activities;
using Hub.Data.Model;

namespace Hub.Schema.Activities;

public sealed record RecordActivityPayload(Activity? Activity, IReadOnlyList<ActivityInputError> Errors);
