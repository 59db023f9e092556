using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Brands;

public sealed class BrandsByIdDataLoader(HubDbContext db) : EntityByIdDataLoader<Brand>(db);
