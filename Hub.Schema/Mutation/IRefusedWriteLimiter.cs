using Hub.Schema.Errors;

namespace Hub.Schema.Mutation;

/// <summary>
/// The allowance of refused anonymous writes per client address. Each refusal leaves an audit entry, so without
/// an allowance one address could fill the audit log with requests that change nothing. The server registers
/// one; a schema hosted without it records every refusal.
/// </summary>
public interface IRefusedWriteLimiter
{
    /// <summary>Takes a permit for one more refusal from <paramref name="address"/>: null when granted, else the error to answer with instead.</summary>
    RateLimitedError? TryAdmitRefusal(string address);
}
