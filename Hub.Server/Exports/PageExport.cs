using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Server.Http;

namespace Hub.Server.Exports;

/// <summary>
/// <c>/export/page.xlsx?list=stations&amp;first=…&amp;after=…</c>: one page of a connection, one row per node, one column
/// per field the document selects (nested fields as <c>region.name</c>). With <c>documentId</c> any trusted document
/// whose first root field is a connection with <c>nodes</c> exports the same way; <c>variables</c> (JSON) carries
/// its other variables (<c>where</c>, <c>order</c>).
/// </summary>
internal sealed class PageExport : ExportKind
{
    /// <summary>The lists with a built-in document, by the <c>list</c> parameter's value.</summary>
    public static IReadOnlyDictionary<string, string> Lists { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["stations"] = """
            query StationsExport($first: Int, $after: String, $where: StationFilterInput, $order: [StationSortInput!]) {
              stations(first: $first, after: $after, where: $where, order: $order) {
                totalCount pageInfo { hasNextPage endCursor }
                nodes { id code name kind status address region { code name } }
              }
            }
            """,
        ["publicProjects"] = """
            query PublicProjectsExport($first: Int, $after: String, $where: PublicProjectFilterInput, $order: [PublicProjectSortInput!]) {
              publicProjects(first: $first, after: $after, where: $where, order: $order) {
                totalCount pageInfo { hasNextPage endCursor }
                nodes { id name stationName districtCode districtName brandName status startsOn endsOn targetGroups serviceAreas supportSought summary }
              }
            }
            """,
    };

    public override string Name => "page";

    protected override IReadOnlyList<string> Parameters { get; } = ["list", "first", "after", "variables"];

    protected override ExportQuery? Read(IReadOnlyDictionary<string, string> parameters, out GraphQLHttpFailure? failure)
    {
        var list = parameters.GetValueOrDefault("list");
        var document = "";
        if (list is not null && !Lists.TryGetValue(list, out document!))
        {
            failure = GraphQLHttpFailure.BadRequest($"The page export has no built-in list \"{list}\"; use one of {string.Join(", ", Lists.Keys.Select(k => $"'{k}'"))}, or name a trusted document in '{DocumentIdParameter}'.");
            return null;
        }

        if (list is null && !parameters.ContainsKey(DocumentIdParameter))
        {
            failure = Missing("list", "stations");
            return null;
        }

        JsonObject variables;
        try
        {
            variables = parameters.TryGetValue("variables", out var json)
                ? JsonNode.Parse(json) as JsonObject ?? throw new JsonException("not an object")
                : [];
        }
        catch (JsonException)
        {
            failure = GraphQLHttpFailure.BadRequest("The 'variables' parameter must be a JSON object, e.g. variables={\"where\":{\"name\":{\"contains\":\"社区\"}}}.");
            return null;
        }

        if (parameters.TryGetValue("first", out var first))
        {
            if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                failure = GraphQLHttpFailure.BadRequest($"'first' is \"{first}\"; send the number of rows, e.g. first=100.");
                return null;
            }

            variables["first"] = size;
        }

        if (parameters.TryGetValue("after", out var after))
        {
            variables["after"] = after;
        }

        failure = null;
        return new ExportQuery(document, variables, parameters);
    }

    public override ExportTable? Table(IReadOnlyList<JsonObject> pages, ExportQuery query, ExportProvenance provenance, out GraphQLHttpFailure? failure)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(provenance);
        var (field, connection) = pages[0].FirstOrDefault();
        if (connection is not JsonObject page || page["nodes"] is not JsonArray nodes)
        {
            failure = NotAnswered("nodes");
            return null;
        }

        var flattened = nodes.OfType<JsonObject>().Select(node =>
        {
            var cells = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            Flatten(node, "", cells);
            return cells;
        }).ToList();
        // The columns in the order the document selects them, a field only some nodes have (an inline fragment's) included.
        var columns = flattened.SelectMany(cells => cells.Keys).Distinct(StringComparer.Ordinal).ToList();
        var rows = flattened.Select(cells => (IReadOnlyList<object?>)[.. columns.Select(c => Cell(cells.GetValueOrDefault(c)))]).ToList();

        var pageInfo = page["pageInfo"];
        var header = new List<ExportHeaderLine>
        {
            new("导出 Export", $"列表的一页 Page of {field}"),
            new("行数 Rows", page["totalCount"] is { } total ? $"{rows.Count} / {total}" : rows.Count.ToString(CultureInfo.InvariantCulture)),
        };
        if (query.Parameters.TryGetValue("after", out var after))
        {
            header.Add(new("起点 After", after));
        }

        if (pageInfo?["hasNextPage"]?.GetValue<bool>() == true && pageInfo["endCursor"]?.ToString() is { } next)
        {
            header.Add(new("下一页 Next page", $"after={next}"));
        }

        header.AddRange(provenance.Lines);
        failure = null;
        return new ExportTable(Stem(field), "Page", header, columns, rows);
    }

    private static void Flatten(JsonObject node, string prefix, Dictionary<string, JsonNode?> cells)
    {
        foreach (var (name, value) in node)
        {
            if (value is JsonObject inner)
            {
                Flatten(inner, prefix + name + ".", cells);
            }
            else
            {
                cells[prefix + name] = value;
            }
        }
    }
}
