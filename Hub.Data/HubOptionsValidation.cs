using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Data;

/// <summary>
/// How every options class of the hub is checked. Each is registered the same way,
/// <c>services.AddOptions&lt;T&gt;().BindConfiguration(T.Section).ValidateKeys(T.Section).ValidateOnStart()</c>, with its
/// rules as DataAnnotations on its properties (<c>[Range]</c>, <c>[Required]</c>) and, where a rule is more than a
/// range, an <see cref="IValidateOptions{TOptions}"/> of its own. A value that breaks a rule stops the server at start
/// with a message that names the key, the value and the rule (<see cref="Describe"/>).
/// </summary>
public static class HubOptionsValidation
{
    /// <summary>The lower bound of a time setting, with <c>MinimumIsExclusive</c> when zero is not allowed either.</summary>
    public const string NoTime = "00:00:00";

    /// <summary>
    /// The upper bound of every time setting: timers and delays of .NET refuse more than about 49 days, and no
    /// time-out, interval or window of the hub makes sense beyond a few hours.
    /// </summary>
    public const string LongestTime = "24.00:00:00";

    /// <summary>Checks the DataAnnotations of <typeparamref name="TOptions"/> whenever the options are built, each failure naming its key under <paramref name="section"/>.</summary>
    public static OptionsBuilder<TOptions> ValidateKeys<TOptions>(this OptionsBuilder<TOptions> builder, string section)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(section);
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(new DataAnnotationsKeyValidator<TOptions>(builder.Name, section));
        return builder;
    }

    /// <summary>One failure as the hub reports it: <c>Hub:Limits:MaxDepth is 0: The field MaxDepth must be between 1 and 2147483647.</c></summary>
    public static string Describe(string key, object? value, string rule) => $"{key} is {Show(value)}: {rule}";

    private static string Show(object? value) => value switch
    {
        null => "not set",
        string text => $"\"{text}\"",
        TimeSpan time => time.ToString("c", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "not set",
    };

    private sealed class DataAnnotationsKeyValidator<TOptions>(string? optionsName, string section) : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            if (optionsName is not null && optionsName != name)
            {
                return ValidateOptionsResult.Skip;
            }

            var results = new List<ValidationResult>();
            if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            {
                return ValidateOptionsResult.Success;
            }

            return ValidateOptionsResult.Fail(results.SelectMany(result => result.MemberNames.DefaultIfEmpty(string.Empty).Select(member =>
                member.Length == 0
                    ? $"{section}: {result.ErrorMessage}"
                    : Describe($"{section}:{member}", typeof(TOptions).GetProperty(member)?.GetValue(options), result.ErrorMessage ?? "is not valid."))));
        }
    }
}
