using System.ComponentModel.DataAnnotations;
using Hub.Data;

namespace Hub.Schema.Limits;

/// <summary>
/// Bound from "Hub:Limits". Every GraphQL request is measured against these before anything runs; a request over
/// a limit is refused with its own <c>extensions.code</c> (see <see cref="Errors.HubErrorCodes"/>). The defaults
/// let the largest dashboard query of the README through with room to spare and stop hostile documents cheaply.
/// </summary>
public sealed class HubLimitsOptions
{
    public const string Section = "Hub:Limits";

    /// <summary>
    /// Deepest field nesting of the selected operation, fragments expanded (QUERY_TOO_DEEP). Counted as GraphQL.NET's
    /// complexity analyzer counts it: <c>{ stations { nodes { region { name } } } }</c> is 4 deep. 15 because the
    /// schema introspection query GraphiQL and code generators send is 15 deep (nine levels of <c>ofType</c>).
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Cost budget of the selected operation (QUERY_TOO_COMPLEX): every field costs 1, times the number of rows its
    /// parents may return. Lists below a connection count <c>first</c>/<c>last</c> rows (20 when neither is given),
    /// other lists 5. The station listing with all its relations for 100 stations costs 18,503
    /// (Hub.Tests/Demo/DemoDataQueryTests, the statement-count query).
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxComplexity { get; set; } = 30_000;

    /// <summary>
    /// Fields in the whole document with every fragment spread expanded (QUERY_TOO_COMPLEX). Checked before any other
    /// validation: GraphQL.NET's validation compares fields pairwise and expands fragments without memory, so an
    /// unbounded document (a field repeated 30,000 times, fragments spreading fragments ten times over) would cost
    /// seconds to hours before the cost budget could refuse it.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxFields { get; set; } = 1_000;

    /// <summary>
    /// Deepest nesting of the document, counting fields, inline fragments and fragment spreads with fragments
    /// expanded (QUERY_TOO_DEEP); also the parser's recursion limit for the text itself. Keeps a chain of thousands
    /// of fragments, each spreading the next, from overflowing the stack of GraphQL.NET's recursive validation.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxNesting { get; set; } = 64;

    /// <summary>Aliases in the document (TOO_MANY_ALIASES): an alias flood asks for the same costly field many times over.</summary>
    [Range(0, int.MaxValue)]
    public int MaxAliases { get; set; } = 50;

    /// <summary>Directives used in the document (TOO_MANY_DIRECTIVES).</summary>
    [Range(0, int.MaxValue)]
    public int MaxDirectives { get; set; } = 50;

    /// <summary>
    /// Operations defined in one document (TOO_MANY_OPERATIONS). Only one runs, but all of them are validated.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxOperationsPerDocument { get; set; } = 20;

    /// <summary>Request objects in one batched POST, a JSON array of requests (BATCH_TOO_LARGE).</summary>
    [Range(1, int.MaxValue)]
    public int MaxOperationsPerBatch { get; set; } = 10;

    /// <summary>Items in any list, in the document or in the variables (LIST_TOO_LONG).</summary>
    [Range(0, int.MaxValue)]
    public int MaxListItems { get; set; } = 1_000;

    /// <summary>Characters in any string, in the document or in the variables (STRING_TOO_LONG).</summary>
    [Range(0, int.MaxValue)]
    public int MaxStringLength { get; set; } = 10_000;

    /// <summary>
    /// Longest time one HTTP request (a whole batch included) may take (REQUEST_TIMEOUT, HTTP 408). Cancels the
    /// database command that is running when it expires.
    /// </summary>
    [Range(typeof(TimeSpan), HubOptionsValidation.NoTime, HubOptionsValidation.LongestTime, MinimumIsExclusive = true)]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
