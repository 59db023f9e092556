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

    /// <summary>
    /// Runs <c>npm ci</c> when node_modules is missing or older than package-lock.json, so neither a fresh clone
    /// nor a checkout that added a client needs a manual step.
    /// </summary>
    public static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            // npm rewrites node_modules/.package-lock.json on every install: its age is the age of the install.
            var installed = new FileInfo(Path.Combine(Directory, "node_modules", ".package-lock.json"));
            if (installed.Exists && installed.LastWriteTimeUtc >= File.GetLastWriteTimeUtc(Path.Combine(Directory, "package-lock.json")))
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
