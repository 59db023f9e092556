using GraphQL.Types;
using Hub.Schema.Activities;

namespace Hub.Schema.Subscription;

/// <summary>The root Subscription type; each feature adds its own live fields.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        this.AddActivitySubscriptions();
    }
}
