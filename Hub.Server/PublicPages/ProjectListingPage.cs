using System.Globalization;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Hub.Schema.Relay;

namespace Hub.Server.PublicPages;

/// <summary>
/// GET /projects: the anonymous <c>publicProjects</c> listing as a page, filtered by region, target group, service area
/// and support sought from the query string, twenty to a page. One GraphQL request brings the page of projects, the
/// region choices and the labels.
/// </summary>
internal sealed class ProjectListingPage(PublicApiReader api, ISchema schema)
{
    private const string Document = """
        query PublicProjectListing($where: PublicProjectFilterInput, $first: Int!, $after: String, $region: String!, $withRegion: Boolean!) {
          publicProjects(where: $where, first: $first, after: $after) {
            totalCount
            nodes { id name summary stationId stationName brandName districtName targetGroups serviceAreas supportSought startsOn endsOn status }
          }
          region(code: $region) @include(if: $withRegion) {
            code name level children { code name level }
            parent { code name level children { code name level } parent { code name level } }
          }
          provinces: regions(where: { level: { eq: PROVINCE } }, first: 100) @skip(if: $withRegion) { nodes { code name level children { code name level } } }
        """ + PageLabels.Selection + "\n}";

    // Projects are placed by their station's district: below it a region narrows nothing, so it is not offered.
    private static readonly HashSet<string> ListedLevels = ["PROVINCE", "CITY", "DISTRICT"];

    public async Task HandleAsync(HttpContext context)
    {
        var (filter, faults) = ProjectListingFilter.Parse(context.Request.Query, EnumValues);
        var shown = filter ?? new ProjectListingFilter(null, [], [], [], 1);
        var answer = await api.ReadAsync(context, Document, new Dictionary<string, object?>
        {
            // A refused filter still needs the form's choices and labels, but no projects.
            ["where"] = shown.Where(),
            ["first"] = filter is null ? 0 : ProjectListingFilter.PageSize,
            ["after"] = shown.Page > 1 ? PageRequest.EncodeCursor(((shown.Page - 1) * ProjectListingFilter.PageSize) - 1) : null,
            ["region"] = shown.Region ?? "",
            ["withRegion"] = shown.Region is not null,
        });
        if (answer.Unavailable || answer.Data is not { } data)
        {
            await PublicPageResponses.WriteUnavailableAsync(context);
            return;
        }

        var region = data["region"];
        var faultList = faults.ToList();
        if (filter?.Region is { } code)
        {
            if (region is null)
            {
                faultList.Add($"没有代码为 {code} 的地区。");
            }
            else if (!ListedLevels.Contains(region["level"]!.GetValue<string>()))
            {
                faultList.Add($"{region["name"]!.GetValue<string>()}是街道或社区，项目按所在区县归属：请选择区县、市或省。");
            }
        }

        var labels = new PageLabels(data["enumLabels"]);
        var listing = data["publicProjects"]!;
        var total = listing["totalCount"]!.GetValue<int>();
        var pages = Math.Max(1, (total + ProjectListingFilter.PageSize - 1) / ProjectListingFilter.PageSize);
        var status = faultList.Count > 0 ? StatusCodes.Status400BadRequest
            : shown.Page > pages ? StatusCodes.Status404NotFound
            : StatusCodes.Status200OK;
        if (status == StatusCodes.Status404NotFound)
        {
            faultList.Add($"没有第 {shown.Page} 页：符合条件的项目共 {pages} 页。");
        }

        var title = Title(shown, region, labels);
        var main = new HtmlWriter()
            .Element("h1", title)
            .Element("p", "各地社工站正在开展、欢迎社会力量支持的公开项目。按地区、服务对象、服务领域或所需支持筛选，每个筛选结果都是可以分享的链接。", ("class", "lead"));
        Form(main, shown, data, labels);
        if (faultList.Count > 0)
        {
            main.Open("div", ("class", "notice"), ("role", "alert"));
            foreach (var fault in faultList)
            {
                main.Element("p", fault);
            }

            main.Close("div");
        }
        else
        {
            Listing(main, listing["nodes"]!.AsArray(), total, labels);
            Pager(main, shown, pages);
        }

        var canonical = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/projects{shown.Query()}";
        var description = total == 0 ? "社工站公开项目列表。" : $"社工站公开项目列表，共 {total} 个项目。";
        await PublicPageResponses.WriteAsync(context, status, PublicPageLayout.Page(title, description, canonical, main));
    }

    private IReadOnlyCollection<string> EnumValues(string enumName) =>
        schema.AllTypes[enumName] is EnumerationGraphType type ? type.Values.Select(v => v.Name).ToHashSet(StringComparer.Ordinal) : [];

    private static string Title(ProjectListingFilter filter, JsonNode? region, PageLabels labels)
    {
        var parts = new List<string>();
        if (region?["name"]?.GetValue<string>() is { } name)
        {
            parts.Add(name);
        }

        foreach (var (parameter, enumName, _) in ProjectListingFilter.Choices)
        {
            parts.AddRange(filter.ValuesOf(parameter).Select(v => labels.Zh(enumName, v)));
        }

        parts.Add("公益项目");
        if (filter.Page > 1)
        {
            parts.Add($"第 {filter.Page.ToString(CultureInfo.InvariantCulture)} 页");
        }

        return string.Join(" · ", parts);
    }

    private static void Form(HtmlWriter html, ProjectListingFilter filter, JsonObject data, PageLabels labels)
    {
        html.Open("form", ("class", "filters"), ("method", "get"), ("action", "/projects"), ("role", "search"), ("aria-label", "筛选项目"));
        html.Open("label").Text("地区").Open("select", ("name", "region")).Element("option", "全部地区", ("value", ""));
        foreach (var (code, name, depth) in RegionChoices(data))
        {
            html.Open("option", ("value", code), ("selected", code == filter.Region ? "selected" : null))
                .Text(new string('\u3000', depth) + name).Close("option");
        }

        html.Close("select").Close("label");
        foreach (var (parameter, enumName, label) in ProjectListingFilter.Choices)
        {
            var chosen = filter.ValuesOf(parameter);
            html.Open("label").Text(label).Open("select", ("name", parameter)).Element("option", "不限", ("value", ""));
            foreach (var value in labels.ValuesOf(enumName))
            {
                html.Open("option", ("value", value), ("selected", chosen.Contains(value) ? "selected" : null))
                    .Text(labels.Zh(enumName, value)).Close("option");
            }

            html.Close("select").Close("label");
        }

        html.Open("div", ("class", "actions")).Element("button", "筛选", ("type", "submit")).Link("/projects", "清除筛选").Close("div");
        html.Close("form");
    }

    /// <summary>
    /// The regions to choose from, as a tree cut to what matters: without a region the provinces and their cities;
    /// with one, its ancestors, its siblings and its own children down to districts. Choosing and pressing 筛选 moves
    /// down a level, so no script and no list of every district in the country is needed.
    /// </summary>
    private static List<(string Code, string Name, int Depth)> RegionChoices(JsonObject data)
    {
        var choices = new List<(string, string, int)>();
        void Add(JsonNode region, int depth) => choices.Add((region["code"]!.GetValue<string>(), region["name"]!.GetValue<string>(), depth));
        IEnumerable<JsonNode> Listed(JsonNode? regions) =>
            (regions?.AsArray() ?? []).OfType<JsonNode>().Where(r => ListedLevels.Contains(r["level"]!.GetValue<string>()));

        if (data["region"] is not { } region)
        {
            foreach (var province in data["provinces"]?["nodes"]?.AsArray().OfType<JsonNode>() ?? [])
            {
                Add(province, 0);
                foreach (var city in Listed(province["children"]))
                {
                    Add(city, 1);
                }
            }

            return choices;
        }

        var parent = region["parent"];
        var depth = 0;
        if (parent?["parent"] is { } grandparent)
        {
            Add(grandparent, depth++);
        }

        var code = region["code"]!.GetValue<string>();
        List<JsonNode> siblings = parent is null ? [region] : [.. Listed(parent["children"])];
        if (parent is not null)
        {
            Add(parent, depth++);
        }

        foreach (var sibling in siblings)
        {
            Add(sibling, depth);
            if (sibling["code"]!.GetValue<string>() == code)
            {
                foreach (var child in Listed(region["children"]))
                {
                    Add(child, depth + 1);
                }
            }
        }

        return choices;
    }

    private static void Listing(HtmlWriter html, JsonArray projects, int total, PageLabels labels)
    {
        html.Element("p", total == 0 ? "没有符合条件的项目。" : $"共 {total.ToString(CultureInfo.InvariantCulture)} 个项目", ("class", "count"), ("role", "status"));
        if (projects.Count == 0)
        {
            return;
        }

        html.Open("ol", ("class", "cards"));
        foreach (var project in projects.OfType<JsonNode>())
        {
            html.Open("li", ("class", "card")).Open("article");
            html.Open("h2").Link(ProjectPage.PathOf(project["id"]!.GetValue<string>()), project["name"]!.GetValue<string>()).Close("h2");
            html.Open("p", ("class", "meta")).Link(StationPage.PathOf(project["stationId"]!.GetValue<string>()), project["stationName"]!.GetValue<string>());
            foreach (var part in new[] { project["districtName"]?.GetValue<string>(), project["brandName"]?.GetValue<string>() is { } brand ? $"品牌：{brand}" : null, labels.Zh("ProjectStatus", project["status"]?.GetValue<string>()) })
            {
                if (!string.IsNullOrEmpty(part))
                {
                    html.Text(" · ").Text(part);
                }
            }

            html.Close("p");
            if (project["summary"]?.GetValue<string>() is { } summary)
            {
                html.Element("p", summary);
            }

            ProjectPage.Labelled(html, "服务对象", project["targetGroups"], "TargetGroup", labels);
            ProjectPage.Labelled(html, "服务领域", project["serviceAreas"], "ServiceArea", labels);
            ProjectPage.Labelled(html, "所需支持", project["supportSought"], "ContributionKind", labels);
            html.Close("article").Close("li");
        }

        html.Close("ol");
    }

    private static void Pager(HtmlWriter html, ProjectListingFilter filter, int pages)
    {
        if (pages <= 1)
        {
            return;
        }

        html.Open("nav", ("class", "pages"), ("aria-label", "分页"));
        if (filter.Page > 1)
        {
            html.Link("/projects" + filter.Query(filter.Page - 1), "上一页", ("rel", "prev"));
        }

        html.Element("span", $"第 {filter.Page.ToString(CultureInfo.InvariantCulture)} / {pages.ToString(CultureInfo.InvariantCulture)} 页", ("aria-current", "page"));
        if (filter.Page < pages)
        {
            html.Link("/projects" + filter.Query(filter.Page + 1), "下一页", ("rel", "next"));
        }

        html.Close("nav");
    }
}
