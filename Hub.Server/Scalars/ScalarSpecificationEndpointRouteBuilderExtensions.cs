using Hub.Schema.Scalars;

namespace Hub.Server.Scalars;

public static class ScalarSpecificationEndpointRouteBuilderExtensions
{
    /// <summary>
    /// The pages that <c>__Type.specifiedByURL</c> names for the scalars only the hub defines (<c>/scalars/Period</c>,
    /// <c>/scalars/Decimal</c>), as Markdown; open to everyone, like the schema they document.
    /// </summary>
    public static IEndpointRouteBuilder MapHubScalarSpecifications(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(ScalarSpecification.PagePrefix + "{scalar}", (string scalar) =>
            ScalarSpecification.Of(scalar) is { Text: { } text }
                ? Results.Text(text, "text/markdown; charset=utf-8")
                : Results.NotFound());
        return endpoints;
    }
}
