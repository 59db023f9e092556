using System.CommandLine;
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

    public const string Notes = """
        Callers send a key as "Authorization: ApiKey <key>" or "X-Api-Key: <key>". Exit codes: 0 done,
        2 refused (no such station or region, a duplicate name, a scope the role does not take, no such
        live key), 64 usage.
        """;

    public static Command CreateCommand(HubCliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var name = new Option<string>("--name") { Description = "the holder's name, unique; the audit log names the holder key:<name>", Required = true };
        var role = new Option<string>("--role") { Description = "PARTNER, STATION_STAFF, ANALYST or ADMIN", HelpName = "role", Required = true };
        var station = new Option<string?>("--station") { Description = "STATION_STAFF only: the station's database id or its id from the API", HelpName = "station id" };
        var region = new Option<string?>("--region") { Description = "ANALYST only: the 12-digit code of the region subtree it may read", HelpName = "region code" };
        var create = new HubVerb("create", "Makes a key and prints it once: store it where its holder keeps secrets.") { name, role, station, region };
        create.SetAction(async parse => await CreateAsync(cli.Services, parse.GetRequiredValue(name), parse.GetRequiredValue(role), parse.GetValue(station), parse.GetValue(region), cli.Output, cli.Error));

        var key = new Argument<string>("key") { HelpName = "public id or name", Description = "the key's public id or its holder's name" };
        var revoke = new HubVerb("revoke", "Refuses the key from now on.") { key };
        revoke.SetAction(async parse => await RevokeAsync(cli.Services, parse.GetRequiredValue(key), cli.Output, cli.Error));

        var list = new HubVerb("list", "Every key with its role, scope and last use; never the keys themselves.");
        list.SetAction(async _ => await ListAsync(cli.Services, cli.Output));

        var command = new HubVerb(Verb, "Makes, lists and revokes API keys in the configured database.") { create, revoke, list };
        command.Notes = Notes;
        return command;
    }

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null) =>
        HubCli.RunAsync(Verb, services, args, output, error);

    private static async Task<int> CreateAsync(IServiceProvider services, string name, string role, string? station, string? region, TextWriter output, TextWriter error)
    {
        await services.InitializeHubDatabaseForToolsAsync();
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().CreateAsync(
            name,
            role.ToUpperInvariant(),
            station,
            region,
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
