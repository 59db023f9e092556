namespace Hub.Tests.GraphiQL;

/// <summary>Accept headers that browsers send when a person opens a URL (navigation requests).</summary>
public static class BrowserAccept
{
    public const string Chromium = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    public const string Firefox = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    public static TheoryData<string> All => new() { Chromium, Firefox, "text/html" };
}
