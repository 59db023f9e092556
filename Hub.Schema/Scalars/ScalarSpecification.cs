namespace Hub.Schema.Scalars;

/// <summary>
/// What a custom scalar's <c>specifiedByURL</c> points at: a published specification, or the hub's own page for a
/// scalar only the hub defines (served at <see cref="PagePath"/>, so that a client finds its rules without the docs).
/// </summary>
/// <param name="Scalar">The scalar's name in the schema.</param>
/// <param name="Url">An absolute URL, or null when the hub serves the specification itself.</param>
/// <param name="Text">The page the hub serves (Markdown), for scalars it specifies itself.</param>
public sealed record ScalarSpecification(string Scalar, string? Url, string? Text)
{
    public const string PagePrefix = "/scalars/";

    public string PagePath => PagePrefix + Scalar;

    public static IReadOnlyList<ScalarSpecification> All { get; } =
    [
        new("DateTime", "https://scalars.graphql.org/andimarek/date-time", null),
        new("DateOnly", "https://www.rfc-editor.org/rfc/rfc3339#section-5.6", null),
        new("Upload", UploadGraphType.Spec, null),
        new("Decimal", null, """
            # Decimal

            An exact decimal number (.NET `decimal`), written as a JSON number (`1495.71`) in results, variables and
            literals. Figures are stored exactly as reported, with at most four decimal places, and are never rounded
            through binary floating point inside the hub; a client that needs exact arithmetic should read the
            number's text rather than a double.
            """),
        new("Period", null, """
            # Period

            A reporting period on the Asia/Shanghai calendar, as a string:

            - a year: `"2024"`;
            - a quarter: `"2024-Q4"` (Q1 = January–March);
            - a month: `"2024-11"` (two digits).

            Years run from 1949 to 2200. Anything else is refused with `BAD_USER_INPUT` and a message naming the
            three forms. A year's value of a FLOW indicator is the sum of its months; of a STOCK indicator, each
            station's last reported month.
            """),
    ];

    public static ScalarSpecification? Of(string scalar) => All.FirstOrDefault(s => s.Scalar == scalar);
}
