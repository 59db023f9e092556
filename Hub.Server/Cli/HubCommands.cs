namespace Hub.Server.Cli;

/// <summary>The command-line verbs of Hub.Server (<c>dotnet run --project Hub.Server -- &lt;verb&gt; …</c>); without one the server runs.</summary>
public static class HubCommands
{
    private static readonly Dictionary<string, Func<IServiceProvider, string[], Task<int>>> Verbs = new(StringComparer.Ordinal)
    {
        [SchemaExport.Verb] = SchemaExport.RunAsync,
        [GenerateCommand.Verb] = (services, args) => GenerateCommand.RunAsync(services, args),
        [ImportObservationsCommand.Verb] = (services, args) => ImportObservationsCommand.RunAsync(services, args),
        [DeriveObservationsCommand.Verb] = (services, args) => DeriveObservationsCommand.RunAsync(services, args),
        [ApiKeysCommand.Verb] = (services, args) => ApiKeysCommand.RunAsync(services, args),
        [RollupsCommand.RebuildVerb] = (services, args) => RollupsCommand.RebuildAsync(services, args),
        [RollupsCommand.VerifyVerb] = (services, args) => RollupsCommand.VerifyAsync(services, args),
    };

    /// <summary>Whether <paramref name="args"/> name a verb rather than asking for the server.</summary>
    public static bool IsVerb(string[] args) => args is [var first, ..] && Verbs.ContainsKey(first);

    /// <summary>Runs the verb <paramref name="args"/> name and returns its exit code.</summary>
    public static Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return Verbs[args[0]](services, args);
    }
}
