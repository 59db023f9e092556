using GraphQL;
using GraphQL.Types;
using Hub.Schema.Errors;

namespace Hub.Schema.Relay;

/// <summary>
/// The <c>first/after/last/before</c> arguments of a connection, validated. Cursors are opaque
/// offsets within the connection's stable order.
/// </summary>
public sealed record PageRequest(int? First, int? After, int? Last, int? Before)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Offset of the first row the window may contain.</summary>
    public int WindowStart => After is { } after ? after + 1 : 0;

    /// <summary>Whether the window can be placed only once the total is known ("last" without "before").</summary>
    public bool NeedsTotalCount => Last is not null && Before is null;

    /// <summary>
    /// Where the page lies: skip <c>Skip</c> rows, show <c>Take</c>, and read <c>Fetch</c> of them (one more
    /// than shown when paging forward, to learn whether a next page exists). <paramref name="total"/>
    /// is needed only when <see cref="NeedsTotalCount"/>.
    /// </summary>
    public (int Skip, int Take, int Fetch) Plan(int? total = null)
    {
        var start = WindowStart;
        if (Last is not { } last)
        {
            var pageSize = First ?? DefaultPageSize;
            var take = Before is { } before ? Math.Max(0, Math.Min(pageSize, before - start)) : pageSize;
            return (start, take, take + 1);
        }

        var end = Before ?? total ?? throw new InvalidOperationException("last without before needs the total count.");
        var skip = Math.Max(start, end - last);
        var count = Math.Max(0, end - skip);
        return (skip, count, count);
    }

    /// <summary>Builds the page from the rows read as <see cref="Plan"/> says (the look-ahead row included).</summary>
    public Connection<T> ToConnection<T>(IReadOnlyList<T> rows, int skip, int take, Func<CancellationToken, Task<int>> totalCount)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var visible = rows.Count > take ? rows.Take(take).ToList() : rows;
        var edges = visible.Select((row, index) => new Edge<T>(EncodeCursor(skip + index), row)).ToList();
        var hasNext = Last is null ? rows.Count > take : Before is not null;
        var hasPrevious = skip > 0;
        return new Connection<T>(edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), totalCount);
    }

    public static PageRequest From(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Create(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"), context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
    }

    /// <summary>The page the four paging arguments ask for, checked: sizes within the maximum, cursors this API issued.</summary>
    public static PageRequest Create(int? first, string? afterCursor, int? last, string? beforeCursor)
    {
        if (first is not null && last is not null)
        {
            throw new HubUserInputException("Ask for \"first\" or \"last\", not both.");
        }

        CheckSize("first", first);
        CheckSize("last", last);
        var after = DecodeCursor(afterCursor, "after");
        var before = DecodeCursor(beforeCursor, "before");
        if (after is not null && before is not null && before <= after)
        {
            throw new HubUserInputException("\"before\" must come after \"after\".");
        }

        return new PageRequest(last is null ? first ?? DefaultPageSize : null, after, last, before);
    }

    public static QueryArguments Arguments() => new(
        new QueryArgument<IntGraphType> { Name = "first", Description = $"Rows after \"after\" (at most {MaxPageSize}; {DefaultPageSize} when neither first nor last is given)." },
        new QueryArgument<StringGraphType> { Name = "after", Description = "Cursor of the row to start after." },
        new QueryArgument<IntGraphType> { Name = "last", Description = $"Rows before \"before\" (at most {MaxPageSize})." },
        new QueryArgument<StringGraphType> { Name = "before", Description = "Cursor of the row to end before." });

    // A cursor has the same opaque form as a global id, under a type name no node uses.
    private const string CursorTypeName = "cursor";

    public static string EncodeCursor(int offset) => GlobalId.Of(CursorTypeName, offset);

    private static int? DecodeCursor(string? cursor, string argument) =>
        cursor is null ? null
        : GlobalId.TryParse(cursor, out var id) && id.TypeName == CursorTypeName ? id.Id
        : throw new HubUserInputException($"\"{argument}\" is not a cursor this connection issued.");

    private static void CheckSize(string argument, int? size)
    {
        if (size < 0)
        {
            throw new HubUserInputException($"\"{argument}\" cannot be negative.");
        }

        if (size > MaxPageSize)
        {
            throw new HubUserInputException($"\"{argument}\" is {size}, above the maximum page size of {MaxPageSize}.", HubErrorCodes.PageSizeExceeded);
        }
    }
}
