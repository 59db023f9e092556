using Hub.Data.Access;
using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.CommunityFunds;

/// <summary>Registers community funds: ADMIN any station's, station staff their own station's.</summary>
public sealed class CommunityFundRegistry(HubDbContext db, StationWriteScope scope)
{
    public const int MaxNameLength = 200;

    public async Task<WriteResult<CommunityFund>> CreateAsync(CreateCommunityFundInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        scope.EnsureMayWrite([input.StationId]);
        var errors = new InputErrors();
        var fund = new CommunityFund
        {
            Name = errors.Text("name", input.Name, MaxNameLength, required: true) ?? "",
            StationId = input.StationId,
            Founded = errors.MonthOrYear("founded", input.Founded),
        };
        if (!await db.Stations.AnyAsync(s => s.Id == input.StationId, cancellationToken))
        {
            errors.NotFound("stationId", "station");
        }
        else
        {
            fund.RegionId = await CommunityAsync(errors, input.StationId, input.CommunityId, cancellationToken);
            fund.FoundationId = await StationReferences.PartnerAsync(db, errors, "foundationId", input.StationId, input.FoundationId, cancellationToken);
            if (await db.CommunityFunds.AnyAsync(f => f.StationId == input.StationId && f.Name == fund.Name, cancellationToken))
            {
                errors.Add("name", InputErrorCodes.Duplicate, $"The station already has a community fund named {fund.Name}.");
            }
        }

        if (errors.Any)
        {
            return new WriteResult<CommunityFund>(null, errors.All);
        }

        db.CommunityFunds.Add(fund);
        return new WriteResult<CommunityFund>(fund, []);
    }

    /// <summary>A fund's community is its station's own region or one below it: a fund serves where the station works.</summary>
    private async Task<int?> CommunityAsync(InputErrors errors, int stationId, int? regionId, CancellationToken cancellationToken)
    {
        if (regionId is not { } id)
        {
            return null;
        }

        var stationRegion = await db.Stations.Where(s => s.Id == stationId).Select(s => s.RegionId).SingleAsync(cancellationToken);
        if (!await db.Regions.AnyAsync(r => r.Id == id, cancellationToken))
        {
            errors.NotFound("communityId", "region");
        }
        else if (!await db.RegionClosures.AnyAsync(c => c.AncestorId == stationRegion && c.DescendantId == id, cancellationToken))
        {
            errors.Bad("communityId", "A fund's community is its station's region or a community within it.");
        }

        return id;
    }
}
