using Hub.Data.Model;
using Hub.Schema.Mutation;

namespace Hub.Schema.Stations;

public sealed class StationPayloadType() : WritePayloadType<Station, StationType>("StationPayload", "station");
