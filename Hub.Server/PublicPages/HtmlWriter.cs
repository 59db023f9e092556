using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Hub.Server.PublicPages;

/// <summary>
/// Builds a page's HTML where every piece of data goes through one encoder: <see cref="Text"/> and the attribute
/// values of <see cref="Open"/> are escaped (&lt; &gt; &amp; and both quotes), so a name holding markup shows as text.
/// Chinese is written as itself, not as character references, so the page stays small and readable.
/// </summary>
internal sealed class HtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();

    /// <summary>Markup the page itself wrote (tags, entities); never data.</summary>
    public HtmlWriter Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        if (text is not null)
        {
            _html.Append(Encoder.Encode(text));
        }

        return this;
    }

    /// <summary>An opening tag whose attributes (null values left out) are escaped.</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _html.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
            }
        }

        _html.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public HtmlWriter Link(string href, string text, params (string Name, string? Value)[] attributes) =>
        Open("a", [("href", href), .. attributes]).Text(text).Close("a");

    public override string ToString() => _html.ToString();
}
