using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// Reads a POSTed authorization request's form before the token server does, so that a form the reader refuses (more
/// than 1,024 fields, a field too long, a multipart body without a boundary) is an <c>invalid_request</c>, not a server
/// error. A form that reads is kept (ASP.NET Core caches it) for the token server's own reader.
/// </summary>
internal sealed class UnreadableAuthorizationForm : IOpenIddictServerHandler<ExtractAuthorizationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ExtractAuthorizationRequestContext>()
        .UseSingletonHandler<UnreadableAuthorizationForm>()
        .SetOrder(OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreHandlers.ExtractGetOrPostRequest<ExtractAuthorizationRequestContext>.Descriptor.Order - 1_000)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ExtractAuthorizationRequestContext context)
    {
        if (context.Transaction.GetHttpRequest() is not { } request || !HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return;
        }
        await TokenServerForms.ReadOrRejectAsync(request, context);
    }
}
