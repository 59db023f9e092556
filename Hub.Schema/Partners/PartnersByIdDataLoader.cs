using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Partners;

public sealed class PartnersByIdDataLoader(HubDbContext db) : EntityByIdDataLoader<ResourcePartner>(db);
