using Hub.Data.Model;

namespace Hub.Data.Synthetic;

/// <summary>A catalogue indicator as stored in the target database (its id there) with the profile its values follow.</summary>
internal sealed record SyntheticIndicator(int Id, string Code, IndicatorKind Kind, IndicatorProfile Profile);
