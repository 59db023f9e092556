using GraphQL.Types;
using GraphQLParser.AST;

namespace Hub.Schema.Scalars;

/// <summary>
/// The <c>Upload</c> scalar of the GraphQL multipart request spec: an input-only value that is never text in the
/// document or the variables, but a file part of a multipart/form-data request that the HTTP layer puts where the
/// request's <c>map</c> says. Any mutation takes a file by declaring a field of this type; its value is an
/// <see cref="UploadedFile"/>.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    public const string Spec = "https://github.com/jaydenseric/graphql-multipart-request-spec";

    public UploadGraphType()
    {
        Name = "Upload";
        Description = "A file, sent as a part of a multipart/form-data request (the GraphQL multipart request spec); input only.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        _ => throw new FormatException(NotAFile),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        UploadedFile file => file,
        _ => throw new FormatException(NotAFile),
    };

    public override object? Serialize(object? value) =>
        throw new InvalidOperationException("Upload is an input type; no field returns it.");

    private const string NotAFile =
        "An Upload is a file part of a multipart/form-data request (" + Spec + "), with null in the variables where the request's 'map' puts it; it cannot be written in the document or the JSON variables.";
}
