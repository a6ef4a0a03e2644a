using System.Net;
using System.Net.Sockets;

namespace AiVideo.Webhooks.Application.Destinations;

/// <summary>
/// Checks an endpoint URL before it is saved: its shape and scheme, and that its host (an address, or a name resolved
/// now) reaches only addresses deliveries may go to. A name with any forbidden address is refused, as is one that does
/// not resolve. The answer names the problem, never the addresses found.
/// </summary>
public sealed class WebhookUrlGuard(DestinationPolicy policy, IHostResolver resolver)
{
    public async Task<Result<Uri>> CheckAsync(string? url, CancellationToken cancellationToken)
    {
        var parsed = EndpointUrl.Parse(url);
        if (!parsed.IsSuccess)
        {
            return parsed;
        }
        var uri = parsed.Value;
        if (policy.CheckScheme(uri) is { IsSuccess: false } scheme)
        {
            return scheme.Error;
        }

        IReadOnlyList<IPAddress> addresses;
        if (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await resolver.ResolveAsync(uri.IdnHost, cancellationToken);
            }
            catch (SocketException)
            {
                addresses = [];
            }
            if (addresses.Count == 0)
            {
                return Error.Validation("url", "The endpoint's host name does not resolve.");
            }
        }

        foreach (var address in addresses)
        {
            var category = policy.Classify(address);
            if (!policy.Allows(category))
            {
                return Error.Validation("url", $"The endpoint's host is a {Describe(category)} address; webhooks go to public addresses only.");
            }
        }
        return uri;
    }

    private static string Describe(AddressCategory category) => category switch
    {
        AddressCategory.Loopback => "loopback",
        AddressCategory.Private => "private",
        AddressCategory.CarrierGradeNat => "shared (carrier-grade NAT)",
        AddressCategory.LinkLocal => "link-local",
        AddressCategory.UniqueLocal => "unique-local",
        AddressCategory.Multicast => "multicast",
        AddressCategory.Unspecified => "unspecified",
        AddressCategory.Broadcast => "broadcast",
        AddressCategory.Documentation => "documentation",
        AddressCategory.Benchmarking => "benchmarking",
        AddressCategory.Metadata => "cloud metadata",
        _ => "reserved",
    };
}
