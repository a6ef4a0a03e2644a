using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace AiVideo.ServiceDefaults.Http;

public static class ForwardedHeadersExtensions
{
    /// <summary>
    /// Services see the client's scheme, host and address as the gateway reports them in <c>X-Forwarded-*</c>, from
    /// trusted proxies only: loopback by default, plus <c>ForwardedHeaders:KnownNetworks</c> (CIDR, e.g. the cluster's pod network).
    /// </summary>
    public static IHostApplicationBuilder AddForwardedHeaders(this IHostApplicationBuilder builder)
    {
        var networks = builder.Configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }
}
