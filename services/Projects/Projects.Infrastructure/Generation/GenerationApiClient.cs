using System.Net.Http.Json;
using AiVideo.Projects.Application.Providers;

namespace AiVideo.Projects.Infrastructure.Generation;

/// <summary>
/// Asks generation-api's internal provider list (<c>GET /internal/providers</c>, service token, scope <c>internal</c>)
/// which providers it has. Anything that is not an answer means generation-api could not be asked.
/// </summary>
internal sealed class GenerationApiClient(HttpClient http)
{
    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync("internal/providers", cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new GenerationUnavailableException($"generation-api answered {(int)response.StatusCode} when asked for its providers.");
            }
            var list = await response.Content.ReadFromJsonAsync<ProviderList>(cancellationToken)
                ?? throw new GenerationUnavailableException("generation-api answered with an empty body when asked for its providers.");
            return [.. list.Items.Select(p => p.Name).Order(StringComparer.Ordinal)];
        }
        catch (HttpRequestException exception)
        {
            throw new GenerationUnavailableException($"generation-api could not be reached: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GenerationUnavailableException("generation-api did not answer in time.", exception);
        }
        catch (System.Text.Json.JsonException exception)
        {
            throw new GenerationUnavailableException($"generation-api's provider list could not be read: {exception.Message}", exception);
        }
        catch (InvalidOperationException exception)
        {
            throw new GenerationUnavailableException($"generation-api could not be asked: {exception.Message}", exception);
        }
    }

    private sealed record ProviderList(IReadOnlyList<ProviderItem> Items);

    private sealed record ProviderItem(string Name, IReadOnlyList<string> Ports);
}

/// <summary>
/// generation-api's provider names, remembered for <see cref="CacheFor"/> (its configuration changes when it restarts,
/// so a minute-old list is current enough); a failed look is not remembered.
/// </summary>
internal sealed class CachedGenerationProviders(IServiceProvider services, TimeProvider time) : IGenerationProviders
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    private (IReadOnlyList<string> Names, DateTimeOffset Until)? _cached;

    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached && cached.Until > time.GetUtcNow())
        {
            return cached.Names;
        }
        var names = await services.GetRequiredService<GenerationApiClient>().NamesAsync(cancellationToken);
        _cached = (names, time.GetUtcNow() + CacheFor);
        return names;
    }
}
