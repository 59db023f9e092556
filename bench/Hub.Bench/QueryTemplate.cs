using System.Globalization;
using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>
/// One query of the mix: a .graphql file whose header comments say how often it runs
/// (<c># weight: 3</c>) and what its variables are (<c># variables: {"code": "$district"}</c>, where a
/// string starting with $ names a pool of <see cref="VariablePools"/> to draw from on every request).
/// </summary>
public sealed class QueryTemplate
{
    private readonly JsonObject _variables;

    private QueryTemplate(string name, string query, int weight, JsonObject variables)
    {
        Name = name;
        Query = query;
        Weight = weight;
        _variables = variables;
    }

    public string Name { get; }

    public string Query { get; }

    public int Weight { get; }

    public static QueryTemplate Load(string path)
    {
        var text = File.ReadAllText(path);
        var weight = 1;
        var variables = new JsonObject();
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('#')))
        {
            var header = line.TrimStart('#').Trim();
            if (header.StartsWith("weight:", StringComparison.Ordinal))
            {
                weight = int.Parse(header["weight:".Length..], NumberStyles.Integer, CultureInfo.InvariantCulture);
            }
            else if (header.StartsWith("variables:", StringComparison.Ordinal))
            {
                variables = JsonNode.Parse(header["variables:".Length..]) as JsonObject
                    ?? throw new FormatException($"{path}: the variables line is not a JSON object.");
            }
        }

        return new QueryTemplate(Path.GetFileNameWithoutExtension(path), text, weight, variables);
    }

    /// <summary>The variables for one request, every $pool reference drawn afresh.</summary>
    public JsonObject Instantiate(VariablePools pools, Random random)
    {
        ArgumentNullException.ThrowIfNull(pools);
        var variables = new JsonObject();
        foreach (var (name, value) in _variables)
        {
            variables[name] = value is JsonValue v && v.TryGetValue<string>(out var text) && text.StartsWith('$')
                ? pools.Draw(text[1..], random)
                : value?.DeepClone();
        }

        return variables;
    }

    /// <summary>The pools the template draws from, to check them before the run starts.</summary>
    public IEnumerable<string> PoolNames =>
        _variables.Select(v => v.Value is JsonValue value && value.TryGetValue<string>(out var text) && text.StartsWith('$') ? text[1..] : null).OfType<string>();
}
