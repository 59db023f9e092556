namespace Hub.Data.Indicators;

public enum RollupScope
{
    /// <summary>Each id is a station: its own value.</summary>
    Station = 1,

    /// <summary>Each id is a region: the aggregate of every station inside it, at any depth.</summary>
    Region = 2,
}
