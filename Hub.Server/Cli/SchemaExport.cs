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

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var path = Path.GetFullPath(args.Length > 1 ? args[1] : Path.Combine(SolutionDirectory() ?? ".", "schema.graphql"));
        await File.WriteAllTextAsync(path, Print(services.GetRequiredService<ISchema>()));
        await Console.Out.WriteLineAsync($"Wrote {path}");
        return 0;
    }

    // `dotnet run --project Hub.Server` runs in the project folder; the file belongs at the top of the repository.
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
