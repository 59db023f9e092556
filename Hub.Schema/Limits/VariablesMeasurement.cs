using System.Collections;
using GraphQL;
using GraphQL.Validation;
using Hub.Schema.Errors;

namespace Hub.Schema.Limits;

/// <summary>The longest list and the longest string anywhere in a request's variables, and the variable holding each.</summary>
public sealed class VariablesMeasurement
{
    private readonly HubLimitsOptions _limits;

    private VariablesMeasurement(HubLimitsOptions limits)
    {
        _limits = limits;
    }

    public int LongestList { get; private set; }

    public string? LongestListVariable { get; private set; }

    public int LongestString { get; private set; }

    public string? LongestStringVariable { get; private set; }

    public static VariablesMeasurement Of(Inputs? variables, HubLimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var measurement = new VariablesMeasurement(limits);
        foreach (var (name, value) in variables ?? Inputs.Empty)
        {
            measurement.Measure(name, value, 0, limits.MaxNesting);
        }

        return measurement;
    }

    /// <summary>One error for each limit the variables are over.</summary>
    public List<ValidationError> Refusals()
    {
        var limits = _limits;
        var errors = new List<ValidationError>();
        if (LongestList > limits.MaxListItems)
        {
            errors.Add(new LimitExceededError(HubErrorCodes.ListTooLong, $"The variable ${LongestListVariable} holds a list of {LongestList} items; at most {limits.MaxListItems} are allowed."));
        }

        if (LongestString > limits.MaxStringLength)
        {
            errors.Add(new LimitExceededError(HubErrorCodes.StringTooLong, $"The variable ${LongestStringVariable} holds a string of {LongestString} characters; at most {limits.MaxStringLength} are allowed."));
        }

        return errors;
    }

    private void Measure(string variable, object? value, int depth, int maxDepth)
    {
        // The JSON reader already bounds the nesting of variables; this bound keeps the walk safe whatever reads them.
        if (depth > maxDepth)
        {
            return;
        }

        switch (value)
        {
            case string text:
                if (text.Length > LongestString)
                {
                    LongestString = text.Length;
                    LongestStringVariable = variable;
                }

                break;
            case IDictionary<string, object?> inputObject:
                foreach (var field in inputObject.Values)
                {
                    Measure(variable, field, depth + 1, maxDepth);
                }

                break;
            case IList list:
                if (list.Count > LongestList)
                {
                    LongestList = list.Count;
                    LongestListVariable = variable;
                }

                foreach (var item in list)
                {
                    Measure(variable, item, depth + 1, maxDepth);
                }

                break;
        }
    }
}
