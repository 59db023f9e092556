namespace Hub.Data.Demo;

/// <summary>Placeholder until the seed dataset lands from its branch.</summary>
public static class DemoDataset
{
    public static Task<bool> SeedAsync(HubDbContext db, DateTime loadedAtUtc, CancellationToken cancellationToken = default) =>
        Task.FromResult(db is null && loadedAtUtc == default && cancellationToken.IsCancellationRequested);
}
