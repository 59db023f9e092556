using System.Diagnostics;
using System.Text;

namespace Hub.Tests.Transport;

/// <summary>
/// The reference GraphQL clients in Hub.Tests/Clients (npm packages pinned by its package-lock.json), installed
/// on first use and run as child processes, so the transports are judged by the specs' own implementations.
/// </summary>
public static class NodeClients
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>Hub.Tests/Clients in the source tree: the tests run from bin/, the scripts live beside the sources.</summary>
    public static string Directory { get; } = Locate();

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
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start '{fileName}'.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{fileName} {string.Join(' ', startInfo.ArgumentList)}' did not finish within {timeout}. {await error}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{fileName} {string.Join(' ', startInfo.ArgumentList)}' exited with {process.ExitCode}:\n{await error}\n{await output}");
        }

        return await output;
    }

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(directory.FullName, "Clients"), Path.Combine(directory.FullName, "Hub.Tests", "Clients") })
            {
                if (File.Exists(Path.Combine(candidate, "package.json")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"Hub.Tests/Clients/package.json was not found above {AppContext.BaseDirectory}.");
    }
}
