namespace Hub.Data.Writes;

/// <summary>What is wrong with one field of a write's input; the write stores nothing when it has any.</summary>
/// <param name="Field">The input field at fault, as the API names it ("regionId", "results[2].target").</param>
/// <param name="Code">One of <see cref="InputErrorCodes"/>.</param>
public sealed record InputError(string Field, string Code, string Message);
