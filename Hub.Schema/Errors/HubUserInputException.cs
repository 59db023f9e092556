using GraphQL;

namespace Hub.Schema.Errors;

/// <summary>A caller's mistake, reported as a GraphQL error whose <c>extensions.code</c> says which (BAD_USER_INPUT unless told otherwise).</summary>
public sealed class HubUserInputException : ExecutionError
{
    public HubUserInputException(string message, string code = HubErrorCodes.BadUserInput)
        : base(message)
    {
        Code = code;
    }
}
