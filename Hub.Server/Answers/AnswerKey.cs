using Hub.Schema.Access;

namespace Hub.Server.Answers;

/// <summary>
/// What an answer depends on besides the data: the document, the operation chosen in it, the variables as sent,
/// the caller as the access rules see them (role, station, region, and who, for the fields that name the caller),
/// and the origin the server names itself by in answers (the scalars' specification links).
/// </summary>
internal sealed record AnswerKey(string Document, string? OperationName, string Variables, HubCaller Caller, string Origin);
