using System.Text;
using Microsoft.Net.Http.Headers;

namespace AiVideo.ServiceDefaults.Problems;

/// <summary>
/// Refuses a body whose Content-Type names a charset .NET does not know (<c>application/json; charset=nope</c>) with a 415
/// problem: the framework's JSON reader would fail on it as a server error before any endpoint could say so.
/// </summary>
internal static class UnknownCharsets
{
    public static async Task RefuseAsync(HttpContext http, RequestDelegate next)
    {
        if (MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) && type.Charset.HasValue && !IsKnown(type.Charset.Value!))
        {
            await http.WriteProblemAsync(StatusCodes.Status415UnsupportedMediaType, "The request's charset is not supported.",
                "Send the body as UTF-8 (charset=utf-8) or leave the charset out.");
            return;
        }
        await next(http);
    }

    private static bool IsKnown(string charset)
    {
        try
        {
            Encoding.GetEncoding(charset.Trim('"'));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
