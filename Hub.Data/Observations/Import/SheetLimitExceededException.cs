namespace Hub.Data.Observations.Import;

/// <summary>A spreadsheet went past one of its <see cref="SheetLimits"/>; the message says which, in the user's terms.</summary>
internal sealed class SheetLimitExceededException(string message) : Exception(message);
