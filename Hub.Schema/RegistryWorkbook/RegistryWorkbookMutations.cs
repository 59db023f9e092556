using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Hub.Data.RegistryWorkbook;
using Hub.Schema.Errors;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;
using Hub.Schema.Scalars;

namespace Hub.Schema.RegistryWorkbook;

public static class RegistryWorkbookMutations
{
    public static void AddRegistryWorkbookMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<ImportRegistryPayloadType>>("importRegistry")
            .Description(
                "Creates and updates stations, organisations, brands, projects, partners, contributions, teams, funds, awards and media " +
                "reports from a registry workbook, by their keys, all or nothing (ADMIN). Every bad row is reported by sheet, row and column.")
            .Argument<NonNullGraphType<ImportRegistryInputType>>("input")
            .Idempotent(
                payload => ((ImportRegistryPayload)payload!).Result is var result
                    ? FormattableString.Invariant($"{result.Created},{result.Updated},{result.Unchanged}")
                    : "",
                (receipt, _) =>
                {
                    var counts = receipt.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
                    return Task.FromResult<object?>(new ImportRegistryPayload(new RegistryWorkbookResult([new RegistrySheetCount("", counts[0], counts[1], counts[2])], [])));
                })
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                using var content = FileInput.Open(input, out var fileName);
                if (!fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    throw new HubUserInputException($"\"{fileName}\" is not an .xlsx workbook (argument \"input.fileName\").");
                }

                return new ImportRegistryPayload(await context.Service<RegistryWorkbookImporter>().ImportAsync(content, null, context.CancellationToken));
            });
    }
}
