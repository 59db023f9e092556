using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

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
    /// Puts every field of the Mutation type behind <see cref="MutationRules"/> and the audit log. Called last, once
    /// the features have added their fields, so that no mutation escapes either.
    /// </summary>
    public static void GuardMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        foreach (var field in mutation.Fields)
        {
            var inner = field.Resolver ?? throw new InvalidOperationException($"The mutation {field.Name} has no resolver.");
            field.Resolver = new GuardedMutationResolver(field.Name, field.GetMetadata(StationStaffMayWriteKey, false), inner);
        }
    }
}
