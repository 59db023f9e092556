using System.Globalization;
using System.Text;

namespace Hub.Data.Observations.Import;

/// <summary>
/// Which column of a sheet holds what. Bureaus write headers in Chinese or English, with stray spaces
/// and any capitalisation; each is compared with spaces, underscores and hyphens removed, ignoring case.
/// </summary>
internal sealed class ObservationImportHeaders
{
    private static readonly Dictionary<string, ObservationImportColumn> Aliases = BuildAliases(
        (ObservationImportColumn.Station, ["站点", "社工站", "站点名称", "社工站名称", "station", "station name", "station id"]),
        (ObservationImportColumn.IndicatorCode, ["指标代码", "指标编码", "indicator", "indicator code", "code"]),
        (ObservationImportColumn.IndicatorLabel, ["指标", "指标名称", "indicator label", "indicator name", "label"]),
        (ObservationImportColumn.Period, ["期间", "月份", "统计期间", "年月", "period", "month"]),
        (ObservationImportColumn.Value, ["数值", "数量", "value"]),
        (ObservationImportColumn.Note, ["备注", "说明", "note", "notes", "remark", "remarks"]));

    private readonly Dictionary<ObservationImportColumn, (int Index, string Header)> _columns;

    private ObservationImportHeaders(Dictionary<ObservationImportColumn, (int Index, string Header)> columns) => _columns = columns;

    public const string Expected = "站点/station, 指标代码/indicator (or 指标/indicator label), 期间/period, 数值/value and optionally 备注/note";

    public static ObservationImportHeaders? TryRead(IReadOnlyList<object?> cells, out ObservationImportError? error)
    {
        var columns = new Dictionary<ObservationImportColumn, (int Index, string Header)>();
        var unknown = new List<string>();
        var repeated = new List<string>();
        for (var index = 0; index < cells.Count; index++)
        {
            var header = Convert.ToString(cells[index], CultureInfo.InvariantCulture)?.Trim();
            if (string.IsNullOrEmpty(header))
            {
                continue;
            }

            if (!Aliases.TryGetValue(Normalize(header), out var column))
            {
                unknown.Add(header);
            }
            else if (!columns.TryAdd(column, (index, header)))
            {
                repeated.Add($"{EchoedText.Of(columns[column].Header)} and {EchoedText.Of(header)}");
            }
        }

        var missing = new List<string>();
        if (!columns.ContainsKey(ObservationImportColumn.Station))
        {
            missing.Add("站点/station");
        }

        if (!columns.ContainsKey(ObservationImportColumn.IndicatorCode) && !columns.ContainsKey(ObservationImportColumn.IndicatorLabel))
        {
            missing.Add("指标代码/indicator or 指标/indicator label");
        }

        if (!columns.ContainsKey(ObservationImportColumn.Period))
        {
            missing.Add("期间/period");
        }

        if (!columns.ContainsKey(ObservationImportColumn.Value))
        {
            missing.Add("数值/value");
        }

        if (missing.Count == 0 && unknown.Count == 0 && repeated.Count == 0)
        {
            error = null;
            return new ObservationImportHeaders(columns);
        }

        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add($"no column {string.Join(", ", missing)}");
        }

        if (unknown.Count > 0)
        {
            problems.Add($"unknown column{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Take(20).Select(u => $"\"{EchoedText.Of(u)}\""))}");
        }

        if (repeated.Count > 0)
        {
            problems.Add($"the same column twice ({string.Join("; ", repeated)})");
        }

        error = new ObservationImportError(1, null, ObservationProblem.Invalid,
            $"The header row has {string.Join(", and ", problems)}. Row 1 must name the columns {Expected}.");
        return null;
    }

    public bool Has(ObservationImportColumn column) => _columns.ContainsKey(column);

    /// <summary>The header of <paramref name="column"/> as the file spells it.</summary>
    public string? HeaderOf(ObservationImportColumn column) => _columns.TryGetValue(column, out var found) ? found.Header : null;

    public object? Cell(ObservationSheetRow row, ObservationImportColumn column) =>
        _columns.TryGetValue(column, out var found) && found.Index < row.Cells.Count ? row.Cells[found.Index] : null;

    public string? Text(ObservationSheetRow row, ObservationImportColumn column)
    {
        var text = Convert.ToString(Cell(row, column), CultureInfo.InvariantCulture)?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static string Normalize(string header)
    {
        var normalized = new StringBuilder(header.Length);
        foreach (var c in header.Where(c => !char.IsWhiteSpace(c) && c is not '_' and not '-'))
        {
            normalized.Append(char.ToLowerInvariant(c));
        }

        return normalized.ToString();
    }

    private static Dictionary<string, ObservationImportColumn> BuildAliases(params (ObservationImportColumn Column, string[] Names)[] columns) =>
        columns.SelectMany(c => c.Names.Select(name => (Key: Normalize(name), c.Column))).ToDictionary(a => a.Key, a => a.Column);
}
