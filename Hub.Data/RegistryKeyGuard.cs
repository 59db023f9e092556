using Hub.Data.Model;
using Hub.Data.Organizations;
using Hub.Data.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Hub.Data;

/// <summary>
/// Before every save: station codes and unified social credit codes of added or changed rows are brought to their
/// canonical form, and a malformed one stops the save with a <see cref="FormatException"/> that names it.
/// </summary>
internal static class RegistryKeyGuard
{
    public static void Apply(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Station station:
                    station.Code = StationCode.Normalize(station.Code)
                        ?? throw new FormatException($"Station '{station.Name}' has code '{station.Code}': a station code is 1 to {StationCode.MaxLength} characters of A-Z, 0-9, '-' and '_'.");
                    break;
                case Organization { CreditCode: { } creditCode } organization:
                    organization.CreditCode = UnifiedSocialCreditCode.TryParse(creditCode, out var code)
                        ? code.Value
                        : throw new FormatException($"Organisation '{organization.Name}' has credit code '{creditCode}', which is not a valid unified social credit code (GB 32100-2015).");
                    break;
                case ResourcePartner { CreditCode: { } creditCode } partner:
                    partner.CreditCode = UnifiedSocialCreditCode.TryParse(creditCode, out var partnerCode)
                        ? partnerCode.Value
                        : throw new FormatException($"Partner '{partner.Name}' has credit code '{creditCode}', which is not a valid unified social credit code (GB 32100-2015).");
                    break;
            }
        }
    }
}
