using Hub.Tests.Infrastructure;

namespace Hub.Tests.Transport;

/// <summary>
/// The reference GraphQL clients in Hub.Tests/Clients (npm packages pinned by its package-lock.json), installed
/// on first use and run as child processes, so the transports are judged by the specs' own implementations.
/// </summary>
public static class NodeClients
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>Hub.Tests/Clients in the source tree: the tests run from bin/, the scripts live beside the sources.</summary>
    public static string Directory { get; } = Repository.PathOf("Hub.Tests", "Clients");

    /// <summary>Runs <c>npm ci</c> once when node_modules is missing, so a fresh clone needs no manual step.</summary>
    public static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (System.IO.Directory.Exists(Path.Combine(Directory, "node_modules")))
            {
                return;
            }

            var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
            await RunAsync(npm, ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>Runs a command in the clients directory and returns its standard output; fails on a non-zero exit.</summary>
    public static Task<string> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout) =>
        ChildProcess.RunAsync(fileName, arguments, Directory, timeout);
}
