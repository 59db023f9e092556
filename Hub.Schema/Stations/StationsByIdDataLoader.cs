using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Stations;

public sealed class StationsByIdDataLoader(HubDbContext db) : EntityByIdDataLoader<Station>(db);
