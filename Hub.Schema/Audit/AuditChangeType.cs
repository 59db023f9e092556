using GraphQL.Types;

namespace Hub.Schema.Audit;

public sealed class AuditChangeType : ObjectGraphType<AuditChange>
{
    public AuditChangeType()
    {
        Name = "AuditChange";
        Description = "One row a mutation touched.";
        Field(c => c.Entity).Description("The kind of row: Observation, Activity, ...");
        Field(c => c.State).Description("Added, Modified or Deleted.");
        Field(c => c.Key).Description("The row's key as a JSON object.");
        Field(c => c.Before, nullable: true).Description("The row's stored values before the mutation, as a JSON object; null for a row it created.");
        Field(c => c.After, nullable: true).Description("The row's values after the mutation, as a JSON object; null for a row it deleted.");
    }
}
