using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// Reads a token request's form (in place of OpenIddict's own reader, which it follows): only
/// <c>application/x-www-form-urlencoded</c> POSTs; a body the form reader refuses (more than 1,024 fields, a field too
/// long) is an <c>invalid_request</c>, not a server error. A request another reader already made (the JSON routes) is kept.
/// </summary>
internal sealed class FormTokenRequestReader : IOpenIddictServerHandler<ExtractTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ExtractTokenRequestContext>()
        .UseSingletonHandler<FormTokenRequestReader>()
        .SetOrder(OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreHandlers.ExtractPostRequest<ExtractTokenRequestContext>.Descriptor.Order)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ExtractTokenRequestContext context)
    {
        if (context.Transaction.Request is not null)
        {
            return;
        }
        var request = context.Transaction.GetHttpRequest() ?? throw new InvalidOperationException("The token request is not an ASP.NET Core request.");
        if (!HttpMethods.IsPost(request.Method))
        {
            context.Reject(OpenIddictConstants.Errors.InvalidRequest, "The token request must be a POST.");
            return;
        }
        if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true)
        {
            context.Reject(OpenIddictConstants.Errors.InvalidRequest, "The token request must be application/x-www-form-urlencoded.");
            return;
        }
        if (await TokenServerForms.ReadOrRejectAsync(request, context) is { } form)
        {
            context.Transaction.Request = new OpenIddictRequest(form);
        }
    }
}
