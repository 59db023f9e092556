using GraphQL.Types;

namespace Hub.Schema.Mutation;

/// <summary>The payload type of an entity's registry mutations: <c>{ station errors { field code message } }</c>.</summary>
public abstract class WritePayloadType<TRow, TRowGraph> : ObjectGraphType<WritePayload<TRow>>
    where TRow : class
    where TRowGraph : IGraphType
{
    protected WritePayloadType(string name, string rowField)
    {
        Name = name;
        Field<TRowGraph>(rowField).Description("The row as stored; null when the input had errors.").Resolve(context => context.Source.Row);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InputErrorType>>>>("errors").Resolve(context => context.Source.Errors);
    }
}
