namespace Hub.Data.Synthetic;

/// <summary>The independent random streams of the generator; see <see cref="SyntheticRandom.Fork"/>.</summary>
internal enum SyntheticStream
{
    Regions = 1,
    District = 2,
    Station = 3,
    Observations = 4,
    Activities = 5,
}
