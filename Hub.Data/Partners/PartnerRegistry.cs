using Hub.Data.Access;
using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Partners;

/// <summary>
/// Registers, changes and deletes resource partners. A partner is created with its link to one station; it is
/// written by ADMIN, or by the staff of a station when that is the only station it works with (changing a partner
/// changes it for every station it works with).
/// </summary>
public sealed class PartnerRegistry(HubDbContext db, RegistryReads reads, StationWriteScope scope)
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    public async Task<WriteResult<ResourcePartner>> CreateAsync(CreatePartnerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        scope.EnsureMayWrite([input.StationId]);
        var errors = new InputErrors();
        var partner = new ResourcePartner
        {
            Name = errors.Text("name", input.Name, MaxNameLength, required: true) ?? "",
            Kind = input.Kind,
            CreditCode = errors.CreditCode("creditCode", input.CreditCode),
            Description = errors.Text("description", input.Description, MaxDescriptionLength),
            RegionId = await RegionAsync(errors, input.RegionId, cancellationToken),
        };
        if (!await reads.StationExistsAsync(input.StationId, cancellationToken))
        {
            errors.NotFound("stationId", "station");
        }
        else
        {
            await CheckFreeAsync(errors, [input.StationId], null, partner.Name, partner.CreditCode, cancellationToken);
        }

        if (errors.Any)
        {
            return new WriteResult<ResourcePartner>(null, errors.All);
        }

        db.ResourcePartners.Add(partner);
        db.Partnerships.Add(new Partnership { StationId = input.StationId, Partner = partner });
        return new WriteResult<ResourcePartner>(partner, []);
    }

    public async Task<WriteResult<ResourcePartner>> UpdateAsync(UpdatePartnerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var partner = await db.ResourcePartners.SingleOrDefaultAsync(p => p.Id == input.Id, cancellationToken);
        if (partner is null)
        {
            errors.NotFound("id", "partner");
            return new WriteResult<ResourcePartner>(null, errors.All);
        }

        var stations = await StationsOfAsync(partner.Id, cancellationToken);
        errors.NotCleared("name", input.Name);
        errors.NotCleared("kind", input.Kind);
        // An explicit null is NotCleared's error already; blank text is the required rule's.
        var name = errors.Text("name", input.Name, MaxNameLength, required: input.Name.Value is not null).Or(partner.Name) ?? partner.Name;
        var creditCode = input.CreditCode.IsSet ? errors.CreditCode("creditCode", input.CreditCode.Value) : partner.CreditCode;
        if (name != partner.Name || creditCode != partner.CreditCode)
        {
            await CheckFreeAsync(errors, stations, partner.Id, name, creditCode, cancellationToken);
        }

        partner.Name = name;
        partner.CreditCode = creditCode;
        partner.Kind = input.Kind.Or(partner.Kind) ?? partner.Kind;
        partner.Description = errors.Text("description", input.Description, MaxDescriptionLength).Or(partner.Description);
        if (input.RegionId.IsSet)
        {
            partner.RegionId = await RegionAsync(errors, input.RegionId.Value, cancellationToken);
        }

        return errors.Any ? new WriteResult<ResourcePartner>(null, errors.All) : new WriteResult<ResourcePartner>(partner, []);
    }

    /// <summary>
    /// Deletes a partner and its links to stations. One that contributions, activities or community funds name is
    /// IN_USE: deleting it would take their record of who gave, took part or set the fund up with it.
    /// </summary>
    public async Task<WriteResult<ResourcePartner>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var partner = await db.ResourcePartners.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
        {
            errors.NotFound("id", "partner");
            return new WriteResult<ResourcePartner>(null, errors.All);
        }

        await StationsOfAsync(partner.Id, cancellationToken);
        var contributions = await db.Contributions.CountAsync(c => c.PartnerId == id, cancellationToken);
        var activities = await db.Activities.CountAsync(a => a.Partners.Any(p => p.Id == id), cancellationToken);
        var funds = await db.CommunityFunds.CountAsync(f => f.FoundationId == id, cancellationToken);
        if (contributions + activities + funds > 0)
        {
            errors.Add("id", InputErrorCodes.InUse, $"{contributions} contribution(s), {activities} activity(ies) and {funds} community fund(s) name the partner {partner.Name}; it stays while they do.");
            return new WriteResult<ResourcePartner>(null, errors.All);
        }

        db.Partnerships.RemoveRange(await db.Partnerships.Where(p => p.PartnerId == id).ToListAsync(cancellationToken));
        db.ResourcePartners.Remove(partner);
        return new WriteResult<ResourcePartner>(partner, []);
    }

    /// <summary>
    /// The stations the partner works with, once the caller is known to write for all of them; a partner of no station
    /// is ADMIN's to write.
    /// </summary>
    private async Task<IReadOnlyList<int>> StationsOfAsync(int partnerId, CancellationToken cancellationToken)
    {
        var stations = await db.Partnerships.Where(p => p.PartnerId == partnerId).Select(p => p.StationId).ToListAsync(cancellationToken);
        if (stations.Count == 0 && scope.OnlyStationId is { } only)
        {
            throw new StationWriteForbiddenException(only);
        }

        scope.EnsureMayWrite(stations);
        return stations;
    }

    /// <summary>A station works with a partner once: no two of its partners share a name or a credit code.</summary>
    private async Task CheckFreeAsync(InputErrors errors, IReadOnlyList<int> stationIds, int? ownId, string name, string? creditCode, CancellationToken cancellationToken)
    {
        var taken = await reads.PartnerTakenAsync(stationIds, ownId, name, creditCode, cancellationToken);
        if (taken.Name)
        {
            errors.Add("name", InputErrorCodes.Duplicate, $"The station already works with a partner named {name}.");
        }

        if (creditCode is { } code && taken.CreditCode)
        {
            errors.Add("creditCode", InputErrorCodes.Duplicate, $"The station already works with the partner of credit code {code}.");
        }
    }

    private async Task<int?> RegionAsync(InputErrors errors, int? regionId, CancellationToken cancellationToken)
    {
        if (regionId is { } id && !await reads.RegionExistsAsync(id, cancellationToken))
        {
            errors.NotFound("regionId", "region");
        }

        return regionId;
    }
}
