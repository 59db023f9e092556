using Hub.Data.Model;

namespace Hub.Schema.Indicators;

/// <summary>The indicators one field asked for, in its order; two selections are equal when they name the same indicators in the same order, so equal requests share one roll-up.</summary>
/// <param name="Named">Whether the field named its codes: a named code the caller may not read is an error, while the
/// whole catalogue lists only the codes the caller may read.</param>
public sealed class IndicatorSelection(IReadOnlyList<Indicator> indicators, bool named) : IEquatable<IndicatorSelection>
{
    public IReadOnlyList<Indicator> Indicators { get; } = indicators;

    public bool Named { get; } = named;

    public bool Equals(IndicatorSelection? other) =>
        other is not null && Named == other.Named && Indicators.Select(i => i.Id).SequenceEqual(other.Indicators.Select(i => i.Id));

    public override bool Equals(object? obj) => Equals(obj as IndicatorSelection);

    public override int GetHashCode() => Indicators.Aggregate(Named ? 1 : 0, (hash, indicator) => HashCode.Combine(hash, indicator.Id));
}
