using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AiVideo.BuildingBlocks.Idempotency;

public static class IdempotencyExtensions
{
    /// <summary>Keeps idempotency keys in <typeparamref name="TContext"/>'s database (table <c>idempotency_keys</c>).</summary>
    public static IHostApplicationBuilder AddIdempotency<TContext>(this IHostApplicationBuilder builder) where TContext : DbContext
    {
        builder.Services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.SectionName);
        builder.Services.AddScoped<IIdempotencyStore, EfIdempotencyStore<TContext>>();
        return builder;
    }

    /// <summary>Honours <c>Idempotency-Key</c> on endpoints marked with <see cref="WithIdempotency{TBuilder}"/>. Place after authentication.</summary>
    public static IApplicationBuilder UseIdempotency(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();

    public static TBuilder WithIdempotency<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new IdempotentAttribute());
}
