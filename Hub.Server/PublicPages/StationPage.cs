using System.Globalization;
using System.Text.Json.Nodes;

namespace Hub.Server.PublicPages;

/// <summary>
/// GET /stations/{id}: what the public may see of a station (a public register) with its public projects, and how to
/// get in touch when the station keeps its contact block PUBLIC; an INTERNAL block reads as null to the anonymous
/// caller, so the page cannot show it.
/// </summary>
internal sealed class StationPage(PublicApiReader api)
{
    private const string Document = """
        query PublicStationPage($id: ID!) {
          node(id: $id) {
            __typename
            ... on Station {
              id name code kind status opened address description staffCount certifiedStaffCount floorAreaM2 rooms
              region { name } district { name }
              operator { name } funder { name }
              contact { person phone email address }
              brands { name description }
              projects(first: 100) { totalCount nodes { id name status summary } }
            }
          }
        """ + PageLabels.Selection + "\n}";

    public static string PathOf(string id) => "/stations/" + Uri.EscapeDataString(id);

    public async Task HandleAsync(HttpContext context, string id)
    {
        if (await api.ReadNodeAsync(context, Document, id, "Station", "未找到该社工站", "没有这个社工站。请从公益项目列表中查找。") is not ({ } station, { } labels))
        {
            return;
        }

        var name = station["name"]!.GetValue<string>();
        var main = new HtmlWriter()
            .Open("p", ("class", "meta")).Link("/projects", "公益项目").Text(" › ").Text(name).Close("p")
            .Element("h1", name);
        var description = station["description"]?.GetValue<string>();
        if (description is not null)
        {
            main.Element("p", description, ("class", "lead"));
        }

        main.Open("dl", ("class", "facts"));
        ProjectPage.Fact(main, "站点编码", station["code"]?.GetValue<string>());
        ProjectPage.Fact(main, "类型", labels.Zh("StationKind", station["kind"]?.GetValue<string>()));
        ProjectPage.Fact(main, "状态", labels.Zh("StationStatus", station["status"]?.GetValue<string>()));
        ProjectPage.Fact(main, "所在地区", string.Join(" · ", new[] { station["district"]?["name"]?.GetValue<string>(), station["region"]?["name"]?.GetValue<string>() }.OfType<string>().Distinct()));
        ProjectPage.Fact(main, "地址", station["address"]?.GetValue<string>());
        ProjectPage.Fact(main, "建站时间", station["opened"]?.GetValue<string>());
        ProjectPage.Fact(main, "运营机构", station["operator"]?["name"]?.GetValue<string>());
        ProjectPage.Fact(main, "购买方", station["funder"]?["name"]?.GetValue<string>());
        ProjectPage.Fact(main, "工作人员", Count(station["staffCount"], "人"));
        ProjectPage.Fact(main, "持证社工", Count(station["certifiedStaffCount"], "人"));
        ProjectPage.Fact(main, "面积", station["floorAreaM2"]?.GetValue<decimal>() is { } area ? area.ToString("0.##", CultureInfo.InvariantCulture) + " 平方米" : null);
        ProjectPage.Fact(main, "功能室", station["rooms"]?.GetValue<string>());
        ProjectPage.Fact(main, "品牌", string.Join("、", (station["brands"]?.AsArray() ?? []).Select(b => b!["name"]!.GetValue<string>())));
        main.Close("dl");

        Contact(main, station);

        var projects = station["projects"]!;
        var nodes = projects["nodes"]!.AsArray().OfType<JsonNode>().ToList();
        main.Element("h2", $"公开项目（{projects["totalCount"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture)}）");
        if (nodes.Count == 0)
        {
            main.Element("p", "暂无公开项目。");
        }
        else
        {
            main.Open("ul");
            foreach (var project in nodes)
            {
                main.Open("li").Link(ProjectPage.PathOf(project["id"]!.GetValue<string>()), project["name"]!.GetValue<string>());
                if (labels.Zh("ProjectStatus", project["status"]?.GetValue<string>()) is { Length: > 0 } status)
                {
                    main.Text("（").Text(status).Text("）");
                }

                main.Close("li");
            }

            main.Close("ul");
        }

        var canonical = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{PathOf(station["id"]!.GetValue<string>())}";
        await PublicPageResponses.WriteAsync(context, StatusCodes.Status200OK, PublicPageLayout.Page(name, description ?? $"{name}：公开信息、项目与联系方式。", canonical, main));
    }

    /// <summary>The station's contact block as the API gave it to the anonymous caller: present only when PUBLIC.</summary>
    public static void Contact(HtmlWriter html, JsonNode station)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(station);
        html.Open("section", ("aria-labelledby", "contact")).Element("h2", "联系方式", ("id", "contact"));
        if (station["contact"] is not { } contact)
        {
            html.Element("p", "该社工站未公开联系方式。").Close("section");
            return;
        }

        html.Open("dl", ("class", "facts"));
        ProjectPage.Fact(html, "联系人", contact["person"]?.GetValue<string>());
        if (contact["phone"]?.GetValue<string>() is { } phone)
        {
            var dial = new string(phone.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
            html.Element("dt", "电话").Open("dd").Link("tel:" + dial, phone).Close("dd");
        }

        if (contact["email"]?.GetValue<string>() is { } email)
        {
            html.Element("dt", "邮箱").Open("dd").Link("mailto:" + email, email).Close("dd");
        }

        ProjectPage.Fact(html, "联系地址", contact["address"]?.GetValue<string>());
        html.Close("dl").Close("section");
    }

    private static string? Count(JsonNode? value, string unit) =>
        value?.GetValue<int>() is { } count ? count.ToString(CultureInfo.InvariantCulture) + " " + unit : null;
}
