using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Regions;

public sealed class RegionsByIdDataLoader(HubDbContext db, AccessRules rules) : EntityByIdDataLoader<Region>(db, rules);
