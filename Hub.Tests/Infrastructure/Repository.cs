namespace Hub.Tests.Infrastructure;

/// <summary>The source tree the tests run from: they execute in bin/, the scripts and files they check live beside the sources.</summary>
public static class Repository
{
    /// <summary>The folder holding DataHub.sln.</summary>
    public static string Root { get; } = Locate();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DataHub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"DataHub.sln was not found above {AppContext.BaseDirectory}.");
    }
}
