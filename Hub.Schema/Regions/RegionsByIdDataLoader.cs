using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Regions;

public sealed class RegionsByIdDataLoader(HubDbContext db) : EntityByIdDataLoader<Region>(db);
