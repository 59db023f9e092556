using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Data;

/// <summary>The rules of <see cref="HubDatabaseOptions"/> beyond its annotations: a server version Pomelo can read, and a connection string for MySql.</summary>
internal sealed class HubDatabaseOptionsValidator : IValidateOptions<HubDatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, HubDatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.ServerVersion) && !ServerVersion.TryParse(options.ServerVersion, out _))
        {
            failures.Add(HubOptionsValidation.Describe(
                $"{HubDatabaseOptions.Section}:{nameof(HubDatabaseOptions.ServerVersion)}",
                options.ServerVersion,
                "not a MySQL or MariaDB server version (for example 10.11.0-mariadb or 8.0.36-mysql)."));
        }

        if (options.Provider == DatabaseProvider.MySql && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add(HubOptionsValidation.Describe(
                "ConnectionStrings:Hub",
                null,
                $"{HubDatabaseOptions.Section}:{nameof(HubDatabaseOptions.Provider)} is MySql, which needs a connection string."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
