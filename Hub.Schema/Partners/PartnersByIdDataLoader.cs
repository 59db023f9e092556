using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Partners;

public sealed class PartnersByIdDataLoader(HubDbContext db, AccessRules rules) : EntityByIdDataLoader<ResourcePartner>(db, rules);
