using System.ComponentModel.DataAnnotations;

namespace Hub.Server.Answers;

/// <summary>How the server keeps whole answers of queries (<c>Hub:AnswerCache</c>).</summary>
public sealed class AnswerCacheOptions
{
    public const string Section = "Hub:AnswerCache";

    /// <summary>Whether answers are kept at all; off, every query is executed.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Memory the kept answers may take in all, in megabytes; the least recently used go first beyond it.</summary>
    [Range(1, 65_536)]
    public int MaxMegabytes { get; set; } = 64;

    /// <summary>The largest answer worth keeping, in kilobytes; larger ones are executed every time.</summary>
    [Range(1, 65_536)]
    public int MaxAnswerKilobytes { get; set; } = 1024;

    /// <summary>
    /// Seconds an answer is kept even though no counter moved. Every write through the hub (its mutations, imports
    /// and command-line verbs) moves the counters, so this only bounds how long a change made behind the hub's back
    /// (SQL typed into the database by hand) can go unseen; 0 keeps nothing.
    /// </summary>
    [Range(0, 86_400)]
    public int MaxAgeSeconds { get; set; } = 300;
}
