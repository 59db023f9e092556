using Hub.Tests.Infrastructure;

namespace Hub.Tests.Exports;

public sealed class MariaDbExportHub : ExportHub
{
    protected override Task<TestDatabase> CreateEmptyDatabaseAsync() => TestDatabase.CreateMariaDbAsync();
}
