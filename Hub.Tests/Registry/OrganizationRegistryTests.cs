using System.Text.Json.Nodes;
using Hub.Data.Organizations;
using Hub.Schema.Access;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Registry;

/// <summary>
/// <c>createOrganization</c> and <c>updateOrganization</c> over the real endpoint, ADMIN only: a credit code is
/// checked and unique, a patch leaves alone what it does not name, bad input stores nothing. On both databases.
/// </summary>
public abstract class OrganizationRegistryTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Selection = "organization { id name kind creditCode founded legalForm description region { code } } errors { field code message }";
    private const string Create = "mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { " + Selection + " } }";
    private const string Update = "mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { " + Selection + " } }";

    [Fact]
    public async Task An_organisation_is_created_read_back_and_patched()
    {
        var code = CreditCode("5137010200000001");
        var region = (await hub.Client.QueryAsync("{ region(code: \"370102000000\") { id } }"))["region"]!["id"]!.GetValue<string>();
        var created = (await hub.Admin.QueryAsync(Create, new
        {
            input = new { name = "历下区测试社会工作服务中心", kind = "SOCIAL_WORK_SERVICE_CENTRE", creditCode = code.ToLowerInvariant(), founded = "2016-05", legalForm = "民办非企业单位", regionId = region },
        }))["createOrganization"]!;
        Assert.Empty((JsonArray)created["errors"]!);
        var organization = created["organization"]!;
        Assert.Equal(code, organization["creditCode"]!.GetValue<string>());
        Assert.Equal("370102000000", organization["region"]!["code"]!.GetValue<string>());

        var id = organization["id"]!.GetValue<string>();
        var patched = (await hub.Admin.QueryAsync(Update, new { input = new { id, description = "承接街道社工站", legalForm = (string?)null } }))["updateOrganization"]!;
        Assert.Empty((JsonArray)patched["errors"]!);
        Assert.Equal("承接街道社工站", patched["organization"]!["description"]!.GetValue<string>());
        Assert.Null(patched["organization"]!["legalForm"]);
        Assert.Equal("2016-05", patched["organization"]!["founded"]!.GetValue<string>());

        var noName = (await hub.Admin.QueryAsync(Update, new { input = new { id, name = (string?)null } }))["updateOrganization"]!;
        Assert.Null(noName["organization"]);
        Assert.Equal(["name"], ((JsonArray)noName["errors"]!).Select(e => e!["field"]!.GetValue<string>()));

        var read = await hub.Admin.QueryAsync("query($id: ID!) { node(id: $id) { ... on Organization { name creditCode description } } }", new { id });
        Assert.Equal("历下区测试社会工作服务中心", read["node"]!["name"]!.GetValue<string>());
        Assert.Equal("承接街道社工站", read["node"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_and_duplicate_credit_codes_are_field_errors_and_store_nothing()
    {
        var code = CreditCode("5237010200000002");
        var first = (await hub.Admin.QueryAsync(Create, new { input = new { name = "第一家机构", kind = "OTHER", creditCode = code } }))["createOrganization"]!;
        Assert.Empty((JsonArray)first["errors"]!);

        var refused = (await hub.Admin.QueryAsync(Create, new { input = new { name = "", kind = "OTHER", creditCode = code[..17] + (code[17] == '1' ? '2' : '1'), founded = "去年" } }))["createOrganization"]!;
        Assert.Null(refused["organization"]);
        var fields = ((JsonArray)refused["errors"]!).Select(e => e!["field"]!.GetValue<string>()).ToHashSet();
        Assert.Equal(["creditCode", "founded", "name"], fields.Order());

        var duplicate = (await hub.Admin.QueryAsync(Create, new { input = new { name = "第二家机构", kind = "OTHER", creditCode = code } }))["createOrganization"]!;
        Assert.Equal("DUPLICATE", duplicate["errors"]![0]!["code"]!.GetValue<string>());

        var stored = await hub.Admin.QueryAsync("query($id: ID!) { node(id: $id) { ... on Organization { name } } }", new { id = first["organization"]!["id"]!.GetValue<string>() });
        Assert.Equal("第一家机构", stored["node"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(HubRole.Public, "UNAUTHENTICATED")]
    [InlineData(HubRole.Partner, "FORBIDDEN")]
    [InlineData(HubRole.Analyst, "FORBIDDEN")]
    [InlineData(HubRole.StationStaff, "FORBIDDEN")]
    public async Task Only_an_admin_registers_organisations(HubRole role, string code)
    {
        var caller = role switch
        {
            HubRole.Public => hub.Client,
            HubRole.StationStaff => hub.ClientAs(role, stationId: 1),
            HubRole.Analyst => hub.ClientAs(role, regionCode: "370102000000"),
            _ => hub.ClientAs(role),
        };
        var created = (await hub.Admin.QueryAsync(Create, new { input = new { name = "管理员机构" + role, kind = "OTHER" } }))["createOrganization"]!;
        var id = created["organization"]!["id"]!.GetValue<string>();

        var create = await caller.PostAsync(Create, new { input = new { name = "越权机构" + role, kind = "OTHER" } });
        var update = await caller.PostAsync(Update, new { input = new { id, description = "越权" } });
        Assert.Equal(code, create.FirstErrorCode);
        Assert.Equal(code, update.FirstErrorCode);
        var read = await hub.Admin.QueryAsync("query($id: ID!) { node(id: $id) { ... on Organization { description } } }", new { id });
        Assert.Null(read["node"]!["description"]);
    }

    /// <summary>A well-formed credit code: "91" or another registration prefix and 15 more characters, then the check character.</summary>
    private static string CreditCode(string first16) => first16 + "X" is var first17 ? first17 + UnifiedSocialCreditCode.CheckCharacter(first17) : "";
}

public sealed class OrganizationRegistryOnSqlite(SqliteDemoHub hub) : OrganizationRegistryTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class OrganizationRegistryOnMariaDb(MariaDbDemoHub hub) : OrganizationRegistryTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;
