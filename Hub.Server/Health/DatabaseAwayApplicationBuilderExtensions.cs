namespace Hub.Server.Health;

public static class DatabaseAwayApplicationBuilderExtensions
{
    /// <summary>Answers 503 on the GraphQL endpoints while the database is away; goes before authentication.</summary>
    public static IApplicationBuilder UseDatabaseAwayRefusal(this IApplicationBuilder app) => app.UseMiddleware<DatabaseAwayMiddleware>();
}
