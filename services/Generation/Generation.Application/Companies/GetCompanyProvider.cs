using AiVideo.Generation.Application.Providers;

namespace AiVideo.Generation.Application.Companies;

/// <summary>The company's default provider and, per port, the provider its work runs on when a request names none.</summary>
public sealed class GetCompanyProvider(ICompanySettings companies, ProviderCatalog providers)
{
    public async Task<CompanyProviderView> ExecuteAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var chosen = (await companies.FindAsync(companyId, cancellationToken))?.DefaultProvider;
        return View(chosen, providers);
    }

    internal static CompanyProviderView View(string? chosen, ProviderCatalog providers) => new(chosen,
        ProviderPorts.All.ToDictionary(port => port, port => providers.DefaultFor(KindOf(port), chosen)));

    private static string KindOf(string port) => port switch
    {
        ProviderPorts.Story => JobKinds.Storyboard,
        ProviderPorts.Image => JobKinds.Image,
        ProviderPorts.Clip => JobKinds.Clip,
        ProviderPorts.Speech => JobKinds.Final,
        ProviderPorts.Video => JobKinds.TextToVideo,
        _ => JobKinds.Transcode,
    };
}
