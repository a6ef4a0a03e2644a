namespace AiVideo.Identity.Application.Abstractions;

/// <summary>The configured service clients (the token server authenticates them; this says what each may have).</summary>
public interface IServiceClients
{
    /// <summary>The client with this id, or null when none is configured.</summary>
    ServiceClient? Find(string clientId);
}
