using System.Globalization;
using System.Numerics;

namespace Hub.Data.Indicators;

/// <summary>
/// The parameter values of one roll-up statement as it is being written: each value becomes a <c>{n}</c> placeholder
/// (EF Core's raw-SQL parameters), so that the statement's text, and with it EF Core's compiled query, does not change
/// with the ids and periods asked for.
/// </summary>
internal sealed class RollupStatement
{
    private readonly List<object> _values = [];

    /// <summary>The values, in placeholder order, for <c>SqlQueryRaw</c>.</summary>
    public object[] Values => [.. _values];

    public string Value(int value) => Placeholder(value);

    public string Value(long value) => Placeholder(value);

    /// <summary>
    /// The distinct <paramref name="ids"/> as a list of placeholders for <c>IN (…)</c>, padded to the next power of two
    /// by repeating the last id, so that lists of 9 to 16 ids (say) are the same text.
    /// </summary>
    /// <remarks>
    /// Not one JSON array parameter (json_each / JSON_TABLE), although that would be one text for every length:
    /// MariaDB cannot estimate the rows of a JSON_TABLE, plans every scope as if it held a few stations and reads
    /// each station's whole history through the unique key; the district comparison of the province dataset took
    /// 0.85–1.7 s that way instead of 0.25 s. MySqlConnector substitutes parameters on the client, so the server
    /// still sees a list of literals and plans by its size, as before.
    /// </remarks>
    public string IdsIn(IEnumerable<int> ids)
    {
        var distinct = ids.Distinct().ToList();
        if (distinct.Count == 0)
        {
            throw new ArgumentException("An IN list needs at least one id.", nameof(ids));
        }

        var padded = (int)BitOperations.RoundUpToPowerOf2((uint)distinct.Count);
        return string.Join(",", distinct.Concat(Enumerable.Repeat(distinct[^1], padded - distinct.Count)).Select(id => Placeholder(id)));
    }

    private string Placeholder(object value)
    {
        _values.Add(value);
        return "{" + (_values.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
    }
}
