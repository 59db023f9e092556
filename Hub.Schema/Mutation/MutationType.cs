using GraphQL.Types;
using Hub.Schema.Access;
using Hub.Schema.Activities;
using Hub.Schema.Observations;

namespace Hub.Schema.Mutation;

/// <summary>The root Mutation type; each feature adds its own fields.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddObservationMutations();
        this.AddActivityMutations();
        this.GuardMutations();
    }
}
