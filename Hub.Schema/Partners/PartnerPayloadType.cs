using Hub.Data.Model;
using Hub.Schema.Mutation;

namespace Hub.Schema.Partners;

public sealed class PartnerPayloadType() : WritePayloadType<ResourcePartner, ResourcePartnerType>("PartnerPayload", "partner");
