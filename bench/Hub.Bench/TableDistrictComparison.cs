using System.Globalization;
using MySqlConnector;

namespace Hub.Bench;

/// <summary>
/// The limit of the roll-up benchmark: the district comparison read from a district × indicator × year table built
/// beforehand from the base rows (bench/sql/district-year.sql), one index range joined to the codes. No store
/// the hub keeps can answer faster than the database reading the finished cells.
/// </summary>
public sealed class TableDistrictComparison(string connectionString, string table, RollupBenchOptions options)
{
    private const decimal Scale = 10_000m;

    public async Task<IReadOnlyList<DistrictCell>> RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var codes = string.Join(", ", options.Codes.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@c{i}")));
        await using var command = new MySqlCommand(
            $"""
            SELECT d.Code, i.Code, t.ExpectedStations, t.ScaledValue, t.ReportingStations
            FROM `{table}` t
            JOIN Indicators i ON i.Id = t.IndicatorId
            JOIN Regions d ON d.Id = t.DistrictId
            WHERE i.Code IN ({codes}) AND t.Year = @year AND d.Code LIKE @prefix
            """,
            connection);
        command.Parameters.AddWithValue("@prefix", options.Province[..2] + "%");
        command.Parameters.AddWithValue("@year", options.Year);
        for (var i = 0; i < options.Codes.Count; i++)
        {
            command.Parameters.AddWithValue(string.Create(CultureInfo.InvariantCulture, $"@c{i}"), options.Codes[i]);
        }

        var cells = new List<DistrictCell>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var reporting = reader.GetInt32(4);
            cells.Add(new DistrictCell(
                reader.GetString(0),
                reader.GetString(1),
                reporting == 0 || reader.IsDBNull(3) ? null : reader.GetInt64(3) / Scale,
                reporting,
                reader.GetInt32(2)));
        }

        return cells;
    }
}
