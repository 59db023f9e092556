using Hub.Data.Model;
using Hub.Schema.Errors;

namespace Hub.Schema.Indicators;

/// <summary>The FORBIDDEN error a value field raises when the caller may not read its indicator where it was asked.</summary>
public static class IndicatorAccess
{
    /// <summary>The indicator when it may be read; throws FORBIDDEN (the field becomes null with that error) when not.</summary>
    public static Indicator Readable(bool forbidden, Indicator indicator) => forbidden ? throw ForbiddenError(indicator.Code) : indicator;

    public static HubUserInputException ForbiddenError(string? code = null) => new(
        $"The indicator{(code is null ? "" : $" \"{code}\"")} is not public: it needs an analyst whose region holds this station or region, the station's own staff, or an admin.",
        HubErrorCodes.Forbidden);
}
