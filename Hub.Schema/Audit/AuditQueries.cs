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
            .Description("Every mutation, newest first: who, what, when, the rows it changed before and after, and how it ended. ADMIN callers read every entry; ANALYST callers the entries about stations and regions of their subtree.")
            .Argument<StringGraphType>("mutation", "Only entries of this mutation (recordActivity, submitObservations, ...).")
            .Argument<StringGraphType>("subject", "Only entries of this caller (\"key:<name>\" or a token's subject).")
            .Argument<AuditOutcomeType>("outcome", "Only entries that ended so.")
            .Argument<IdGraphType>("stationId", "Only entries that stored rows of this station (global id).")
            .Argument<StringGraphType>("stationCode", "Only entries that stored rows of the station with this code.")
            .Argument<IdGraphType>("regionId", "Only entries that stored rows of stations in this region or inside it, at any depth, or of those regions themselves (global id).")
            .Argument<StringGraphType>("entity", "Only entries that stored rows of this kind (Observation, Activity, Project, Station, ...), as their changes name it.")
            .Argument<DateTimeGraphType>("from", "Only entries at or after this instant.")
            .Argument<DateTimeGraphType>("to", "Only entries before this instant.")
            .Arguments(PageRequest.Arguments())
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                if (caller.Role is not (HubRole.Admin or HubRole.Analyst))
                {
                    throw new HubUserInputException(
                        "The audit log is for ADMIN and ANALYST callers only.",
                        caller.IsAuthenticated ? HubErrorCodes.Forbidden : HubErrorCodes.Unauthenticated);
                }

                var page = PageRequest.From(context);
                var db = context.Db();
                var entries = db.AuditEntries.AsNoTracking();
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

                if (context.GetArgument<DateTime?>("from") is { } from)
                {
                    var since = from.ToUniversalTime();
                    entries = entries.Where(e => e.At >= since);
                }

                if (context.GetArgument<DateTime?>("to") is { } to)
                {
                    var until = to.ToUniversalTime();
                    entries = entries.Where(e => e.At < until);
                }

                // The filters on what an entry is about hold for one and the same scope row: "Projects of this station".
                var scopes = db.AuditScopes.AsQueryable();
                var aboutSomething = false;
                if (context.GetArgument<string?>("stationId") is { } stationGlobalId)
                {
                    var stationId = GlobalId.Expect(stationGlobalId, "Station", "stationId");
                    scopes = scopes.Where(s => s.StationId == stationId);
                    aboutSomething = true;
                }

                if (context.GetArgument<string?>("stationCode") is { } stationCode)
                {
                    var ids = db.Stations.Where(s => s.Code == stationCode).Select(s => (int?)s.Id);
                    scopes = scopes.Where(s => ids.Contains(s.StationId));
                    aboutSomething = true;
                }

                if (context.GetArgument<string?>("regionId") is { } regionGlobalId)
                {
                    var regionId = GlobalId.Expect(regionGlobalId, "Region", "regionId");
                    scopes = scopes.Where(s => db.RegionClosures.Any(c => c.DescendantId == s.RegionId && c.AncestorId == regionId));
                    aboutSomething = true;
                }

                if (context.GetArgument<string?>("entity") is { } entity)
                {
                    scopes = scopes.Where(s => s.Entity == entity);
                    aboutSomething = true;
                }

                if (aboutSomething)
                {
                    entries = entries.Where(e => scopes.Any(s => s.AuditEntryId == e.Id));
                }

                // An analyst reads what happened inside its subtree, and nothing else: not other regions' entries, not
                // refusals (which stored nothing, so are about no station), not the registers of organisations.
                if (caller.Role == HubRole.Analyst)
                {
                    var code = caller.RegionCode;
                    var inside = db.AuditScopes.Where(s => db.RegionClosures.Any(c => c.DescendantId == s.RegionId
                        && db.Regions.Any(r => r.Id == c.AncestorId && r.Code == code)));
                    entries = entries.Where(e => inside.Any(s => s.AuditEntryId == e.Id));
                }

                var ordered = entries.OrderByDescending(e => e.Id);
                int? total = page.NeedsTotalCount ? await ordered.CountAsync(context.CancellationToken) : null;
                var (skip, take, fetch) = page.Plan(total);
                var found = fetch == 0 ? [] : await ordered.Skip(skip).Take(fetch).ToListAsync(context.CancellationToken);
                return page.ToConnection(found, skip, take, async ct => total ?? await ordered.CountAsync(ct));
            });
    }
}
