using System.Linq.Expressions;
using Hub.Data;
using Hub.Schema.Filtering;

namespace Hub.Schema.Regions;

public static class RegionSubtree
{
    /// <summary>
    /// "The region with id <paramref name="regionId"/> is the region <paramref name="code"/> or lies inside it",
    /// through the closure table, so it is one indexed EXISTS at any depth of the tree.
    /// </summary>
    public static Expression Contains(Expression regionId, string code, HubDbContext db)
    {
        Expression<Func<int, bool>> inside = id => db.Regions.Any(ancestor => ancestor.Code == code
            && db.RegionClosures.Any(closure => closure.AncestorId == ancestor.Id && closure.DescendantId == id));
        return ExpressionBinding.Bind(inside, regionId);
    }
}
