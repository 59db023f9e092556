using System.Reflection;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Hub.Data.Writes;
using Hub.Schema.Relay;

namespace Hub.Schema.Mutation;

/// <summary>
/// A mutation input bound to a C# record through its constructor: each parameter is the input field of the same
/// name in camelCase. A <see cref="Patch{T}"/> parameter is set only when the client sent the field (an explicit
/// null included), so an <c>update…</c> input leaves alone what it does not name; any other parameter left out
/// takes its default. Global ids are decoded once, at the field (<see cref="IdField"/>), so the record holds
/// database ids and a wrong id is refused before the mutation runs.
/// </summary>
public abstract class RecordInputGraphType<T> : InputObjectGraphType<T>
    where T : class
{
    private static readonly ConstructorInfo Constructor = typeof(T).GetConstructors().Single();

    private static readonly (string Field, ParameterInfo Parameter, Type? PatchOf)[] Parameters = Constructor.GetParameters()
        .Select(p => (char.ToLowerInvariant(p.Name![0]) + p.Name[1..], p, PatchArgument(p.ParameterType)))
        .ToArray();

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var arguments = new object?[Parameters.Length];
        for (var i = 0; i < Parameters.Length; i++)
        {
            var (field, parameter, patchOf) = Parameters[i];
            var sent = value.TryGetValue(field, out var raw);
            var graphType = sent ? Fields.Find(field)?.ResolvedType : null;
            arguments[i] = patchOf is not null
                ? sent ? Activator.CreateInstance(parameter.ParameterType, true, Convert(raw, patchOf, graphType)) : Activator.CreateInstance(parameter.ParameterType)
                : sent ? Convert(raw, parameter.ParameterType, graphType) : parameter.HasDefaultValue ? parameter.DefaultValue : null;
        }

        return Constructor.Invoke(arguments);
    }

    /// <summary>An ID field that takes a global id of <paramref name="typeName"/> and hands the record its database id.</summary>
    protected FieldBuilder<T, object> IdField(string name, string typeName, bool required = false)
    {
        var field = required ? Field<NonNullGraphType<IdGraphType>>(name) : Field<IdGraphType>(name);
        return field.ParseValue(value => DatabaseId(value, typeName, name));
    }

    /// <summary>A list of global ids of <paramref name="typeName"/>, decoded to database ids.</summary>
    protected FieldBuilder<T, object> IdListField(string name, string typeName) =>
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>(name)
            .ParseValue(value => ((IEnumerable<object?>)value).Select(id => (object)DatabaseId(id, typeName, name)).ToList());

    private static int DatabaseId(object? value, string typeName, string field) =>
        GlobalId.Expect(value as string ?? System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), typeName, field);

    private static object? Convert(object? raw, Type type, IGraphType? graphType) => raw?.GetPropertyValue(type, graphType!);

    private static Type? PatchArgument(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Patch<>) ? type.GetGenericArguments()[0] : null;
}
