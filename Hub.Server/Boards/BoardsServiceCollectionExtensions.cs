using Hub.Data;

namespace Hub.Server.Boards;

public static class BoardsServiceCollectionExtensions
{
    /// <summary>The boards' settings from "Hub:Boards", checked when the host starts.</summary>
    public static IServiceCollection AddHubBoards(this IServiceCollection services)
    {
        services.AddOptions<BoardsOptions>()
            .BindConfiguration(BoardsOptions.Section)
            .ValidateKeys(BoardsOptions.Section)
            .ValidateOnStart();
        return services;
    }
}
