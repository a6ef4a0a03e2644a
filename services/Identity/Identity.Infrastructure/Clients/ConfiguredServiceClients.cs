using System.Security.Cryptography;
using System.Text;

namespace AiVideo.Identity.Infrastructure.Clients;

/// <summary>The service clients of <c>Identity:Clients</c>; secrets are compared in constant time, unknown ids cost the same as wrong secrets.</summary>
internal sealed class ConfiguredServiceClients(IConfiguration configuration) : IServiceClients
{
    private const string SectionName = "Identity:Clients";

    public ServiceClient? Authenticate(string clientId, string clientSecret)
    {
        var section = configuration.GetSection($"{SectionName}:{clientId}");
        var options = section.Exists() ? section.Get<ServiceClientOptions>() : null;
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(options?.Secret ?? Guid.NewGuid().ToString()));
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(clientSecret));
        if (!CryptographicOperations.FixedTimeEquals(expected, presented) || options is null || options.Secret.Length < 16 || clientId.Length == 0)
        {
            return null;
        }
        return new ServiceClient(clientId, options.Grants.ToHashSet(StringComparer.Ordinal), options.Scopes.ToHashSet(StringComparer.Ordinal));
    }
}
