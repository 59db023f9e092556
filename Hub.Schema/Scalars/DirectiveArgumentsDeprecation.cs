using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Hub.Schema.Scalars;

/// <summary>
/// <c>__Directive.args(includeDeprecated:)</c>, which the spec has had since deprecated input values and
/// GraphQL.NET 8 leaves out (it has the argument on fields' args and input fields only): graphql-js's
/// introspection query with <c>inputValueDeprecation</c> asks for it.
/// </summary>
internal static class DirectiveArgumentsDeprecation
{
    private const string Argument = "includeDeprecated";

    public static void AddTo(__Directive type)
    {
        var args = type.GetField("args");
        if (args is null || args.Arguments?.Find(Argument) is not null || args.Resolver is not { } listed)
        {
            return;
        }

        args.Arguments ??= [];
        args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = Argument, DefaultValue = false });
        args.Resolver = new FuncFieldResolver<object?>(async context =>
        {
            var all = await listed.ResolveAsync(context);
            return context.GetArgument(Argument, false) || all is not IEnumerable<QueryArgument> arguments
                ? all
                : arguments.Where(a => a.DeprecationReason is null).ToList();
        });
    }
}
