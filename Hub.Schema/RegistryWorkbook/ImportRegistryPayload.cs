using Hub.Data.RegistryWorkbook;
using Hub.Schema.Mutation;

namespace Hub.Schema.RegistryWorkbook;

public sealed record ImportRegistryPayload(RegistryWorkbookResult Result) : IMutationPayload
{
    int IMutationPayload.ErrorCount => Result.Errors.Count;
}
