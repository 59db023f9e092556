using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Brands;

public sealed class BrandsByIdDataLoader(HubDbContext db, AccessRules rules) : EntityByIdDataLoader<Brand>(db, rules);
