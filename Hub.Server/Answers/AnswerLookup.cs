namespace Hub.Server.Answers;

/// <summary>One request's look into the answer cache: under which key and data version, and what was found.</summary>
internal sealed record AnswerLookup(AnswerKey Key, long Version, CachedAnswer? Hit);
