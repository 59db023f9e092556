using System.Globalization;
using Hub.Data.ApiKeys;
using Hub.Schema.Relay;

namespace Hub.Server.Cli;

/// <summary>
/// `api-keys create|revoke|list`: the hub's API keys. A key's text is printed once, by `create`; the database keeps
/// only a hash of its secret, so a lost key is revoked and replaced, never recovered.
/// </summary>
public static class ApiKeysCommand
{
    public const string Verb = "api-keys";

    /// <summary>The key could not be made or revoked (a station or region that does not exist, an unknown key).</summary>
    public const int Refused = 2;

    /// <summary>Arguments that make no command (EX_USAGE).</summary>
    public const int UsageError = 64;

    public const string Usage = """
        usage: Hub.Server api-keys create --name <name> --role PARTNER|STATION_STAFF|ANALYST|ADMIN
                                          [--station <station id>] [--region <region code>]
               Hub.Server api-keys revoke <public id or name>
               Hub.Server api-keys list

          create   makes a key and prints it once: store it where its holder keeps secrets. A STATION_STAFF key
                   needs --station (the station's database id or its id from the API); an ANALYST key needs
                   --region (the 12-digit code of the region subtree it may read).
          revoke   refuses the key from now on.
          list     every key with its role, scope and last use; never the keys themselves.

        Callers send a key as "Authorization: ApiKey <key>" or "X-Api-Key: <key>".
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        output ??= Console.Out;
        error ??= Console.Error;
        if (args.Length < 2 || args[1] is "--help" or "-h")
        {
            await error.WriteLineAsync(Usage);
            return args.Length == 2 ? 0 : UsageError;
        }

        switch (args[1])
        {
            case "create":
                return await CreateAsync(services, args[2..], output, error);
            case "revoke" when args.Length == 3:
                return await RevokeAsync(services, args[2], output, error);
            case "list" when args.Length == 2:
                return await ListAsync(services, output);
            default:
                await error.WriteLineAsync(Usage);
                return UsageError;
        }
    }

    private static async Task<int> CreateAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] is not ("--name" or "--role" or "--station" or "--region") || i + 1 >= args.Length || !options.TryAdd(args[i], args[i + 1]))
            {
                await error.WriteLineAsync($"Unexpected argument \"{args[i]}\".");
                await error.WriteLineAsync(Usage);
                return UsageError;
            }
        }

        if (!options.TryGetValue("--name", out var name) || !options.TryGetValue("--role", out var role))
        {
            await error.WriteLineAsync("create needs --name and --role.");
            await error.WriteLineAsync(Usage);
            return UsageError;
        }

        await services.InitializeHubDatabaseForToolsAsync();
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().CreateAsync(
            name,
            role.ToUpperInvariant(),
            options.GetValueOrDefault("--station"),
            options.GetValueOrDefault("--region"),
            text => GlobalId.IdOf(text, "Station"));
        if (created.Key is not { } key)
        {
            await error.WriteLineAsync(created.Problem);
            return Refused;
        }

        await output.WriteLineAsync(created.Text);
        await error.WriteLineAsync($"Key \"{key.Name}\" ({key.Role}{Scope(key.StationId, key.RegionCode)}) created with public id {key.PublicId}. This is the only time it is shown.");
        return 0;
    }

    private static async Task<int> RevokeAsync(IServiceProvider services, string publicIdOrName, TextWriter output, TextWriter error)
    {
        await services.InitializeHubDatabaseForToolsAsync();
        await using var scope = services.CreateAsyncScope();
        var revoked = await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().RevokeAsync(publicIdOrName);
        if (revoked is null)
        {
            await error.WriteLineAsync($"No live key has the public id or name \"{publicIdOrName}\".");
            return Refused;
        }

        await output.WriteLineAsync($"Key \"{revoked.Name}\" ({revoked.PublicId}) revoked.");
        return 0;
    }

    private static async Task<int> ListAsync(IServiceProvider services, TextWriter output)
    {
        await services.InitializeHubDatabaseForToolsAsync();
        await using var scope = services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().ListAsync();
        await output.WriteLineAsync("public id\tname\trole\tcreated\tlast used\trevoked");
        foreach (var key in keys)
        {
            await output.WriteLineAsync(string.Join('\t',
                key.PublicId,
                key.Name,
                key.Role + Scope(key.StationId, key.RegionCode),
                Time(key.CreatedAt),
                key.LastUsedAt is { } used ? Time(used) : "never",
                key.RevokedAt is { } revoked ? Time(revoked) : "-"));
        }

        return 0;
    }

    private static string Scope(int? stationId, string? regionCode) =>
        stationId is { } station ? string.Create(CultureInfo.InvariantCulture, $", station {station}")
        : regionCode is not null ? $", region {regionCode}"
        : "";

    private static string Time(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
