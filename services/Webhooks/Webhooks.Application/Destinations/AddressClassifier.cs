using System.Net;
using System.Net.Sockets;

namespace AiVideo.Webhooks.Application.Destinations;

/// <summary>
/// Says what an IP address is (<see cref="AddressCategory"/>). IPv6 forms that carry an IPv4 address (IPv4-mapped
/// <c>::ffff:a.b.c.d</c>, IPv4-compatible <c>::a.b.c.d</c>, NAT64 <c>64:ff9b::/96</c>, 6to4 <c>2002::/16</c>) are judged
/// by the IPv4 address they reach. IPv6 is allowed only inside global unicast 2000::/3 minus the special ranges.
/// </summary>
public static class AddressClassifier
{
    private static readonly IPAddress[] MetadataAddresses =
    [
        IPAddress.Parse("169.254.169.254"), IPAddress.Parse("169.254.170.2"), IPAddress.Parse("100.100.100.200"), IPAddress.Parse("fd00:ec2::254"),
    ];

    public static AddressCategory Classify(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && EmbeddedIPv4(address) is { } embedded)
        {
            return Classify(embedded);
        }
        if (MetadataAddresses.Any(m => m.Equals(WithoutScope(address))))
        {
            return AddressCategory.Metadata;
        }
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ClassifyV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ClassifyV6(address.GetAddressBytes()),
            _ => AddressCategory.Reserved,
        };
    }

    private static AddressCategory ClassifyV4(byte[] b) => b switch
    {
        [255, 255, 255, 255] => AddressCategory.Broadcast,
        [0, ..] => AddressCategory.Unspecified,
        [10, ..] => AddressCategory.Private,
        [100, >= 64 and <= 127, ..] => AddressCategory.CarrierGradeNat,
        [127, ..] => AddressCategory.Loopback,
        [169, 254, ..] => AddressCategory.LinkLocal,
        [172, >= 16 and <= 31, ..] => AddressCategory.Private,
        [192, 0, 0, _] => AddressCategory.Reserved,
        [192, 0, 2, _] => AddressCategory.Documentation,
        [192, 88, 99, _] => AddressCategory.Reserved,
        [192, 168, ..] => AddressCategory.Private,
        [198, 18 or 19, ..] => AddressCategory.Benchmarking,
        [198, 51, 100, _] => AddressCategory.Documentation,
        [203, 0, 113, _] => AddressCategory.Documentation,
        [>= 224 and <= 239, ..] => AddressCategory.Multicast,
        [>= 240, ..] => AddressCategory.Reserved,
        _ => AddressCategory.Public,
    };

    private static AddressCategory ClassifyV6(byte[] b)
    {
        if (b.All(x => x == 0))
        {
            return AddressCategory.Unspecified;
        }
        if (b.AsSpan(0, 15).IndexOfAnyExcept((byte)0) < 0 && b[15] == 1)
        {
            return AddressCategory.Loopback;
        }
        return b switch
        {
            [0xff, ..] => AddressCategory.Multicast,
            [0xfe, >= 0x80 and <= 0xbf, ..] => AddressCategory.LinkLocal,
            [0xfe, >= 0xc0, ..] => AddressCategory.Private,
            [0xfc or 0xfd, ..] => AddressCategory.UniqueLocal,
            [0x20, 0x01, 0x0d, 0xb8, ..] => AddressCategory.Documentation,
            [0x3f, 0xff, < 0x10, ..] => AddressCategory.Documentation,
            [0x20, 0x01, 0x00, 0x02, 0x00, 0x00, ..] => AddressCategory.Benchmarking,
            [0x20, 0x01, 0x00, 0x00, ..] => AddressCategory.Reserved, // Teredo 2001::/32: tunnels to an IPv4 address it obscures
            [0x20, 0x01, 0x00, >= 0x10 and <= 0x2f, ..] => AddressCategory.Reserved, // ORCHID 2001:10::/28, ORCHIDv2 2001:20::/28
            [0x00, 0x64, 0xff, 0x9b, 0x00, 0x01, ..] => AddressCategory.Private, // local-use NAT64 64:ff9b:1::/48
            [>= 0x20 and <= 0x3f, ..] => AddressCategory.Public,
            _ => AddressCategory.Reserved, // outside global unicast 2000::/3: discard 100::/64, NAT64 without an IPv4, and unassigned space
        };
    }

    /// <summary>The IPv4 address an IPv6 address stands for, if it is one of the forms that embed one.</summary>
    public static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }
        var b = address.GetAddressBytes();
        // IPv4-compatible ::a.b.c.d (deprecated, but a stack may still route it), not :: or ::1.
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && (b[12] | b[13]) != 0)
        {
            return new IPAddress(b.AsSpan(12, 4));
        }
        // NAT64 well-known prefix 64:ff9b::/96.
        if (b is [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..])
        {
            return new IPAddress(b.AsSpan(12, 4));
        }
        // 6to4 2002:AABB:CCDD::/48 reaches AA.BB.CC.DD.
        if (b is [0x20, 0x02, ..])
        {
            return new IPAddress(b.AsSpan(2, 4));
        }
        return null;
    }

    private static IPAddress WithoutScope(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0 ? new IPAddress(address.GetAddressBytes()) : address;
}
