using GraphQL;
using GraphQL.Resolvers;
using Hub.Data.Access;
using Hub.Data.Audit;
using Hub.Data.Model;
using Hub.Schema.Errors;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;

namespace Hub.Schema.Access;

/// <summary>
/// Runs a mutation only for a caller <see cref="MutationRules"/> allows, limits station staff to their station, and
/// records the attempt in the audit log whatever its end: stored (in the writer's transaction), rejected input,
/// refused, or failed.
/// </summary>
internal sealed class GuardedMutationResolver(string mutation, bool stationStaffMayWrite, IFieldResolver inner) : IFieldResolver
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var caller = context.Caller();
        var trail = context.Service<MutationAuditTrail>();
        trail.Begin(caller.Subject, HubCaller.NameOf(caller.Role), mutation, AuditJson.Serialize(context.Arguments?.ToDictionary(a => a.Key, a => a.Value.Value)));

        if (MutationRules.Check(caller, mutation, stationStaffMayWrite) is { } refusal)
        {
            await trail.CompleteAsync(AuditOutcome.Refused, refusal.Message);
            throw refusal;
        }

        if (caller.Role == HubRole.StationStaff)
        {
            context.Service<StationWriteScope>().LimitTo(caller.StationId!.Value);
        }

        object? result;
        try
        {
            result = await inner.ResolveAsync(context);
        }
        catch (StationWriteForbiddenException ex)
        {
            await trail.CompleteAsync(AuditOutcome.Refused, ex.Message);
            throw new HubUserInputException(ex.Message, HubErrorCodes.Forbidden);
        }
        catch (ExecutionError ex)
        {
            await trail.CompleteAsync(AuditOutcome.Rejected, ex.Message);
            throw;
        }
        catch (Exception ex)
        {
            // The caller learns no more of a server fault than the transport tells; the log keeps its kind.
            await trail.CompleteAsync(AuditOutcome.Failed, ex.GetType().Name);
            throw;
        }

        if (result is IMutationPayload { ErrorCount: > 0 } payload)
        {
            await trail.CompleteAsync(AuditOutcome.Rejected, $"{payload.ErrorCount} input error(s); see the payload's errors.");
        }
        else
        {
            await trail.CompleteAsync(AuditOutcome.Succeeded, null);
        }

        return result;
    }
}
