namespace Hub.Data.Writes;

/// <summary>The row a registry write stored, or the reasons it stored nothing.</summary>
public sealed record WriteResult<T>(T? Row, IReadOnlyList<InputError> Errors)
    where T : class;
