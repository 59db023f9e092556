using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>A subscriber's arguments to activityRecorded, and whether the benchmark's events should reach it.</summary>
public sealed record FeedFilter(string Name, JsonObject? Variables, bool MatchesEvents);
