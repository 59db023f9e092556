namespace Hub.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, which the browser tests drive headless. `dotnet test` must work on a fresh machine, so the
/// suite makes sure it is installed: it runs .ci/chromium.sh (apt-get install when missing) once per test run.
/// </summary>
public static class Chromium
{
    private static readonly Lazy<Task> Installed = new(() =>
        // The first run installs a browser with apt-get: minutes, not seconds.
        ChildProcess.RunAsync("bash", [Repository.PathOf(".ci", "chromium.sh")], Repository.Root, TimeSpan.FromMinutes(20)));

    public static Task EnsureInstalledAsync() => Installed.Value;
}
