using Hub.Data.Model;

namespace Hub.Schema.Indicators;

/// <summary>The indicators one field asked for, in its order; two selections are equal when they name the same indicators in the same order, so equal requests share one roll-up.</summary>
public sealed class IndicatorSelection(IReadOnlyList<Indicator> indicators) : IEquatable<IndicatorSelection>
{
    public IReadOnlyList<Indicator> Indicators { get; } = indicators;

    public bool Equals(IndicatorSelection? other) =>
        other is not null && Indicators.Select(i => i.Id).SequenceEqual(other.Indicators.Select(i => i.Id));

    public override bool Equals(object? obj) => Equals(obj as IndicatorSelection);

    public override int GetHashCode() => Indicators.Aggregate(0, (hash, indicator) => HashCode.Combine(hash, indicator.Id));
}
