using Hub.Data.Model;
using Hub.Schema.Mutation;
using Hub.Schema.Partners;

namespace Hub.Schema.Contributions;

public sealed class ContributionPayloadType() : WritePayloadType<Contribution, ContributionType>("ContributionPayload", "contribution");
