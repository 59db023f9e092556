using Microsoft.Extensions.Options;

namespace Hub.Server.Cors;

/// <summary>Refuses, at start, an allowed origin that a browser could never send, naming it and the rule.</summary>
internal sealed class HubCorsOptionsValidator : IValidateOptions<HubCorsOptions>
{
    public ValidateOptionsResult Validate(string? name, HubCorsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var origin in options.AllowedOrigins)
        {
            if (HubCorsOrigin.Normalize(origin, out var problem) is null)
            {
                failures.Add($"{HubCorsOptions.Section}:AllowedOrigins: {problem}; an origin is scheme://host[:port], for example {HubCorsOrigin.Example}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
