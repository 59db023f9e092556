using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Hub.Schema.Mutation;

namespace Hub.Schema.Access;

public static class MutationFieldExtensions
{
    internal const string StationStaffMayWriteKey = "hub:stationStaffMayWrite";

    /// <summary>Lets station staff run this mutation for their own station's rows (see <see cref="MutationRules"/>).</summary>
    public static FieldBuilder<TSource, TReturn> StationStaffMayWrite<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.WithMetadata(StationStaffMayWriteKey, true);
        return field;
    }

    /// <summary>
    /// Runs every field of the Mutation type through the <see cref="MutationPipeline"/> (caller check, unit of work, audit log). Called last, once
    /// the features have added their fields, so that no mutation escapes either.
    /// </summary>
    public static void GuardMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        foreach (var field in mutation.Fields)
        {
            var inner = field.Resolver ?? throw new InvalidOperationException($"The mutation {field.Name} has no resolver.");
            field.Resolver = new MutationPipeline(
                field.Name,
                field.GetMetadata(StationStaffMayWriteKey, false),
                field.GetMetadata<IdempotentMutation?>(IdempotentMutation.MetadataKey),
                inner);
        }
    }
}
