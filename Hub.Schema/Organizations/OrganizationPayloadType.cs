using Hub.Data.Model;
using Hub.Schema.Mutation;

namespace Hub.Schema.Organizations;

public sealed class OrganizationPayloadType() : WritePayloadType<Organization, OrganizationType>("OrganizationPayload", "organization");
