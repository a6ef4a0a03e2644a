using AiVideo.Projects.Domain.Common;

namespace AiVideo.Projects.Domain.Brand;

/// <summary>The names brand asset types have in JSON and SQL: <c>LOGO</c>, <c>COLOR_SCHEME</c>, <c>BADGE</c>, <c>FONT</c>.</summary>
public static class BrandAssetTypes
{
    public static string Name(BrandAssetType type) => WireNames.Of(type).ToUpperInvariant();

    public static bool TryParse(string? name, out BrandAssetType type) => WireNames.TryParse(name, out type);

    public static BrandAssetType Parse(string name) => WireNames.Parse<BrandAssetType>(name);

    public static IReadOnlyList<string> All => Enum.GetValues<BrandAssetType>().Select(Name).ToList();
}
