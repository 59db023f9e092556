using Hub.Data.Access;
using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.CommunityFunds;

/// <summary>Registers, changes and deletes community funds: ADMIN any station's, station staff their own station's.</summary>
public sealed class CommunityFundRegistry(HubDbContext db, RegistryReads reads, StationWriteScope scope)
{
    private const string OutsideStation = "A fund's community is its station's region or a community within it.";

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
        if (!await reads.StationExistsAsync(input.StationId, cancellationToken))
        {
            errors.NotFound("stationId", "station");
        }
        else
        {
            fund.RegionId = await StationReferences.RegionWithinAsync(reads, errors, "communityId", input.StationId, input.CommunityId, OutsideStation, cancellationToken);
            fund.FoundationId = await StationReferences.PartnerAsync(reads, errors, "foundationId", input.StationId, input.FoundationId, cancellationToken);
            if (await reads.FundNameTakenAsync(input.StationId, fund.Name, null, cancellationToken))
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

    public async Task<WriteResult<CommunityFund>> UpdateAsync(UpdateCommunityFundInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var fund = await db.CommunityFunds.SingleOrDefaultAsync(f => f.Id == input.Id, cancellationToken);
        if (fund is null)
        {
            errors.NotFound("id", "community fund");
            return new WriteResult<CommunityFund>(null, errors.All);
        }

        scope.EnsureMayWrite([fund.StationId]);
        var name = errors.Text("name", input.Name, MaxNameLength, required: true).Or(fund.Name) ?? fund.Name;
        if (name != fund.Name && await reads.FundNameTakenAsync(fund.StationId, name, fund.Id, cancellationToken))
        {
            errors.Add("name", InputErrorCodes.Duplicate, $"The station already has a community fund named {name}.");
        }

        var founded = errors.MonthOrYear("founded", input.Founded);
        var regionId = input.CommunityId.IsSet
            ? await StationReferences.RegionWithinAsync(reads, errors, "communityId", fund.StationId, input.CommunityId.Value, OutsideStation, cancellationToken)
            : fund.RegionId;
        var foundationId = input.FoundationId.IsSet
            ? await StationReferences.PartnerAsync(reads, errors, "foundationId", fund.StationId, input.FoundationId.Value, cancellationToken)
            : fund.FoundationId;
        if (errors.Any)
        {
            return new WriteResult<CommunityFund>(null, errors.All);
        }

        fund.Name = name;
        fund.Founded = founded.Or(fund.Founded);
        fund.RegionId = regionId;
        fund.FoundationId = foundationId;
        return new WriteResult<CommunityFund>(fund, []);
    }

    /// <summary>Deletes a community fund. No other row names a fund, so there is nothing it could still be in use by.</summary>
    public async Task<WriteResult<CommunityFund>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var fund = await db.CommunityFunds.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (fund is null)
        {
            var errors = new InputErrors();
            errors.NotFound("id", "community fund");
            return new WriteResult<CommunityFund>(null, errors.All);
        }

        scope.EnsureMayWrite([fund.StationId]);
        db.CommunityFunds.Remove(fund);
        return new WriteResult<CommunityFund>(fund, []);
    }
}
