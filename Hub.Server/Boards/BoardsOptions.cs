namespace Hub.Server.Boards;

/// <summary>Settings of the people-facing pages (the live board), bound from the <c>Hub:Boards</c> configuration section.</summary>
public sealed class BoardsOptions
{
    public const string Section = "Hub:Boards";

    /// <summary>Whether /live and the boards' files are served. Off, those addresses are 404; the API is unchanged.</summary>
    public bool Enabled { get; set; } = true;
}
