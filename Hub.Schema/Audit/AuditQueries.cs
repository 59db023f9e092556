using GraphQL;
using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Errors;
using Hub.Schema.Execution;
using Hub.Schema.Relay;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Audit;

public static class AuditQueries
{
    public static void AddAuditQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ConnectionType<AuditEntryType, AuditEntry>>>("auditLog")
            .Description("Every mutation, newest first: who, what, when, the rows it changed before and after, and how it ended. ADMIN only.")
            .Argument<StringGraphType>("mutation", "Only entries of this mutation (recordActivity, submitObservations, ...).")
            .Argument<StringGraphType>("subject", "Only entries of this caller (\"key:<name>\" or a token's subject).")
            .Argument<AuditOutcomeType>("outcome", "Only entries that ended so.")
            .Arguments(PageRequest.Arguments())
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                if (caller.Role != HubRole.Admin)
                {
                    throw new HubUserInputException(
                        "The audit log is for ADMIN callers only.",
                        caller.IsAuthenticated ? HubErrorCodes.Forbidden : HubErrorCodes.Unauthenticated);
                }

                var page = PageRequest.From(context);
                var entries = context.Db().AuditEntries.AsNoTracking();
                if (context.GetArgument<string?>("mutation") is { } mutation)
                {
                    entries = entries.Where(e => e.Mutation == mutation);
                }

                if (context.GetArgument<string?>("subject") is { } subject)
                {
                    entries = entries.Where(e => e.Subject == subject);
                }

                if (context.GetArgument<AuditOutcome?>("outcome") is { } outcome)
                {
                    entries = entries.Where(e => e.Outcome == outcome);
                }

                var ordered = entries.OrderByDescending(e => e.Id);
                int? total = page.NeedsTotalCount ? await ordered.CountAsync(context.CancellationToken) : null;
                var (skip, take, fetch) = page.Plan(total);
                var found = fetch == 0 ? [] : await ordered.Skip(skip).Take(fetch).ToListAsync(context.CancellationToken);
                return page.ToConnection(found, skip, take, async ct => total ?? await ordered.CountAsync(ct));
            });
    }
}
