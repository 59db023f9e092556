using GraphQL;
using GraphQL.Resolvers;
using Hub.Data.Access;
using Hub.Data.Audit;
using Hub.Data.Model;
using Hub.Data.Writes;
using Hub.Schema.Access;
using Hub.Schema.Errors;
using Hub.Schema.Execution;

namespace Hub.Schema.Mutation;

/// <summary>
/// The one way a mutation runs: check the caller (<see cref="MutationRules"/>, station staff limited to their
/// station), then one <see cref="UnitOfWork"/> (transaction, the resolver, which only stages, one save with the audit
/// entry, commit, then the staged feed events), and an audit entry whatever the end: stored, rejected input,
/// refused, failed, or replayed. A mutation marked <see cref="MutationFieldBuilderExtensions.Idempotent"/> under a
/// caller's key answers a retry with the first result; the key is looked up inside the unit, so two retries racing
/// with one key store once. A refused anonymous write is audited only within its address's allowance
/// (<see cref="IRefusedWriteLimiter"/>); beyond it the field fails with RATE_LIMITED and nothing is written.
/// </summary>
internal sealed class MutationPipeline(string mutation, bool stationStaffMayWrite, IdempotentMutation? idempotent, IFieldResolver resolver) : IFieldResolver
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var caller = context.Caller();
        var trail = context.Service<MutationAuditTrail>();
        var refusal = MutationRules.Check(caller, mutation, stationStaffMayWrite);
        if (refusal is not null && caller.Role == HubRole.Public && !trail.RefusalRecorded && RefusalLimited(context) is { } limited)
        {
            // Over its allowance the address gets no entry at all: the log is what it was trying to fill.
            throw limited;
        }

        var input = AuditJson.Serialize(context.Arguments?.ToDictionary(a => a.Key, a => a.Value.Value));
        trail.Begin(caller.Subject, HubCaller.NameOf(caller.Role), mutation, input);

        if (refusal is not null)
        {
            await trail.CompleteAsync(AuditOutcome.Refused, refusal.Message);
            throw refusal;
        }

        if (caller.Role == HubRole.StationStaff)
        {
            context.Service<StationWriteScope>().LimitTo(caller.StationId!.Value);
        }

        var key = idempotent is null || caller.Subject is null ? null : KeyOf(context);
        Outcome outcome;
        try
        {
            outcome = await context.Service<UnitOfWork>().RunAsync(
                ct => RunAsync(context, caller.Subject, key, input, ct),
                keep: o => !o.Replayed && o.Result is not IMutationPayload { ErrorCount: > 0 },
                afterSave: (o, ct) => key is null
                    ? Task.CompletedTask
                    : context.Service<IdempotencyKeys>().StoreAsync(caller.Subject!, key, mutation, IdempotencyKeys.HashOf(input), idempotent!.ReceiptOf(o.Result!), ct),
                cancellationToken: context.CancellationToken);
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

        if (outcome.Replayed)
        {
            await trail.CompleteAsync(AuditOutcome.Replayed, $"A retry under the idempotency key \"{key}\"; answered with the first result.");
        }
        else if (outcome.Result is IMutationPayload { ErrorCount: > 0 } payload)
        {
            await trail.CompleteAsync(AuditOutcome.Rejected, $"{payload.ErrorCount} input error(s); see the payload's errors.");
        }
        else
        {
            await trail.CompleteAsync(AuditOutcome.Succeeded, null);
        }

        return outcome.Result;
    }

    private async Task<Outcome> RunAsync(IResolveFieldContext context, string? subject, string? key, string input, CancellationToken cancellationToken)
    {
        if (key is not null && await context.Service<IdempotencyKeys>().FindAsync(subject!, key, mutation, cancellationToken) is { } first)
        {
            if (first.InputHash != IdempotencyKeys.HashOf(input))
            {
                throw new HubUserInputException(
                    $"The idempotency key \"{key}\" was used for another {mutation} in the last {IdempotencyKeys.Lifetime.TotalHours:0} hours; a retry sends the same input, a new request a new key.",
                    HubErrorCodes.IdempotencyKeyReused);
            }

            return new Outcome(await idempotent!.ReplayAsync(first.Receipt, context), Replayed: true);
        }

        return new Outcome(await resolver.ResolveAsync(context), Replayed: false);
    }

    /// <summary>
    /// The limiter's refusal for one more audited refusal from the request's address, or null when it may be
    /// recorded. A request only takes a permit when its refusal would write an entry: one per request.
    /// </summary>
    private static RateLimitedError? RefusalLimited(IResolveFieldContext context) =>
        ClientAddress.Of(context) is { } address && context.RequestServices?.GetService(typeof(IRefusedWriteLimiter)) is IRefusedWriteLimiter limiter
            ? limiter.TryAdmitRefusal(address)
            : null;

    /// <summary>The caller's key for this field: <c>input.clientMutationId</c>, else the request's header keyed by the field's response name.</summary>
    private static string? KeyOf(IResolveFieldContext context)
    {
        var key = context.GetArgument<Dictionary<string, object?>>("input")?.GetValueOrDefault("clientMutationId") as string;
        if (string.IsNullOrEmpty(key) && IdempotencyKeyHeader.Of(context) is { } header)
        {
            key = header + "#" + (context.FieldAst.Alias?.Name.StringValue ?? context.FieldDefinition.Name);
        }

        if (key?.Length > IdempotencyKeys.MaxKeyLength)
        {
            throw new HubUserInputException($"An idempotency key holds at most {IdempotencyKeys.MaxKeyLength} characters.");
        }

        return string.IsNullOrEmpty(key) ? null : key;
    }

    private sealed record Outcome(object? Result, bool Replayed);
}
