namespace AiVideo.BuildingBlocks.Inbox;

public static class InboxExtensions
{
    /// <summary>Makes every consumer of the service's event bus run inside an inbox transaction on <typeparamref name="TContext"/>.</summary>
    public static IHostApplicationBuilder AddInbox<TContext>(this IHostApplicationBuilder builder) where TContext : DbContext
    {
        builder.Services.AddScoped<IInbox, EfInbox<TContext>>();
        return builder;
    }
}
