using System.Globalization;
using Hub.Data.Indicators;
using Hub.Data.Model;
using Hub.Data.Periods;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Observations.Import;

/// <summary>
/// Imports a monthly-report spreadsheet (CSV or XLSX, Chinese or English headers) through
/// <see cref="ObservationIngestion"/>: the whole file is stored or none of it, figures already stored
/// are replaced, and every bad row comes back with its spreadsheet row number and column header.
/// </summary>
public sealed class ObservationImporter(HubDbContext db, ObservationIngestion ingestion)
{
    /// <summary>One batch of <see cref="ObservationIngestion"/>, which a file must fit in to land all or nothing.</summary>
    public const int MaxRows = ObservationIngestion.MaxRows;

    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>The format a file name's extension names, or null when it names neither CSV nor XLSX.</summary>
    public static ObservationFileFormat? FormatOf(string fileName) =>
        Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".CSV" => ObservationFileFormat.Csv,
            ".XLSX" => ObservationFileFormat.Xlsx,
            _ => null,
        };

    /// <param name="stationIdOf">Reads a station's global id (the API's opaque id) from a station cell, or null when the cell holds none; names are looked up otherwise.</param>
    public async Task<ObservationImportResult> ImportAsync(Stream content, ObservationFileFormat format, Func<string, int?> stationIdOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(stationIdOf);
        var (sheet, fileError) = await ObservationSheet.ReadAsync(content, format, MaxRows, MaxBytes, cancellationToken);
        if (sheet is null)
        {
            return ObservationImportResult.Refused(fileError!);
        }

        var headers = ObservationImportHeaders.TryRead(sheet.Header, out var headerError);
        if (headers is null)
        {
            return ObservationImportResult.Refused(headerError!);
        }

        if (sheet.Rows.Count == 0)
        {
            return ObservationImportResult.Refused(new ObservationImportError(0, null, ObservationProblem.Invalid, "The file has a header row but no figures."));
        }

        var stations = await StationsByNameAsync(sheet, headers, stationIdOf, cancellationToken);
        var errors = new List<ObservationImportError>();
        var submissions = new List<ObservationSubmission>(sheet.Rows.Count);
        foreach (var row in sheet.Rows)
        {
            var rowErrors = new List<ObservationImportError>();
            void Refuse(ObservationImportColumn column, string message) =>
                rowErrors.Add(new ObservationImportError(row.Number, headers.HeaderOf(column), ObservationProblem.Invalid, message));

            var stationId = ReadStation(headers.Text(row, ObservationImportColumn.Station), stations, stationIdOf, out var stationProblem);
            if (stationProblem is not null)
            {
                Refuse(ObservationImportColumn.Station, stationProblem);
            }

            var (indicatorColumn, code) = ReadIndicator(headers, row, out var indicatorProblem);
            if (indicatorProblem is not null)
            {
                Refuse(indicatorColumn, indicatorProblem);
            }

            var period = ReadPeriod(headers.Cell(row, ObservationImportColumn.Period), out var periodProblem);
            if (periodProblem is not null)
            {
                Refuse(ObservationImportColumn.Period, periodProblem);
            }

            var value = ReadValue(headers.Cell(row, ObservationImportColumn.Value), out var valueProblem);
            if (valueProblem is not null)
            {
                Refuse(ObservationImportColumn.Value, valueProblem);
            }

            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
                continue;
            }

            submissions.Add(new ObservationSubmission(row.Number, stationId, code!, period, value, Note: headers.Text(row, ObservationImportColumn.Note)));
        }

        // The rows that parsed are checked by the ingestion too, so that one attempt names every bad row.
        var checks = errors.Count > 0 ? await ingestion.ValidateAsync(submissions, cancellationToken) : [];
        if (errors.Count > 0 || checks.Count > 0)
        {
            return ObservationImportResult.Refused([.. errors.Concat(checks.Select(e => InFile(e, headers))).OrderBy(e => e.Row)]);
        }

        var result = await ingestion.SubmitAsync(submissions, ObservationSource.Import, cancellationToken);
        return result.Succeeded
            ? new ObservationImportResult(result.Saved.Count, result.Saved.Count(o => o.Version > 1), [])
            : ObservationImportResult.Refused([.. result.Errors.Select(e => InFile(e, headers))]);
    }

    private async Task<ILookup<string, int>> StationsByNameAsync(ObservationSheet sheet, ObservationImportHeaders headers, Func<string, int?> stationIdOf, CancellationToken cancellationToken)
    {
        var names = sheet.Rows.Select(row => headers.Text(row, ObservationImportColumn.Station))
            .OfType<string>().Where(text => stationIdOf(text) is null).Distinct(StringComparer.Ordinal).ToList();
        var found = await db.Stations.AsNoTracking().Where(s => names.Contains(s.Name)).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);

        // The database's collation may match names case-insensitively; a name in a report must match exactly.
        return found.ToLookup(s => s.Name, s => s.Id, StringComparer.Ordinal);
    }

    private static int ReadStation(string? text, ILookup<string, int> stations, Func<string, int?> stationIdOf, out string? problem)
    {
        problem = null;
        if (text is null)
        {
            problem = "No station given: write the station's name or its id.";
            return 0;
        }

        if (stationIdOf(text) is { } id)
        {
            return id;
        }

        var matches = stations[text].ToList();
        switch (matches.Count)
        {
            case 1:
                return matches[0];
            case 0:
                problem = $"No station is named \"{EchoedText.Of(text)}\".";
                return 0;
            default:
                problem = $"{matches.Count} stations are named \"{EchoedText.Of(text)}\"; write the station's id instead of its name.";
                return 0;
        }
    }

    private static (ObservationImportColumn Column, string? Code) ReadIndicator(ObservationImportHeaders headers, ObservationSheetRow row, out string? problem)
    {
        problem = null;
        if (headers.Text(row, ObservationImportColumn.IndicatorCode) is { } code)
        {
            // The ingestion names unknown codes; the catalogue's codes are lower case, sheets are not always.
            return (ObservationImportColumn.IndicatorCode, code.ToLowerInvariant());
        }

        if (headers.Text(row, ObservationImportColumn.IndicatorLabel) is { } label)
        {
            var indicator = IndicatorCatalogue.All.FirstOrDefault(i => i.Label == label || string.Equals(i.LabelEn, label, StringComparison.OrdinalIgnoreCase));
            if (indicator is null)
            {
                problem = $"\"{EchoedText.Of(label)}\" is not the label of an indicator of the catalogue.";
            }

            return (ObservationImportColumn.IndicatorLabel, indicator?.Code);
        }

        problem = "No indicator given.";
        return (headers.Has(ObservationImportColumn.IndicatorCode) ? ObservationImportColumn.IndicatorCode : ObservationImportColumn.IndicatorLabel, null);
    }

    private static ReportingPeriod ReadPeriod(object? cell, out string? problem)
    {
        problem = null;
        switch (cell)
        {
            // Excel turns a typed "2024-11" into a date: its month is meant.
            case DateTime date when date.Year is >= ReportingPeriod.MinYear and <= ReportingPeriod.MaxYear:
                return ReportingPeriod.OfMonth(date.Year, date.Month);
            case double number when number == Math.Floor(number) && number is >= ReportingPeriod.MinYear and <= ReportingPeriod.MaxYear:
                return ReportingPeriod.OfYear((int)number);
        }

        var text = Convert.ToString(cell, CultureInfo.InvariantCulture)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            problem = "No period given: write a month (\"2024-11\", \"2024年11月\") or a year (\"2024\").";
            return default;
        }

        var normalized = text.Replace(" ", "", StringComparison.Ordinal).Replace('/', '-').Replace('.', '-');
        if (normalized.EndsWith('月'))
        {
            normalized = normalized[..^1];
        }

        normalized = normalized.EndsWith('年') ? normalized[..^1] : normalized.Replace('年', '-');
        if (normalized.Length == 6 && normalized[4] == '-')
        {
            normalized = normalized.Insert(5, "0");
        }

        if (ReportingPeriod.TryParse(normalized, out var period))
        {
            return period;
        }

        problem = $"\"{EchoedText.Of(text)}\" is not a period: write a month (\"2024-11\", \"2024年11月\") or a year (\"2024\").";
        return default;
    }

    private static decimal ReadValue(object? cell, out string? problem)
    {
        problem = null;
        switch (cell)
        {
            case double number when double.IsFinite(number) && Math.Abs(number) < (double)decimal.MaxValue:
                // Through the shortest round-trip text, so that 1495.71 stays 1495.71 and not 1495.7099999.
                return decimal.Parse(number.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
            case int or long or decimal:
                return Convert.ToDecimal(cell, CultureInfo.InvariantCulture);
        }

        var text = Convert.ToString(cell, CultureInfo.InvariantCulture)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            problem = "No value given; leave out the row of a figure that was not reported.";
            return 0;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problem = $"\"{EchoedText.Of(text)}\" is not a number.";
        return 0;
    }

    private static ObservationImportError InFile(ObservationRowError error, ObservationImportHeaders headers) =>
        new(error.Row, ColumnOf(error.Field, headers), error.Problem, error.Message);

    // Maps the ingestion's field names onto the file's own headers.
    private static string? ColumnOf(string field, ObservationImportHeaders headers) => field switch
    {
        "station" => headers.HeaderOf(ObservationImportColumn.Station),
        "indicator" => headers.HeaderOf(ObservationImportColumn.IndicatorCode) ?? headers.HeaderOf(ObservationImportColumn.IndicatorLabel),
        "period" => headers.HeaderOf(ObservationImportColumn.Period),
        "value" => headers.HeaderOf(ObservationImportColumn.Value),
        "note" => headers.HeaderOf(ObservationImportColumn.Note),
        _ => null,
    };
}
