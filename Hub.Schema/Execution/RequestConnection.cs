using Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Execution;

/// <summary>
/// The one hold a request keeps on its DbContext's connection (see <see cref="RequestConnectionListener"/>): taken
/// by whoever reads first (the answer cache's version read, or a query's execution), given back once, and given
/// back before a mutation executes, whose execution strategy must open the connection itself on each retry.
/// </summary>
public sealed class RequestConnection(HubDbContext db)
{
    private bool _held;

    public async Task HoldAsync(CancellationToken cancellationToken)
    {
        if (!_held)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            _held = true;
        }
    }

    public async Task ReleaseAsync()
    {
        if (_held)
        {
            _held = false;
            await db.Database.CloseConnectionAsync();
        }
    }
}
