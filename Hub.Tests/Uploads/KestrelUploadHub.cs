using Hub.Tests.Infrastructure;

namespace Hub.Tests.Uploads;

/// <summary>The demo hub on SQLite behind a real socket, with the small <see cref="UploadLimits"/>, for the node client.</summary>
public sealed class KestrelUploadHub : KestrelSqliteDemoHub
{
    protected override IReadOnlyDictionary<string, string> Settings => UploadLimits.Settings;
}
