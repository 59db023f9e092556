using Hub.Data.Model;

namespace Hub.Data.Activities;

/// <summary>The stored activity, or the reasons nothing was stored.</summary>
public sealed record ActivityRecordResult(Activity? Activity, IReadOnlyList<ActivityInputError> Errors);
