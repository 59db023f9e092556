using System.Linq.Expressions;
using Hub.Data;
using Hub.Data.ActivityFeed;
using Hub.Data.Indicators;
using Hub.Data.Model;
using Hub.Schema.Filtering;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Access;

/// <summary>
/// What the caller of one request may read, as SQL-translatable row rules and per-scope decisions. One instance per
/// request (scoped), bound to the caller before execution starts (<see cref="CallerListener"/>); until then it is the
/// public, so a rule applied too early fails closed.
/// </summary>
/// <remarks>
/// The rules, in one place:
/// <list type="bullet">
/// <item>Regions, stations, organisations and resource partners are public registers: every caller sees every row and
/// every field. A station's address, floor area and staff counts are what it shows on its own door; nothing about a
/// station is internal, its figures are guarded by the indicator rules instead.</item>
/// <item>Brands and projects of INTERNAL visibility are seen by an ADMIN, by an ANALYST whose region subtree holds the
/// station, and by the STATION_STAFF of that station (they run it); nobody else sees that such a row exists.</item>
/// <item>Activities and contributions tied to a project are seen exactly when the project is: an activity of an
/// internal project would otherwise name it through the <c>project</c> filter.</item>
/// <item>Indicator values: PUBLIC indicators are open. INTERNAL ones need an ADMIN, an ANALYST in scope, or the staff of
/// the station itself (its own figures, which it reported); anyone else gets null with FORBIDDEN. RESTRICTED ones are
/// read unsuppressed by the same callers; everyone else sees them only through small-cell suppression, and never as
/// stored rows.</item>
/// </list>
/// </remarks>
public sealed class AccessRules(HubDbContext db)
{
    private readonly Dictionary<(RollupScope, int), bool> _privileged = [];

    public HubCaller Caller { get; private set; } = HubCaller.Public;

    public void Bind(HubCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        Caller = caller;
        _privileged.Clear();
    }

    /// <summary>Projects the caller may see (null: all of them).</summary>
    public Expression<Func<Project, bool>>? Projects => Caller.Role == HubRole.Admin ? null
        : Either<Project>(p => p.Visibility == Visibility.Public, InternalsOf<Project>(p => p.StationId, p => p.Station.RegionId));

    public Expression<Func<Brand, bool>>? Brands => Caller.Role == HubRole.Admin ? null
        : Either<Brand>(b => b.Visibility == Visibility.Public, InternalsOf<Brand>(b => b.StationId, b => b.Station.RegionId));

    public Expression<Func<Activity, bool>>? Activities => ThroughProject<Activity>(a => a.Project);

    public Expression<Func<Contribution, bool>>? Contributions => ThroughProject<Contribution>(c => c.Project);

    /// <summary>
    /// Stored figures listed row by row (<c>Station.observations</c>): PUBLIC indicators for everyone; INTERNAL and
    /// RESTRICTED ones only to those who read them unsuppressed (an ANALYST in scope, the station's own staff). A single
    /// station's restricted figure is always suppressed below them, and an internal one is never published, so
    /// for anyone else such a row does not exist, in any month or year.
    /// </summary>
    public Expression<Func<Observation, bool>>? Observations => Caller.Role == HubRole.Admin ? null
        : Either<Observation>(o => o.Indicator.Sensitivity == Sensitivity.Public, InternalsOf<Observation>(o => o.StationId, o => o.Station.RegionId));

    /// <summary>
    /// <see cref="Activities"/> for the live feed, whose events never touch the database: whose activities of internal
    /// projects the caller may receive.
    /// </summary>
    public InternalActivityAudience ActivityAudience => Caller.Role switch
    {
        HubRole.Admin => InternalActivityAudience.Everybody,
        HubRole.StationStaff => new InternalActivityAudience(false, Caller.StationId, null),
        HubRole.Analyst => new InternalActivityAudience(false, null, Caller.RegionCode),
        _ => InternalActivityAudience.Nobody,
    };

    /// <summary>The row rule of <paramref name="rowType"/>, or null when every row of it is public.</summary>
    public LambdaExpression? For(Type rowType) =>
        rowType == typeof(Project) ? Projects
        : rowType == typeof(Brand) ? Brands
        : rowType == typeof(Activity) ? Activities
        : rowType == typeof(Contribution) ? Contributions
        : rowType == typeof(Observation) ? Observations
        : null;

    /// <summary>The rows of <paramref name="rows"/> the caller may see, filtered in SQL.</summary>
    public IQueryable<T> Visible<T>(IQueryable<T> rows) =>
        For(typeof(T)) is Expression<Func<T, bool>> rule ? rows.Where(rule) : rows;

    /// <summary>A sequence inside a larger expression (a navigation collection, a correlated subquery), filtered by the rule.</summary>
    public Expression Visible(Expression rows, Type elementType)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (For(elementType) is not { } rule)
        {
            return rows;
        }

        var queryable = typeof(IQueryable).IsAssignableFrom(rows.Type);
        return Expression.Call(queryable ? typeof(Queryable) : typeof(Enumerable), nameof(Enumerable.Where), [elementType],
            rows, queryable ? Expression.Quote(rule) : rule);
    }

    /// <summary>A single related row (a project's brand) reached inside a filter: the rule applied to it, or null when it is public.</summary>
    public Expression? Admits(Expression row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return For(row.Type) is { } rule ? ExpressionBinding.Bind(rule, row) : null;
    }

    /// <summary>
    /// Of <paramref name="scopeIds"/>, the stations or regions whose INTERNAL and RESTRICTED figures the caller may
    /// read unsuppressed: all for an ADMIN; an ANALYST's own subtree (one statement, remembered for the request);
    /// a station's staff their own station only, never a region, whose totals include other stations.
    /// </summary>
    public async Task<IReadOnlySet<int>> PrivilegedAsync(RollupScope scope, IReadOnlyCollection<int> scopeIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopeIds);
        switch (Caller.Role)
        {
            case HubRole.Admin:
                return scopeIds.ToHashSet();
            case HubRole.StationStaff:
                return scope == RollupScope.Station && Caller.StationId is { } own && scopeIds.Contains(own) ? new HashSet<int> { own } : new HashSet<int>();
            case HubRole.Analyst:
                var unknown = scopeIds.Where(id => !_privileged.ContainsKey((scope, id))).Distinct().ToList();
                if (unknown.Count > 0)
                {
                    var code = Caller.RegionCode;
                    var roots = db.Regions.Where(r => r.Code == code).Select(r => r.Id);
                    var inside = scope == RollupScope.Station
                        ? await db.Stations.Where(s => unknown.Contains(s.Id) && db.RegionClosures.Any(c => c.DescendantId == s.RegionId && roots.Contains(c.AncestorId)))
                            .Select(s => s.Id).ToListAsync(cancellationToken)
                        : await db.RegionClosures.Where(c => unknown.Contains(c.DescendantId) && roots.Contains(c.AncestorId))
                            .Select(c => c.DescendantId).ToListAsync(cancellationToken);
                    foreach (var id in unknown)
                    {
                        _privileged[(scope, id)] = inside.Contains(id);
                    }
                }

                return scopeIds.Where(id => _privileged[(scope, id)]).ToHashSet();
            default:
                return new HashSet<int>();
        }
    }

    /// <summary>Whether the caller may read a sensitive indicator of this station or region unsuppressed.</summary>
    public async Task<bool> IsPrivilegedAsync(RollupScope scope, int scopeId, CancellationToken cancellationToken) =>
        (await PrivilegedAsync(scope, [scopeId], cancellationToken)).Contains(scopeId);

    /// <summary>
    /// rows whose station the caller may see the internals of: a condition on the row's station id and that
    /// station's region id, with the caller's scope as query parameters.
    /// </summary>
    private Expression<Func<T, bool>> InternalsOf<T>(Expression<Func<T, int>> stationId, Expression<Func<T, int>> stationRegionId)
    {
        var row = stationId.Parameters[0];
        var regionId = ExpressionBinding.Bind(stationRegionId, row);
        Expression body;
        switch (Caller.Role)
        {
            case HubRole.StationStaff when Caller.StationId is { } ownId:
                var own = new Scope<int>(ownId);
                body = Expression.Equal(stationId.Body, Expression.Property(Expression.Constant(own), nameof(Scope<int>.Value)));
                break;
            case HubRole.Analyst:
                var scope = new Scope<string?>(Caller.RegionCode);
                Expression<Func<int, bool>> inside = region => db.RegionClosures.Any(c => c.DescendantId == region
                    && db.Regions.Any(r => r.Id == c.AncestorId && r.Code == scope.Value));
                body = ExpressionBinding.Bind(inside, regionId);
                break;
            default:
                body = Expression.Constant(false);
                break;
        }

        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    private Expression<Func<T, bool>>? ThroughProject<T>(Expression<Func<T, Project?>> project)
    {
        if (Projects is not { } rule)
        {
            return null;
        }

        var row = project.Parameters[0];
        var related = project.Body;
        var body = Expression.OrElse(Expression.Equal(related, Expression.Constant(null, typeof(Project))), ExpressionBinding.Bind(rule, related));
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    private static Expression<Func<T, bool>> Either<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
    {
        var row = left.Parameters[0];
        var other = ExpressionBinding.Bind(right, row);
        return other is ConstantExpression { Value: false }
            ? left
            : Expression.Lambda<Func<T, bool>>(Expression.OrElse(left.Body, other), row);
    }

    /// <summary>Holds a scope value so that EF Core sends it as a parameter, not as a literal in the statement.</summary>
    private sealed class Scope<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
