using MySqlConnector;

namespace Hub.Bench;

/// <summary>
/// The ids the peer answers with, as codes: PostgreSQL was loaded with the hub database's own ids, so the province's
/// districts and the benchmark's indicators are read once from MariaDB before anything is timed.
/// </summary>
public sealed record PeerKeys(IReadOnlyDictionary<int, string> Districts, IReadOnlyDictionary<int, PeerIndicator> Indicators)
{
    public static async Task<PeerKeys> LoadAsync(string connectionString, RollupBenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();

        var districts = new Dictionary<int, string>();
        await using (var command = new MySqlCommand("SELECT Id, Code FROM Regions WHERE Level = 3 AND Code LIKE @prefix", connection))
        {
            command.Parameters.AddWithValue("@prefix", options.Province[..2] + "%");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                districts.Add(reader.GetInt32(0), reader.GetString(1));
            }
        }

        var indicators = new Dictionary<int, PeerIndicator>();
        await using (var command = new MySqlCommand("SELECT Id, Code, Kind FROM Indicators", connection))
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (options.Codes.Contains(reader.GetString(1)))
                {
                    indicators.Add(reader.GetInt32(0), new PeerIndicator(reader.GetString(1), IsStock: reader.GetInt32(2) == 2));
                }
            }
        }

        var unknown = options.Codes.Except(indicators.Values.Select(i => i.Code)).ToList();
        return unknown.Count == 0
            ? new PeerKeys(districts, indicators)
            : throw new InvalidOperationException($"No indicator {string.Join(", ", unknown)} in the bench database.");
    }
}
