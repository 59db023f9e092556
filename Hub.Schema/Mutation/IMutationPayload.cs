namespace Hub.Schema.Mutation;

/// <summary>A mutation's payload, which says whether the input was refused (its <c>errors</c>), for the audit log.</summary>
public interface IMutationPayload
{
    /// <summary>How many input errors the payload reports; nothing was stored when there are any.</summary>
    int ErrorCount { get; }
}
