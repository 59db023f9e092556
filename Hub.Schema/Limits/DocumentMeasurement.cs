using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Hub.Schema.Errors;

namespace Hub.Schema.Limits;

/// <summary>
/// What a document asks for, measured in one walk of its syntax tree: counts of what is written (operations,
/// aliases, directives, the longest list and string) and, with every fragment spread expanded, how many fields it
/// selects and how deeply it nests. Each fragment is expanded once and remembered, so a document whose fragments
/// spread each other ten times over is measured in time linear in its length, and the walk stops descending as
/// soon as it is deeper than the nesting limit, so a chain of thousands of fragments cannot exhaust the stack.
/// </summary>
public sealed class DocumentMeasurement
{
    /// <summary>
    /// How often introspection's type lists (<c>fields</c>, <c>inputFields</c>, <c>interfaces</c>, <c>possibleTypes</c>)
    /// may nest inside each other, as graphql-js's MaxIntrospectionDepthRule allows: the introspection query of every
    /// tool nests them once, while <c>types { fields { type { fields { type { fields ...</c> multiplies the answer by the
    /// size of the schema at each level. Introspection costs nothing in the cost budget, so this is its bound.
    /// </summary>
    public const int MaxIntrospectionListNesting = 2;

    private static readonly HashSet<string> IntrospectionListFields = new(StringComparer.Ordinal) { "fields", "inputFields", "interfaces", "possibleTypes" };

    private readonly HubLimitsOptions _limits;
    private readonly ROM _source;
    private readonly long _fieldCap;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Shape> _expanded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);
    private long _writtenFields;

    // The alias, directive and operation past each count's limit, to point the error at.
    private ASTNode? _aliasPastLimit;
    private ASTNode? _directivePastLimit;
    private ASTNode? _operationPastLimit;

    private DocumentMeasurement(GraphQLDocument document, HubLimitsOptions limits)
    {
        _limits = limits;
        _source = document.Source;

        // Counting stops one past the limit: enough to refuse, and no sum can overflow however the fragments multiply.
        _fieldCap = (long)limits.MaxFields + 1;
    }

    public int Operations { get; private set; }

    public int Aliases { get; private set; }

    public int Directives { get; private set; }

    /// <summary>Fields selected with fragments expanded, over all operations; at most one past the limit.</summary>
    public long Fields { get; private set; }

    /// <summary>Deepest nesting of fields, inline fragments and fragment spreads, fragments expanded.</summary>
    public int Nesting { get; private set; }

    /// <summary>Deepest nesting of introspection's type lists under <c>__schema</c> or <c>__type</c>, fragments expanded.</summary>
    public int IntrospectionListNesting { get; private set; }

    public GraphQLListValue? LongestList { get; private set; }

    public GraphQLStringValue? LongestString { get; private set; }

    public static DocumentMeasurement Of(GraphQLDocument document, HubLimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(limits);
        var measurement = new DocumentMeasurement(document, limits);
        measurement.Measure(document);
        return measurement;
    }

    /// <summary>One error for each limit the document is over, the most specific first.</summary>
    public List<ValidationError> Refusals()
    {
        var limits = _limits;
        var errors = new List<ValidationError>();
        if (Operations > limits.MaxOperationsPerDocument)
        {
            errors.Add(Refuse(HubErrorCodes.TooManyOperations, $"The document defines {Operations} operations; at most {limits.MaxOperationsPerDocument} are allowed in one document.", _operationPastLimit));
        }

        if (Nesting > limits.MaxNesting)
        {
            errors.Add(new LimitExceededError(HubErrorCodes.QueryTooDeep, $"The document, with its fragments expanded, nests deeper than {limits.MaxNesting} levels."));
        }

        if (IntrospectionListNesting > MaxIntrospectionListNesting)
        {
            errors.Add(new LimitExceededError(HubErrorCodes.QueryTooDeep, $"The introspection nests fields, inputFields, interfaces or possibleTypes {IntrospectionListNesting} levels deep; at most {MaxIntrospectionListNesting} are allowed."));
        }

        if (Aliases > limits.MaxAliases)
        {
            errors.Add(Refuse(HubErrorCodes.TooManyAliases, $"The document uses {Aliases} aliases; at most {limits.MaxAliases} are allowed.", _aliasPastLimit));
        }

        if (Directives > limits.MaxDirectives)
        {
            errors.Add(Refuse(HubErrorCodes.TooManyDirectives, $"The document uses {Directives} directives; at most {limits.MaxDirectives} are allowed.", _directivePastLimit));
        }

        if (LongestList is { } list && list.Values!.Count > limits.MaxListItems)
        {
            errors.Add(Refuse(HubErrorCodes.ListTooLong, $"A list in the document has {list.Values.Count} items; at most {limits.MaxListItems} are allowed.", list));
        }

        if (LongestString is { } text && text.Value.Length > limits.MaxStringLength)
        {
            errors.Add(Refuse(HubErrorCodes.StringTooLong, $"A string in the document has {text.Value.Length} characters; at most {limits.MaxStringLength} are allowed.", text));
        }

        if (Fields > limits.MaxFields)
        {
            errors.Add(new LimitExceededError(HubErrorCodes.QueryTooComplex, $"The document, with its fragments expanded, selects more than {limits.MaxFields} fields."));
        }

        return errors;

        LimitExceededError Refuse(string code, string message, ASTNode? node) =>
            node is null ? new LimitExceededError(code, message) : new LimitExceededError(code, message, _source, node);
    }

    private void Measure(GraphQLDocument document)
    {
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    if (++Operations == _limits.MaxOperationsPerDocument + 1)
                    {
                        _operationPastLimit = operation;
                    }

                    CountDirectives(operation.Directives);
                    foreach (var variable in operation.Variables?.Items ?? [])
                    {
                        CountDirectives(variable.Directives);
                        MeasureValue(variable.DefaultValue);
                    }

                    MeasureWritten(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    CountDirectives(fragment.Directives);
                    MeasureWritten(fragment.SelectionSet);
                    break;
            }
        }

        // Every fragment is a root too: GraphQL.NET checks each one for cycles, used or not.
        var fields = 0L;
        var nesting = 0;
        foreach (var definition in document.Definitions)
        {
            var shape = definition switch
            {
                GraphQLOperationDefinition operation => Expand(operation.SelectionSet, 0),
                GraphQLFragmentDefinition fragment => ExpandFragment(fragment.FragmentName.Name.StringValue, 0),
                _ => default,
            };
            if (definition is GraphQLOperationDefinition)
            {
                fields = Add(fields, shape.Fields);
            }

            nesting = Math.Max(nesting, shape.Nesting);
        }

        Fields = Math.Max(fields, Math.Min(_writtenFields, _fieldCap));
        Nesting = nesting;
    }

    /// <summary>Counts what is written in a selection set, each fragment where it is defined, not where it is spread.</summary>
    private void MeasureWritten(GraphQLSelectionSet selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    _writtenFields++;
                    if (field.Alias is not null && ++Aliases == _limits.MaxAliases + 1)
                    {
                        _aliasPastLimit = field;
                    }

                    CountDirectives(field.Directives);
                    foreach (var argument in field.Arguments?.Items ?? [])
                    {
                        MeasureValue(argument.Value);
                    }

                    if (field.SelectionSet is not null)
                    {
                        MeasureWritten(field.SelectionSet);
                    }

                    break;
                case GraphQLInlineFragment inline:
                    CountDirectives(inline.Directives);
                    MeasureWritten(inline.SelectionSet);
                    break;
                case GraphQLFragmentSpread spread:
                    CountDirectives(spread.Directives);
                    break;
            }
        }
    }

    private void CountDirectives(GraphQLDirectives? directives)
    {
        foreach (var directive in directives?.Items ?? [])
        {
            if (++Directives == _limits.MaxDirectives + 1)
            {
                _directivePastLimit = directive;
            }

            foreach (var argument in directive.Arguments?.Items ?? [])
            {
                MeasureValue(argument.Value);
            }
        }
    }

    private void MeasureValue(GraphQLValue? value)
    {
        switch (value)
        {
            case GraphQLListValue list:
                var items = list.Values?.Count ?? 0;
                if (items > (LongestList?.Values?.Count ?? 0))
                {
                    LongestList = list;
                }

                foreach (var item in list.Values ?? [])
                {
                    MeasureValue(item);
                }

                break;
            case GraphQLObjectValue inputObject:
                foreach (var field in inputObject.Fields ?? [])
                {
                    MeasureValue(field.Value);
                }

                break;
            case GraphQLStringValue text when text.Value.Length > (LongestString?.Value.Length ?? -1):
                LongestString = text;
                break;
        }
    }

    /// <summary>Fields and nesting of a selection set with its fragments expanded; <paramref name="above"/> levels enclose it.</summary>
    private Shape Expand(GraphQLSelectionSet selectionSet, int above)
    {
        if (above > _limits.MaxNesting)
        {
            // Already too deep: stop here, report it, and go no further down a chain that may be thousands long.
            return new Shape(0, _limits.MaxNesting + 1, 0);
        }

        var shape = default(Shape);
        foreach (var selection in selectionSet.Selections)
        {
            var inner = selection switch
            {
                GraphQLField field => ExpandField(field, above),
                GraphQLInlineFragment inline => Expand(inline.SelectionSet, above + 1),
                GraphQLFragmentSpread spread => ExpandFragment(spread.FragmentName.Name.StringValue, above + 1),
                _ => default,
            };
            shape = new Shape(
                Add(shape.Fields, inner.Fields),
                Math.Max(shape.Nesting, 1 + inner.Nesting),
                Math.Max(shape.IntrospectionLists, inner.IntrospectionLists));
            if (above + shape.Nesting > _limits.MaxNesting)
            {
                return shape;
            }
        }

        return shape;
    }

    /// <summary>The field itself and what it contains: its <see cref="Shape.Nesting"/> is that of its selection set.</summary>
    private Shape ExpandField(GraphQLField field, int above)
    {
        var inner = field.SelectionSet is null ? default : Expand(field.SelectionSet, above + 1);
        var name = field.Name.StringValue;
        if (name is "__schema" or "__type")
        {
            IntrospectionListNesting = Math.Max(IntrospectionListNesting, inner.IntrospectionLists);
        }

        return new Shape(
            Add(1, inner.Fields),
            inner.Nesting,
            inner.IntrospectionLists + (IntrospectionListFields.Contains(name) ? 1 : 0));
    }

    private Shape ExpandFragment(string name, int above)
    {
        if (_expanded.TryGetValue(name, out var known))
        {
            return known;
        }

        // An unknown fragment or a cycle adds nothing here; GraphQL.NET's KnownFragmentNames and NoFragmentCycles
        // refuse such documents in the validation that follows.
        if (!_fragments.TryGetValue(name, out var fragment) || !_expanding.Add(name))
        {
            return default;
        }

        var shape = Expand(fragment.SelectionSet, above);
        _expanding.Remove(name);
        _expanded[name] = shape;
        return shape;
    }

    private long Add(long a, long b) => Math.Min(a + b, _fieldCap);

    private readonly record struct Shape(long Fields, int Nesting, int IntrospectionLists);
}
