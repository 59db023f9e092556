namespace Hub.Data.Observations;

public enum ObservationProblem
{
    /// <summary>The row itself is wrong: unknown station or indicator, a quarter, too many decimals.</summary>
    Invalid = 1,

    /// <summary>The figure changed since the caller read the version it expected.</summary>
    VersionConflict = 2,
}
