namespace AiVideo.Generation.Infrastructure.Providers.Cloud;

/// <summary>A protocol cloud providers speak: the address its API has when configuration names none, and how it registers its ports.</summary>
public sealed record CloudProviderType(Uri? DefaultBaseUrl, Action<CloudProviderRegistration> Register);
