using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Hub.Data.Model;
using Hub.Data.Observations;
using Hub.Data.Observations.Import;
using Hub.Data.Periods;
using Hub.Schema.Errors;
using Hub.Schema.Access;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;
using Hub.Schema.Relay;
using Hub.Schema.Scalars;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Observations;

public static class ObservationMutations
{
    public static void AddObservationMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<SubmitObservationsPayloadType>>("submitObservations")
            .StationStaffMayWrite()
            .Description("Stores reported figures all or nothing. A figure already stored for the same station, indicator and period is replaced, never added to.")
            .Argument<NonNullGraphType<SubmitObservationsInputType>>("input")
            .Idempotent(
                payload => string.Join(',', ((SubmitObservationsPayload)payload!).Observations.Select(o => o.Id.ToString(CultureInfo.InvariantCulture))),
                async (receipt, context) =>
                {
                    var ids = receipt.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList();
                    var stored = await context.Db().Observations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, context.CancellationToken);
                    return new SubmitObservationsPayload([.. ids.Select(id => stored[id])], []);
                })
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var rows = ((IEnumerable<object?>)input["observations"]!)
                    .Select((row, index) => Submission(index + 1, (IDictionary<string, object?>)row!))
                    .ToList();
                var result = await context.Service<ObservationIngestion>().SubmitAsync(rows, ObservationSource.MonthlyReport, context.CancellationToken);
                return new SubmitObservationsPayload(result.Saved, result.Errors);
            });

        mutation.Field<NonNullGraphType<ImportObservationsPayloadType>>("importObservations")
            .StationStaffMayWrite()
            .Description(
                "Imports a monthly-report spreadsheet (CSV or XLSX; headers in Chinese or English) all or nothing, replacing figures " +
                "already stored. The file is uploaded as a part of a multipart request (ImportObservationsInput.file), or travels base64-encoded inside the request for small files (ImportObservationsInput.content).")
            .Argument<NonNullGraphType<ImportObservationsInputType>>("input")
            .Idempotent(
                payload => ((ImportObservationsPayload)payload!).Result is var result
                    ? FormattableString.Invariant($"{result.Stored},{result.Replaced}")
                    : "",
                (receipt, _) =>
                {
                    var counts = receipt.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
                    return Task.FromResult<object?>(new ImportObservationsPayload(new ObservationImportResult(counts[0], counts[1], [])));
                })
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                using var content = OpenFile(input, out var format);
                var result = await context.Service<ObservationImporter>()
                    .ImportAsync(content, format, text => GlobalId.IdOf(text, "Station"), context.CancellationToken);
                return new ImportObservationsPayload(result);
            });
    }

    /// <summary>The spreadsheet of the input, from whichever of <c>file</c> and <c>content</c> it was given in, and how to read it.</summary>
    private static Stream OpenFile(Dictionary<string, object?> input, out ObservationFileFormat format)
    {
        var file = FileInput.Open(input, out var fileName);
        format = ObservationImporter.FormatOf(fileName) ?? Refuse(file, fileName);
        return file;
    }

    private static ObservationFileFormat Refuse(Stream file, string fileName)
    {
        file.Dispose();
        throw new HubUserInputException($"\"{fileName}\" is neither a .csv nor an .xlsx file (argument \"input.fileName\").");
    }

    private static ObservationSubmission Submission(int row, IDictionary<string, object?> input) => new(
        row,
        // A malformed or foreign id names no station; the ingestion reports the row as such.
        GlobalId.TryParse(input["stationId"] as string, out var id) && id.TypeName == "Station" ? id.Id : 0,
        (string)input["indicator"]!,
        (ReportingPeriod)input["period"]!,
        (decimal)input["value"]!,
        input.TryGetValue("expectedVersion", out var version) ? (int?)version : null,
        input.TryGetValue("status", out var status) && status is ObservationStatus given ? given : ObservationStatus.Normal,
        input.TryGetValue("note", out var note) ? note as string : null);
}
