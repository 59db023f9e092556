namespace Hub.Data.Activities;

/// <summary>Why an activity was refused: the input field at fault and the reason.</summary>
public sealed record ActivityInputError(string Field, string Message);
