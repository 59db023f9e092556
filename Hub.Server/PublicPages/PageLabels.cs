using System.Text.Json.Nodes;

namespace Hub.Server.PublicPages;

/// <summary>
/// The labels a page shows for enum values, as the same request's <c>enumLabels</c> answered them: the pages keep no
/// labels of their own, so what a person reads on a page is what a dashboard builder gets from the API.
/// </summary>
internal sealed class PageLabels
{
    /// <summary>The selection every page adds to its document, so one request brings its data and its labels.</summary>
    public const string Selection = "enumLabels { name values { value zh en } }";

    private readonly Dictionary<(string Enum, string Value), (string Zh, string En)> _labels = [];
    private readonly Dictionary<string, List<string>> _values = [];

    public PageLabels(JsonNode? enumLabels)
    {
        foreach (var set in enumLabels?.AsArray() ?? [])
        {
            var name = set!["name"]!.GetValue<string>();
            var values = _values[name] = [];
            foreach (var value in set["values"]!.AsArray())
            {
                var key = value!["value"]!.GetValue<string>();
                values.Add(key);
                _labels[(name, key)] = (value["zh"]!.GetValue<string>(), value["en"]!.GetValue<string>());
            }
        }
    }

    /// <summary>The Chinese label; the value itself when the API gave none (it never should: the schema refuses unlabelled values).</summary>
    public string Zh(string enumName, string? value) =>
        value is null ? "" : _labels.TryGetValue((enumName, value), out var label) ? label.Zh : value;

    public string En(string enumName, string? value) =>
        value is null ? "" : _labels.TryGetValue((enumName, value), out var label) ? label.En : value;

    /// <summary>The enum's values in the schema's order, for a page's choices.</summary>
    public IReadOnlyList<string> ValuesOf(string enumName) => _values.TryGetValue(enumName, out var values) ? values : [];
}
