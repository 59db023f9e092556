using Hub.Data.Activities;
using Hub.Schema.Mutation;
using Hub.Data.Model;

namespace Hub.Schema.Activities;

public sealed record RecordActivityPayload(Activity? Activity, IReadOnlyList<ActivityInputError> Errors) : IMutationPayload
{
    int IMutationPayload.ErrorCount => Errors.Count;
}
