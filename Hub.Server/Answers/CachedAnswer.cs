namespace Hub.Server.Answers;

/// <summary>A serialized answer (<c>{"data":…}</c>, without extensions) and the data version it was computed at.</summary>
/// <param name="Shared">Whether HTTP caches may keep it too: an anonymous answer of the public listing alone.</param>
internal sealed record CachedAnswer(long Version, byte[] Body, bool Shared);
