using Hub.Data.Model;
using Hub.Schema.Mutation;

namespace Hub.Schema.CommunityFunds;

public sealed class CommunityFundPayloadType() : WritePayloadType<CommunityFund, CommunityFundType>("CommunityFundPayload", "communityFund");
