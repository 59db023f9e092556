using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Organizations;

public sealed class OrganizationsByIdDataLoader(HubDbContext db) : EntityByIdDataLoader<Organization>(db);
