using System.CommandLine;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Hub.Server.Cli;

/// <summary>`export-schema [path]`: writes the SDL of the running schema, by default to schema.graphql beside DataHub.sln.</summary>
public static class SchemaExport
{
    public const string Verb = "export-schema";

    public static string Print(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Initialize();
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal });
        return sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    public static Command CreateCommand(HubCliContext cli)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var path = new Argument<string?>("path")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "the file to write, relative to the current directory (default: schema.graphql beside DataHub.sln above the current directory, else in it)",
        };
        path.AcceptLegalFilePathsOnly();
        var command = new HubVerb(Verb, "Writes the SDL of the running schema to a file.") { path };
        command.SetAction(async parse => await RunAsync(cli, parse.GetValue(path)));
        return command;
    }

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null, TextWriter? error = null) =>
        HubCli.RunAsync(Verb, services, args, output, error);

    private static async Task<int> RunAsync(HubCliContext cli, string? file)
    {
        var path = Path.GetFullPath(file ?? Path.Combine(SolutionDirectory() ?? ".", "schema.graphql"));
        await File.WriteAllTextAsync(path, Print(cli.Services.GetRequiredService<ISchema>()));
        await cli.Output.WriteLineAsync($"Wrote {path}");
        return HubCli.Ok;
    }

    // The file belongs at the top of the repository, wherever in it the verb is run.
    private static string? SolutionDirectory()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DataHub.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
