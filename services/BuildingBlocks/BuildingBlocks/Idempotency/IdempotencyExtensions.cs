using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AiVideo.BuildingBlocks.Idempotency;

public static class IdempotencyExtensions
{
    private const string ResourceItem = "aivideo:idempotent-resource";

    /// <summary>
    /// Keeps idempotency keys in <typeparamref name="TContext"/>'s database (table <c>idempotency_keys</c>); needs
    /// <c>Idempotency:FingerprintKey</c> (checked at start-up).
    /// </summary>
    public static IHostApplicationBuilder AddIdempotency<TContext>(this IHostApplicationBuilder builder) where TContext : DbContext
    {
        builder.Services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<IIdempotencyStore, EfIdempotencyStore<TContext>>();
        return builder;
    }

    /// <summary>Honours <c>Idempotency-Key</c> on endpoints marked with <see cref="WithIdempotency{TBuilder}"/>. Place after authentication.</summary>
    public static IApplicationBuilder UseIdempotency(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();

    /// <summary>The endpoint honours <c>Idempotency-Key</c>: a repeated request gets the stored first answer (which must hold no credential).</summary>
    public static TBuilder WithIdempotency<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new IdempotentAttribute());

    /// <summary>
    /// The endpoint honours <c>Idempotency-Key</c> without storing its answer (it holds a credential): the handler names
    /// what it created with <see cref="SetIdempotentResource"/>, and a repeated request is answered by
    /// <typeparamref name="TReplay"/> from that id.
    /// </summary>
    public static RouteHandlerBuilder WithIdempotencyRebuiltBy<TReplay>(this RouteHandlerBuilder builder) where TReplay : class, IIdempotentReplay =>
        builder.WithMetadata(new IdempotentAttribute(typeof(TReplay)));

    /// <summary>Names what this request created, for an endpoint whose repeated requests are answered by an <see cref="IIdempotentReplay"/>.</summary>
    public static void SetIdempotentResource(this HttpContext http, Guid resourceId) => http.Items[ResourceItem] = resourceId.ToString();

    internal static string? IdempotentResource(this HttpContext http) => http.Items.TryGetValue(ResourceItem, out var id) ? id as string : null;
}
