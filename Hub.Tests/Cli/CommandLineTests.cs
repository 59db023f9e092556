using System.Diagnostics;
using System.Text;
using Hub.Server.Cli;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Cli;

/// <summary>
/// Hub.Server's command line as an operator meets it: the real built server (<c>dotnet Hub.Server.dll</c>) started as a
/// process from a folder of its own, outside the repository. Help and usage errors exit without listening and without
/// touching the configured database; the server itself reads the appsettings.json beside it, not the one in the
/// folder it is started from.
/// </summary>
public sealed class CommandLineTests(ServerFolder server) : IClassFixture<ServerFolder>, IDisposable
{
    private static readonly string[] Verbs =
        ["export-schema", "generate", "import-observations", "import-registry", "export-registry", "import-regions", "derive-observations", "api-keys", "rebuild-rollups", "verify-rollups", "help"];

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("datahub-cli-");

    private string DatabasePath => Path.Combine(_directory.FullName, "hub.db");

    public void Dispose() => _directory.Delete(recursive: true);

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    [InlineData("-h")]
    public async Task Help_lists_every_verb_with_one_line_and_exits_0_without_listening(string help)
    {
        var run = await RunAsync(help);

        Assert.Equal(0, run.Code);
        foreach (var verb in Verbs)
        {
            var line = Assert.Single(run.Output.Split('\n'), l => l.TrimStart().StartsWith(verb + " ", StringComparison.Ordinal));
            Assert.True(line.Trim().Length > verb.Length + 10, $"The line of {verb} describes nothing: {line}");
        }

        Assert.Contains("Exit codes", run.Output, StringComparison.Ordinal);
        AssertNothingStarted(run);
    }

    [Fact]
    public async Task Every_verb_has_help()
    {
        foreach (var verb in Verbs.Where(v => v != "help").Append("api-keys create"))
        {
            var run = await RunAsync([.. verb.Split(' '), "--help"]);
            Assert.True(run.Code == 0, $"{verb} --help exited {run.Code}: {run.Error}");
            Assert.Contains($"Hub.Server {verb}", run.Output, StringComparison.Ordinal);
            AssertNothingStarted(run);
        }
    }

    [Theory]
    [InlineData("bogus", null)]
    [InlineData("generat", "generate")]
    [InlineData("verify-rollup", "verify-rollups")]
    [InlineData("--bogus", null)]
    public async Task An_unknown_verb_is_a_usage_error_that_starts_nothing(string verb, string? suggested)
    {
        var run = await RunAsync(verb);

        Assert.Equal(HubCli.UsageError, run.Code);
        Assert.Contains(verb, run.Error, StringComparison.Ordinal);
        if (suggested is not null)
        {
            Assert.Contains($"did you mean {suggested}?", run.Error, StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            Assert.Contains("--help", run.Error, StringComparison.Ordinal);
        }

        AssertNothingStarted(run);
    }

    [Fact]
    public async Task An_unknown_option_of_a_verb_is_a_usage_error_with_the_nearest_option()
    {
        var run = await RunAsync("generate", "--sead", "7");

        Assert.Equal(HubCli.UsageError, run.Code);
        Assert.Contains("--sead", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean --seed?", run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("usage: Hub.Server generate", run.Error, StringComparison.Ordinal);
        AssertNothingStarted(run);
    }

    [Fact]
    public async Task Export_schema_help_prints_help_and_writes_no_file()
    {
        var run = await RunAsync("export-schema", "--help");

        Assert.Equal(0, run.Code);
        Assert.Contains("Hub.Server export-schema", run.Output, StringComparison.Ordinal);
        Assert.Empty(_directory.GetFileSystemInfos());
        AssertNothingStarted(run);
    }

    [Fact]
    public async Task Export_schema_writes_a_relative_path_in_the_current_directory()
    {
        var run = await RunAsync("export-schema", "out.graphql");

        Assert.True(run.Code == 0, run.Error);
        var written = Path.Combine(_directory.FullName, "out.graphql");
        Assert.Contains("type Query", await File.ReadAllTextAsync(written), StringComparison.Ordinal);
        Assert.Contains(written, run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-13", "yyyy-mm", "derive-observations", "--from", "2024-13", "--to", "2024-12")]
    [InlineData("2024-05", "after", "derive-observations", "--from", "2024-05", "--to", "2024-01")]
    [InlineData("0", "above 0", "generate", "--months", "0")]
    [InlineData("city", "province or national", "generate", "--scale", "city")]
    [InlineData("12345", "12-digit", "rebuild-rollups", "--region", "12345")]
    [InlineData("report.txt", ".csv", "import-observations", "report.txt")]
    [InlineData("3", "2-digit", "import-regions", "--province", "3")]
    public async Task A_bad_value_names_the_value_and_the_rule_and_exits_64(string value, string rule, params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(HubCli.UsageError, run.Code);
        var problem = run.Error.Split('\n')[0];
        Assert.Contains(value, problem, StringComparison.Ordinal);
        Assert.Contains(rule, problem, StringComparison.Ordinal);
        AssertNothingStarted(run);
    }

    [Fact]
    public async Task The_server_started_elsewhere_reads_its_own_appsettings_json()
    {
        // A decoy: read, it would point the server at a provider that does not exist, and log every SQL statement.
        await File.WriteAllTextAsync(Path.Combine(_directory.FullName, "appsettings.json"),
            """{ "Hub": { "Database": { "Provider": "NoSuchProvider" } }, "Logging": { "LogLevel": { "Default": "Debug" } } }""");

        using var process = Start(["--urls", "http://127.0.0.1:0", "--Hub:Database:SeedDemoData=false"]);
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not { } text)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(text);
            }

            if (text.Trim().StartsWith("Now listening on:", StringComparison.Ordinal))
            {
                listening.TrySetResult(new Uri(text.Trim()["Now listening on:".Length..].Trim()));
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            lock (output)
            {
                output.AppendLine(line.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            using var client = new HttpClient { BaseAddress = address };
            using var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ stations(first: 1) { totalCount } }"}""", Encoding.UTF8, "application/json"));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The server did not listen within 60 s:\n{Text(output)}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var log = Text(output);
        Assert.Contains($"Content root path: {server.Directory}", log, StringComparison.Ordinal);
        // The server's own appsettings.json keeps EF Core's command log at Warning.
        Assert.DoesNotContain("Executed DbCommand", log, StringComparison.Ordinal);
        Assert.True(File.Exists(DatabasePath), "The server did not use the database it was given.");
    }

    [Theory]
    [InlineData(new string[0], new string[0], new string[0])]
    [InlineData(new[] { "--urls", "http://x:1", "--Hub:Database:Migrate=false" }, new[] { "--urls", "http://x:1", "--Hub:Database:Migrate=false" }, new string[0])]
    [InlineData(new[] { "--environment=Development", "api-keys", "list" }, new[] { "--environment=Development" }, new[] { "api-keys", "list" })]
    [InlineData(new[] { "--help" }, new string[0], new[] { "--help" })]
    [InlineData(new[] { "--bogus", "1" }, new string[0], new[] { "--bogus", "1" })]
    [InlineData(new[] { "--urls" }, new string[0], new[] { "--urls" })]
    public void Host_options_in_front_are_the_servers_and_the_rest_is_the_verbs(string[] args, string[] host, string[] verb)
    {
        var (hostArgs, verbArgs) = HubCli.Split(args);
        Assert.Equal(host, hostArgs);
        Assert.Equal(verb, verbArgs);
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private void AssertNothingStarted(Run run)
    {
        Assert.DoesNotContain("Now listening", run.Output + run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(DatabasePath), "A usage error or help touched the database.");
        Assert.False(File.Exists(Path.Combine(_directory.FullName, "datahub.db")), "A usage error or help made the default database.");
    }

    private async Task<Run> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'Hub.Server {string.Join(' ', args)}' did not exit within 60 s (did it start the server?):\n{await output}\n{await error}");
        }

        return new Run(process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
    }

    private Process Start(string[] args)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _directory.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        startInfo.ArgumentList.Add(server.Dll);
        foreach (var argument in args)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT", "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["Hub__Database__Provider"] = "Sqlite";
        startInfo.Environment["ConnectionStrings__Hub"] = $"Data Source={DatabasePath};Pooling=False";
        return Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start dotnet.");
    }

    private sealed record Run(int Code, string Output, string Error);
}

/// <summary>The folder of the built Hub.Server: its own bin folder for this test build's configuration.</summary>
public sealed class ServerFolder
{
    public ServerFolder()
    {
        // The tests run from Hub.Tests/bin/<configuration>/<framework>/; the server's build output mirrors it.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var own = Repository.PathOf("Hub.Server", "bin", framework.Parent!.Name, framework.Name);
        Directory = File.Exists(Path.Combine(own, "Hub.Server.dll")) ? own : framework.FullName;
        Dll = Path.Combine(Directory, "Hub.Server.dll");
        Directory += Path.DirectorySeparatorChar;
    }

    /// <summary>The folder, ending in a separator as ASP.NET reports a content root.</summary>
    public string Directory { get; }

    public string Dll { get; }
}
