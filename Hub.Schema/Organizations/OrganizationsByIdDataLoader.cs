using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Organizations;

public sealed class OrganizationsByIdDataLoader(HubDbContext db, AccessRules rules) : EntityByIdDataLoader<Organization>(db, rules);
