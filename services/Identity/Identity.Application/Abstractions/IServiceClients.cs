namespace AiVideo.Identity.Application.Abstractions;

public interface IServiceClients
{
    /// <summary>The client when the id is known and the secret matches; null otherwise (the same for both cases).</summary>
    ServiceClient? Authenticate(string clientId, string clientSecret);
}
