using Hub.Data.Model;
using Hub.Schema.Mutation;

namespace Hub.Schema.Regions;

public sealed class RegionPayloadType() : WritePayloadType<Region, RegionType>("RegionPayload", "region");
