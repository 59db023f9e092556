using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Hub.Schema.Scalars;

/// <summary>
/// <c>__Type.specifiedByURL</c> (GraphQL, October 2021), which GraphQL.NET 8 does not have: graphql-js's
/// introspection query asks for it when a client wants custom scalars' specifications (code generators do).
/// </summary>
internal static class SpecifiedByUrlField
{
    public const string Name = "specifiedByURL";

    public static void AddTo(__Type type)
    {
        if (type.HasField(Name))
        {
            return;
        }

        type.AddField(new FieldType
        {
            Name = Name,
            Description = "A URL of the specification of a custom scalar: how its values are written and what they mean.",
            Type = typeof(StringGraphType),
            Resolver = new FuncFieldResolver<object?>(UrlOf),
        });
    }

    private static string? UrlOf(IResolveFieldContext context)
    {
        if (context.Source is not ScalarGraphType scalar || ScalarSpecification.Of(scalar.Name) is not { } specification)
        {
            return null;
        }

        if (specification.Url is { } url)
        {
            return url;
        }

        // The hub's own page, at the address the client reached the hub by.
        return RequestOrigin.Of(context) + specification.PagePath;
    }
}
