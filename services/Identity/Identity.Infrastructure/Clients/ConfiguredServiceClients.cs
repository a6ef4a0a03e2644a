namespace AiVideo.Identity.Infrastructure.Clients;

/// <summary>The confidential clients of <c>Identity:Clients</c> (the token server authenticates them against the seeded applications).</summary>
internal sealed class ConfiguredServiceClients(IConfiguration configuration) : IServiceClients
{
    public ServiceClient? Find(string clientId)
    {
        var section = configuration.GetSection($"{ServiceClientOptions.SectionName}:{clientId}");
        var options = clientId.Length > 0 && section.Exists() ? section.Get<ServiceClientOptions>() : null;
        return options is null || options.Secret.Length == 0
            ? null
            : new ServiceClient(clientId, options.Grants.ToHashSet(StringComparer.Ordinal), options.Scopes.ToHashSet(StringComparer.Ordinal));
    }

    public static IReadOnlyDictionary<string, ServiceClientOptions> All(IConfiguration configuration) =>
        configuration.GetSection(ServiceClientOptions.SectionName).GetChildren()
            .ToDictionary(section => section.Key, section => section.Get<ServiceClientOptions>() ?? new ServiceClientOptions(), StringComparer.Ordinal);
}
