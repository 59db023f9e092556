using System.Text;

namespace Hub.Tests.Transport;

/// <summary>
/// JSON request bodies that are not UTF-8, or whose strings are not Unicode, each with why: every transport that
/// reads a JSON body must refuse them as a bad request, never fail on them.
/// </summary>
public static class BadBytes
{
    /// <summary>The same document in every body, valid on any schema, so that nothing but the bytes is wrong.</summary>
    private const string Query = "{ __typename }";

    public static TheoryData<string, byte[]> Bodies() => new()
    {
        { "a byte that never starts a UTF-8 sequence", Raw($$$"""{"query":"{{{Query}}}""", [0xFF], "\"}") },
        { "an overlong encoding of '/'", Raw($$$"""{"query":"{{{Query}}}""", [0xC0, 0xAF], "\"}") },
        { "a surrogate encoded as in CESU-8", Raw($$$"""{"query":"{{{Query}}}""", [0xED, 0xA0, 0x80], "\"}") },
        { "a sequence cut short", Raw($$$"""{"query":"{{{Query}}}""", [0xE4, 0xB8], "\"}") },
        { "a lone surrogate escape in the query", Text($$$"""{"query":"{{{Query}}}\ud800"}""") },
        { "a lone surrogate escape in a variable", Text($$$"""{"query":"{{{Query}}}","variables":{"v":"\udc00"}}""") },
        { "a lone surrogate escape in a variable's name", Text($$$"""{"query":"{{{Query}}}","variables":{"\ud800":1}}""") },
        { "a lone surrogate escape in the operation name", Text($$$"""{"query":"{{{Query}}}","operationName":"\ud800"}""") },
        { "a lone surrogate escape in an extension", Text($$$"""{"query":"{{{Query}}}","extensions":{"x":["\ud800"]}}""") },
    };

    private static byte[] Text(string json) => Encoding.UTF8.GetBytes(json);

    private static byte[] Raw(string before, byte[] bytes, string after) => [.. Text(before), .. bytes, .. Text(after)];
}
