using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Errors;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Indicators;

/// <summary>The indicator catalogue, read once per request (it is small) and shared by every field that needs it.</summary>
public sealed class IndicatorDirectory(HubDbContext db)
{
    private IReadOnlyList<Indicator>? _all;

    public async Task<IReadOnlyList<Indicator>> AllAsync(CancellationToken cancellationToken) =>
        _all ??= await db.Indicators.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(cancellationToken);

    /// <summary>The indicators named by <paramref name="codes"/> in the order given (all when null); unknown codes are a clear error.</summary>
    public async Task<IReadOnlyList<Indicator>> ResolveAsync(IReadOnlyCollection<string>? codes, CancellationToken cancellationToken)
    {
        var all = await AllAsync(cancellationToken);
        if (codes is null)
        {
            return all;
        }

        var byCode = all.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var unknown = codes.Where(code => !byCode.ContainsKey(code)).ToList();
        if (unknown.Count > 0)
        {
            throw new HubUserInputException($"Unknown indicator code(s): {string.Join(", ", unknown.Select(c => $"\"{c}\""))}. The query field \"indicators\" lists the catalogue.");
        }

        return codes.Distinct(StringComparer.Ordinal).Select(code => byCode[code]).ToList();
    }
}
