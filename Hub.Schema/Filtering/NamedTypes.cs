using GraphQL.Types;

namespace Hub.Schema.Filtering;

public static class NamedTypes
{
    /// <summary>The named type inside list and non-null wrappers, as the schema resolved it.</summary>
    public static IGraphType? Of(IGraphType? type)
    {
        while (type is IProvideResolvedType wrapper)
        {
            type = wrapper.ResolvedType;
        }

        return type;
    }
}
