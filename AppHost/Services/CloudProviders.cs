namespace AiVideo.AppHost.Services;

public static class CloudProviders
{
    /// <summary>
    /// Hands generation-api the cloud providers configured for this run: every setting under the AppHost's own
    /// <c>Generation</c> section (appsettings, user secrets, or environment variables such as
    /// <c>Generation__Providers__openai__ApiKey</c>) is passed on as it is, each provider's <c>ApiKey</c> as a secret
    /// parameter (masked on the dashboard, never in a manifest). With none configured, generation-api runs on its
    /// offline <c>local</c> provider alone.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithCloudProviders(this IResourceBuilder<ProjectResource> generation, IDistributedApplicationBuilder builder)
    {
        foreach (var setting in builder.Configuration.GetSection("Generation").AsEnumerable(makePathsRelative: false).Where(s => s.Value is not null))
        {
            var variable = setting.Key.Replace(":", "__", StringComparison.Ordinal);
            var path = setting.Key.Split(':');
            if (path is ["Generation", "Providers", var provider, var name] && name.Equals("ApiKey", StringComparison.OrdinalIgnoreCase))
            {
                var key = builder.AddParameter($"{provider.ToLowerInvariant()}-api-key", setting.Value!, secret: true);
                generation.WithEnvironment(variable, key);
            }
            else
            {
                generation.WithEnvironment(variable, setting.Value);
            }
        }
        return generation;
    }
}
