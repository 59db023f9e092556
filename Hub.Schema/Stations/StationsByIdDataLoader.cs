using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Stations;

public sealed class StationsByIdDataLoader(HubDbContext db, AccessRules rules) : EntityByIdDataLoader<Station>(db, rules);
