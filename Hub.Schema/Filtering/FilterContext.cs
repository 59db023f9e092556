using Hub.Data;
using Hub.Schema.Access;
using Hub.Schema.Errors;

namespace Hub.Schema.Filtering;

/// <summary>
/// What one <c>where</c> argument is translated with: the request's DbContext (for conditions that need a
/// subquery, such as a region's subtree) and a budget, so that a hostile filter cannot grow a SQL
/// statement without bound; and the caller's row rules, so that a condition on related rows (a station's projects, a
/// project's brand) never matches through a row the caller may not see.
/// </summary>
public sealed class FilterContext(HubDbContext db, string argumentName, AccessRules rules)
{
    public const int MaxConditions = 64;
    public const int MaxNesting = 8;
    public const int MaxListValues = 500;

    private int conditions;
    private int nesting;

    public HubDbContext Db { get; } = db;

    public string ArgumentName { get; } = argumentName;

    public AccessRules Rules { get; } = rules;

    /// <summary>Counts one condition against the budget.</summary>
    public void Count(string path)
    {
        if (++conditions > MaxConditions)
        {
            throw new HubUserInputException(
                $"\"{ArgumentName}\" has more than {MaxConditions} conditions (at {path}); split the question into several requests.",
                HubErrorCodes.QueryTooComplex);
        }
    }

    /// <summary>Enters an and/or list or a relation; dispose to leave it.</summary>
    public IDisposable Nest(string path)
    {
        if (++nesting > MaxNesting)
        {
            throw new HubUserInputException(
                $"\"{ArgumentName}\" nests and/or lists and relations more than {MaxNesting} deep (at {path}).",
                HubErrorCodes.QueryTooComplex);
        }

        return new Exit(this);
    }

    public void CheckListLength(string path, int count)
    {
        if (count > MaxListValues)
        {
            throw new HubUserInputException(
                $"\"{ArgumentName}\" lists {count} values at {path}; at most {MaxListValues} are allowed.",
                HubErrorCodes.QueryTooComplex);
        }
    }

    private sealed class Exit(FilterContext context) : IDisposable
    {
        public void Dispose() => context.nesting--;
    }
}
