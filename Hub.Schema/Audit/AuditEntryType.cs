using System.Globalization;
using System.Text.Json;
using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Audit;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One mutation: who asked for it, what it asked, when, what it changed and how it ended.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The entry's sequence number; later entries have larger numbers.")
            .Resolve(context => context.Source.Id.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When the mutation ran (UTC).")
            .Resolve(context => DateTime.SpecifyKind(context.Source.At, DateTimeKind.Utc));
        Field(e => e.Subject, nullable: true).Description("Who: \"key:<name>\" for an API key, the token's subject for a bearer token; null for the public.");
        Field(e => e.Role).Description("The caller's role: PUBLIC, PARTNER, STATION_STAFF, ANALYST or ADMIN.");
        Field(e => e.Mutation).Description("The mutation's root field.");
        Field(e => e.Input).Description("The mutation's arguments as JSON; long strings (a file's content) appear as their length and SHA-256.");
        Field<NonNullGraphType<AuditOutcomeType>>("outcome").Resolve(context => context.Source.Outcome);
        Field(e => e.Reason, nullable: true).Description("Why it did not succeed, as the caller was told.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditChangeType>>>>("changes")
            .Description("The rows the mutation stored, each before and after.")
            .Resolve(context => Changes(context.Source.Changes));
    }

    private static List<AuditChange> Changes(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(AuditChange.From)];
    }
}
