using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Audit;

public sealed class AuditOutcomeType : EnumerationGraphType<AuditOutcome>
{
    public AuditOutcomeType()
    {
        Name = "AuditOutcome";
        Description = "How a mutation ended: SUCCEEDED (stored), REJECTED (invalid input), REFUSED (no credentials or no right), FAILED (server fault), REPLAYED (a retry under a used idempotency key, answered with the first result).";
    }
}
