namespace AiVideo.Webhooks.Application.Destinations;

/// <summary>What an IP address is, as far as sending webhooks to it goes. Only <see cref="Public"/> is an ordinary destination.</summary>
public enum AddressCategory
{
    Public,

    /// <summary>127.0.0.0/8, ::1.</summary>
    Loopback,

    /// <summary>10/8, 172.16/12, 192.168/16, and IPv6 site-local fec0::/10.</summary>
    Private,

    /// <summary>100.64.0.0/10 (carrier-grade NAT, also where some clouds put metadata services).</summary>
    CarrierGradeNat,

    /// <summary>169.254/16, fe80::/10.</summary>
    LinkLocal,

    /// <summary>fc00::/7.</summary>
    UniqueLocal,

    /// <summary>224/4, ff00::/8.</summary>
    Multicast,

    /// <summary>0.0.0.0/8, ::.</summary>
    Unspecified,

    /// <summary>255.255.255.255.</summary>
    Broadcast,

    /// <summary>192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32, 3fff::/20.</summary>
    Documentation,

    /// <summary>198.18/15, 2001:2::/48.</summary>
    Benchmarking,

    /// <summary>Cloud instance metadata services: 169.254.169.254, 169.254.170.2, 100.100.100.200, fd00:ec2::254.</summary>
    Metadata,

    /// <summary>Everything else that is not global unicast: 240/4, 192.0.0/24, 192.88.99/24, Teredo, ORCHID, discard, IPv6 outside 2000::/3.</summary>
    Reserved,
}
