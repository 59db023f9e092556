using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Organizations;

/// <summary>Registers and changes organisations (ADMIN only); stages rows for the caller's unit of work.</summary>
public sealed class OrganizationRegistry(HubDbContext db, RegistryReads reads)
{
    public const int MaxNameLength = 200;

    public async Task<WriteResult<Organization>> CreateAsync(CreateOrganizationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var organization = new Organization
        {
            Name = errors.Text("name", input.Name, MaxNameLength, required: true) ?? "",
            Kind = input.Kind,
            Founded = errors.MonthOrYear("founded", input.Founded),
            LegalForm = errors.Text("legalForm", input.LegalForm, 50),
            Description = errors.Text("description", input.Description, 4000),
            CreditCode = await CreditCodeAsync(errors, input.CreditCode, null, cancellationToken),
            RegionId = await RegionAsync(errors, input.RegionId, cancellationToken),
        };
        if (errors.Any)
        {
            return new WriteResult<Organization>(null, errors.All);
        }

        db.Organizations.Add(organization);
        return new WriteResult<Organization>(organization, []);
    }

    public async Task<WriteResult<Organization>> UpdateAsync(UpdateOrganizationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var organization = await db.Organizations.SingleOrDefaultAsync(o => o.Id == input.Id, cancellationToken);
        if (organization is null)
        {
            errors.NotFound("id", "organisation");
            return new WriteResult<Organization>(null, errors.All);
        }

        // A cleared name is already "required" to Text; NotCleared would name the field twice.
        errors.NotCleared("kind", input.Kind);
        organization.Name = errors.Text("name", input.Name, MaxNameLength, required: true).Or(organization.Name) ?? organization.Name;
        organization.Kind = input.Kind.Or(organization.Kind) ?? organization.Kind;
        organization.Founded = errors.MonthOrYear("founded", input.Founded).Or(organization.Founded);
        organization.LegalForm = errors.Text("legalForm", input.LegalForm, 50).Or(organization.LegalForm);
        organization.Description = errors.Text("description", input.Description, 4000).Or(organization.Description);
        if (input.CreditCode.IsSet)
        {
            organization.CreditCode = await CreditCodeAsync(errors, input.CreditCode.Value, organization.Id, cancellationToken);
        }

        if (input.RegionId.IsSet)
        {
            organization.RegionId = await RegionAsync(errors, input.RegionId.Value, cancellationToken);
        }

        return errors.Any ? new WriteResult<Organization>(null, errors.All) : new WriteResult<Organization>(organization, []);
    }

    private async Task<string?> CreditCodeAsync(InputErrors errors, string? text, int? ownId, CancellationToken cancellationToken)
    {
        if (errors.CreditCode("creditCode", text) is not { } code)
        {
            return null;
        }

        if (await reads.CreditCodeTakenAsync(code, ownId, cancellationToken))
        {
            errors.Add("creditCode", InputErrorCodes.Duplicate, $"Another organisation already has the credit code {code}.");
        }

        return code;
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
