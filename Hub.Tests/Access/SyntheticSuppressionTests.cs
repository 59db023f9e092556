using Hub.Tests.Infrastructure;

namespace Hub.Tests.Access;

/// <summary>
/// Suppression at scale, over the generated hundred-station hub: read as the public, every RESTRICTED indicator leaves
/// no cell below the thresholds and no total-minus-parts equation with a single hidden member, while the cells that
/// rest on enough stations and units are still published.
/// </summary>
public sealed class SyntheticSuppressionTests(SqliteSyntheticHub hub) : IClassFixture<SqliteSyntheticHub>
{
    [Theory]
    [InlineData("subsistence_households", "2024")]
    [InlineData("subsistence_people", "2024")]
    [InlineData("marginal_subsistence_households", "2024")]
    [InlineData("marginal_subsistence_people", "2024")]
    public async Task No_restricted_cell_below_the_thresholds_can_be_read_or_derived(string code, string period)
    {
        var audit = await SuppressionAudit.ReadAsync(hub.Client, code, period);
        Assert.Empty(audit.Leaks(minStations: 5, minUnits: 10));
        Assert.Contains(audit.Regions, r => r.Value is > 0);
        Assert.Contains(audit.Regions, r => r.Suppressed);
        Assert.All(audit.Stations.Where(s => s.ReportingStations > 0), s => Assert.True(s.Suppressed));

        // The admin's figures are whole: nothing hidden.
        var full = await SuppressionAudit.ReadAsync(hub.Admin, code, period);
        Assert.DoesNotContain(full.Regions.Concat(full.Stations), c => c.Suppressed);
    }

    [Theory]
    [InlineData("subsistence_people", "2024-06")]
    [InlineData("marginal_subsistence_households", "2024-Q3")]
    public async Task Months_and_quarters_of_restricted_indicators_are_hidden_from_the_public(string code, string period)
    {
        var audit = await SuppressionAudit.ReadAsync(hub.Client, code, period);
        Assert.Contains(audit.Regions, r => r.ReportingStations > 0);
        Assert.All(audit.Regions.Concat(audit.Stations).Where(c => c.ReportingStations > 0), c => Assert.True(c.Suppressed && c.Value is null));

        var full = await SuppressionAudit.ReadAsync(hub.Admin, code, period);
        Assert.DoesNotContain(full.Regions.Concat(full.Stations), c => c.Suppressed);
    }
}
