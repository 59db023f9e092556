using GraphQL;
using Hub.Schema.Errors;

namespace Hub.Schema.Access;

/// <summary>
/// Who may run a mutation at all. Every mutation needs credentials; partners and analysts read only; station staff
/// run the mutations marked <see cref="MutationFieldExtensions.StationStaffMayWrite{TSource, TReturn}"/>, and only
/// for their own station (the writers check each row against <see cref="Hub.Data.Access.StationWriteScope"/>);
/// admins run everything.
/// </summary>
public static class MutationRules
{
    /// <summary>The refusal for this caller, or null when the caller may run the mutation.</summary>
    public static ExecutionError? Check(HubCaller caller, string mutation, bool stationStaffMayWrite)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role switch
        {
            HubRole.Public => new HubUserInputException(
                $"{mutation} changes data and needs credentials: send an API key (\"Authorization: ApiKey <key>\") or a bearer token.",
                HubErrorCodes.Unauthenticated),
            HubRole.Admin => null,
            HubRole.StationStaff when stationStaffMayWrite => null,
            HubRole.StationStaff => new HubUserInputException($"Station staff may not run {mutation}; it needs an ADMIN caller.", HubErrorCodes.Forbidden),
            _ => new HubUserInputException(
                $"A {HubCaller.NameOf(caller.Role)} caller reads only and may not run {mutation}.",
                HubErrorCodes.Forbidden),
        };
    }
}
