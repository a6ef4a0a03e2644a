namespace AiVideo.ServiceDefaults.Http;

/// <summary>Binds <c>HttpResilience</c> for every client, then <c>HttpResilience:Clients:&lt;name&gt;</c> over it for a named one.</summary>
internal sealed class ConfigureHttpResilienceOptions(IConfiguration configuration) : IConfigureNamedOptions<HttpResilienceOptions>
{
    public void Configure(string? name, HttpResilienceOptions options)
    {
        var section = configuration.GetSection(HttpResilienceOptions.SectionName);
        section.Bind(options);
        if (!string.IsNullOrEmpty(name))
        {
            section.GetSection($"Clients:{name}").Bind(options);
        }
    }

    public void Configure(HttpResilienceOptions options) => Configure(Options.DefaultName, options);
}
