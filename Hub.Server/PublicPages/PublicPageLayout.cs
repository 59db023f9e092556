using System.Security.Cryptography;
using System.Text;

namespace Hub.Server.PublicPages;

/// <summary>
/// The frame every public page shares: a Chinese document that needs no script, one inline style sheet (allowed by
/// its hash in the Content-Security-Policy, so nothing else can run or load), readable from a phone to a desktop.
/// </summary>
internal static class PublicPageLayout
{
    public const string SiteName = "社工站公益项目";

    private const string Style = """
        :root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --accent: #0b5cad; --tag: #eef4fb; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: var(--ink); background: #f7f9fb; }
        a { color: var(--accent); }
        a:focus-visible, button:focus-visible, select:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
        .site { background: #fff; border-bottom: 1px solid var(--line); }
        .site a { display: inline-block; padding: .75rem 1rem; font-weight: 600; text-decoration: none; }
        main { max-width: 64rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; line-height: 1.3; margin: .5rem 0; }
        h2 { font-size: 1.15rem; line-height: 1.4; margin: 0 0 .25rem; }
        .lead, .meta, .count, footer { color: var(--muted); }
        .filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .75rem; align-items: end; background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; margin: 1rem 0; }
        .filters label { display: flex; flex-direction: column; gap: .25rem; font-weight: 600; font-size: .95rem; }
        .filters select { font: inherit; padding: .45rem; border: 1px solid #9aa5b1; border-radius: .35rem; background: #fff; min-height: 2.75rem; }
        .filters .actions { display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; }
        button { font: inherit; font-weight: 600; color: #fff; background: var(--accent); border: 0; border-radius: .35rem; padding: .55rem 1.25rem; min-height: 2.75rem; cursor: pointer; }
        .notice { background: #fff4e5; border: 1px solid #f0b429; border-radius: .5rem; padding: .75rem 1rem; }
        ol.cards { list-style: none; padding: 0; margin: 0; display: grid; gap: .75rem; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; }
        .card p { margin: .25rem 0; }
        .tags { display: flex; flex-wrap: wrap; gap: .35rem; list-style: none; padding: 0; margin: .35rem 0; }
        .tags li { background: var(--tag); border-radius: 1rem; padding: 0 .6rem; font-size: .9rem; }
        dl.facts { display: grid; grid-template-columns: minmax(6rem, max-content) 1fr; gap: .35rem 1rem; background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        .pages { display: flex; gap: 1rem; align-items: center; justify-content: center; margin: 1.25rem 0; flex-wrap: wrap; }
        .pages a { padding: .5rem .75rem; }
        footer { max-width: 64rem; margin: 0 auto; padding: 1rem; font-size: .9rem; }
        @media (max-width: 30rem) { h1 { font-size: 1.35rem; } dl.facts { grid-template-columns: 1fr; } dl.facts dd { margin-bottom: .5rem; } }
        """;

    private static readonly string StyleHash = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)));

    /// <summary>Scripts, frames and plug-ins: none. Styles: this page's own sheet only. Forms: back to this server.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src '{StyleHash}'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors *";

    /// <summary>The whole document around <paramref name="main"/>.</summary>
    public static string Page(string title, string description, string canonical, HtmlWriter main)
    {
        ArgumentNullException.ThrowIfNull(main);
        var page = new HtmlWriter()
            .Raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // No icon of its own: an empty one spares every visitor a request for /favicon.ico that would be a 404.
            .Raw("<link rel=\"icon\" href=\"data:,\">\n")
            .Open("title").Text(title == SiteName ? SiteName : $"{title} · {SiteName}").Close("title").Raw("\n")
            .Open("meta", ("name", "description"), ("content", description)).Raw("\n")
            .Open("link", ("rel", "canonical"), ("href", canonical)).Raw("\n")
            .Raw("<style>").Raw(Style).Raw("</style>\n</head>\n<body>\n")
            .Raw("<header class=\"site\"><a href=\"/projects\">").Text(SiteName).Raw("</a></header>\n")
            .Raw("<main id=\"main\">\n").Raw(main.ToString()).Raw("\n</main>\n")
            .Raw("<footer>本页数据来自平台的公开接口（GraphQL <code>publicProjects</code>），与匿名访问所见一致。</footer>\n")
            .Raw("</body>\n</html>\n");
        return page.ToString();
    }
}
