using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// Rejects a token or authorization request any of whose parameters (the client credentials of a Basic header among
/// them) holds a NUL character, as <c>invalid_request</c>: no client, user or code has one, and PostgreSQL refuses one in
/// text, so looking it up would fail as a server error.
/// </summary>
internal sealed class ParametersWithoutNul<TContext> : IOpenIddictServerHandler<TContext> where TContext : BaseValidatingContext
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<TContext>()
        .UseSingletonHandler<ParametersWithoutNul<TContext>>()
        // After every reader of the request: its form or query, and the Basic header's credentials.
        .SetOrder(OpenIddictServerAspNetCoreHandlers.ExtractBasicAuthenticationCredentials<TContext>.Descriptor.Order + 1_000)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(TContext context)
    {
        if (context.Transaction.Request is { } request && request.GetParameters().Any(p => HasNul(p.Value)))
        {
            context.Reject(OpenIddictConstants.Errors.InvalidRequest, "A parameter of the request holds a NUL character.");
        }
        return ValueTask.CompletedTask;
    }

    private static bool HasNul(OpenIddictParameter value) =>
        ((Microsoft.Extensions.Primitives.StringValues?)value)?.Any(text => text?.Contains('\0', StringComparison.Ordinal) == true) == true;
}
