using Hub.Data.Model;
using Hub.Schema.Mutation;

namespace Hub.Schema.Awards;

public sealed class AwardPayloadType() : WritePayloadType<Award, AwardType>("AwardPayload", "award");
