namespace AiVideo.Identity.Api.Http;

public static class ClientAddress
{
    /// <summary>Who is calling, for sign-in throttling: the client's address (the gateway's forwarded one when it came through the gateway).</summary>
    public static string Of(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "";
}
