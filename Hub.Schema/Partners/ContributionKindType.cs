using Hub.Data.Model;
using Hub.Schema.Scalars;

namespace Hub.Schema.Partners;

public sealed class ContributionKindType() : FlagsEnumerationGraphType<ContributionKinds>("ContributionKind", "What a partner gives: funds, goods, a venue, volunteers or professional services.");
