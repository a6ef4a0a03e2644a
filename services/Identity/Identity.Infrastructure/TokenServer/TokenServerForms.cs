using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// Reads a token server request's form: a body the form reader refuses (more than 1,024 fields, a field too long, a
/// multipart body without a boundary) rejects the request as <c>invalid_request</c> instead of failing as a server error.
/// </summary>
internal static class TokenServerForms
{
    /// <summary>The form, or null when it could not be read and <paramref name="context"/> was rejected.</summary>
    public static async ValueTask<IFormCollection?> ReadOrRejectAsync(HttpRequest request, BaseValidatingContext context)
    {
        try
        {
            return await request.ReadFormAsync(context.CancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException or IOException)
        {
            // A fixed text: the reader's message names its limits and internals, which are no business of the client.
            context.Reject(OpenIddictConstants.Errors.InvalidRequest,
                "The form could not be read: it is malformed, truncated or too large. Send application/x-www-form-urlencoded (or multipart/form-data with a boundary) of at most 1,024 fields.");
            return null;
        }
    }
}
