using System.Globalization;
using System.Text.Json.Nodes;

namespace Hub.Server.PublicPages;

/// <summary>
/// GET /projects/{id}: one project as the anonymous <c>node(id:)</c> answers it, with its station's contact block
/// when the station keeps it PUBLIC. An internal project, an id of something else and an id that names nothing are
/// the same 404, as they are to the API.
/// </summary>
internal sealed class ProjectPage(PublicApiReader api)
{
    private const string Document = """
        query PublicProjectPage($id: ID!) {
          node(id: $id) {
            __typename
            ... on Project {
              id name kind summary status startsOn endsOn funding targetGroups serviceAreas supportSought
              brand { name }
              communities { name }
              components { name description }
              station { id name address district { name } contact { person phone email address } }
            }
          }
        """ + PageLabels.Selection + "\n}";

    public static string PathOf(string id) => "/projects/" + Uri.EscapeDataString(id);

    public async Task HandleAsync(HttpContext context, string id)
    {
        if (await api.ReadNodeAsync(context, Document, id, "Project", "未找到该项目", "该项目不存在或未公开。请从公益项目列表中查找。") is not ({ } project, { } labels))
        {
            return;
        }

        var name = project["name"]!.GetValue<string>();
        var station = project["station"]!;
        var main = new HtmlWriter()
            .Open("p", ("class", "meta")).Link("/projects", "公益项目").Text(" › ").Text(name).Close("p")
            .Element("h1", name);
        if (project["summary"]?.GetValue<string>() is { } summary)
        {
            main.Element("p", summary, ("class", "lead"));
        }

        main.Open("dl", ("class", "facts"));
        Fact(main, "类型", labels.Zh("ProjectKind", project["kind"]?.GetValue<string>()));
        Fact(main, "状态", labels.Zh("ProjectStatus", project["status"]?.GetValue<string>()));
        main.Element("dt", "社工站").Open("dd").Link(StationPage.PathOf(station["id"]!.GetValue<string>()), station["name"]!.GetValue<string>()).Close("dd");
        Fact(main, "所在区县", station["district"]?["name"]?.GetValue<string>());
        Fact(main, "品牌", project["brand"]?["name"]?.GetValue<string>());
        Fact(main, "服务对象", Joined(project["targetGroups"], "TargetGroup", labels));
        Fact(main, "服务领域", Joined(project["serviceAreas"], "ServiceArea", labels));
        Fact(main, "所需支持", Joined(project["supportSought"], "ContributionKind", labels));
        Fact(main, "服务社区", string.Join("、", (project["communities"]?.AsArray() ?? []).Select(c => c!["name"]!.GetValue<string>())));
        Fact(main, "时间", Period(project["startsOn"]?.GetValue<string>(), project["endsOn"]?.GetValue<string>()));
        Fact(main, "资金", project["funding"]?.GetValue<decimal>() is { } funding ? funding.ToString("#,0.##", CultureInfo.InvariantCulture) + " 元" : null);
        main.Close("dl");

        var components = (project["components"]?.AsArray() ?? []).OfType<JsonNode>().ToList();
        if (components.Count > 0)
        {
            main.Element("h2", "项目内容").Open("ul");
            foreach (var component in components)
            {
                main.Open("li").Text(component["name"]!.GetValue<string>());
                if (component["description"]?.GetValue<string>() is { } about)
                {
                    main.Text("：").Text(about);
                }

                main.Close("li");
            }

            main.Close("ul");
        }

        StationPage.Contact(main, station);
        var canonical = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{PathOf(project["id"]!.GetValue<string>())}";
        var description = project["summary"]?.GetValue<string>() ?? $"{station["name"]!.GetValue<string>()}的公开项目{name}。";
        await PublicPageResponses.WriteAsync(context, StatusCodes.Status200OK, PublicPageLayout.Page(name, description, canonical, main));
    }

    /// <summary>A list of enum values as a line of labels ("服务对象：老年人、儿童"); nothing when the list is empty.</summary>
    public static void Labelled(HtmlWriter html, string label, JsonNode? values, string enumName, PageLabels labels)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (Joined(values, enumName, labels) is { } text)
        {
            html.Open("p").Element("span", label + "：", ("class", "meta")).Text(text).Close("p");
        }
    }

    public static void Fact(HtmlWriter html, string term, string? value)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!string.IsNullOrEmpty(value))
        {
            html.Element("dt", term).Element("dd", value);
        }
    }

    private static string? Joined(JsonNode? values, string enumName, PageLabels labels)
    {
        var list = (values?.AsArray() ?? []).Select(v => labels.Zh(enumName, v!.GetValue<string>())).ToList();
        return list.Count == 0 ? null : string.Join("、", list);
    }

    private static string? Period(string? startsOn, string? endsOn) =>
        (startsOn, endsOn) switch
        {
            (null, null) => null,
            (_, null) => $"{startsOn} 起",
            (null, _) => $"至 {endsOn}",
            _ => $"{startsOn} 至 {endsOn}",
        };
}
