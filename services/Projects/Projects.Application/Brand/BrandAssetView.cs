using System.Text.Json;
using AiVideo.Projects.Domain.Brand;

namespace AiVideo.Projects.Application.Brand;

/// <summary>An item of the company's brand kit: its type (<c>LOGO</c>, <c>COLOR_SCHEME</c>, <c>BADGE</c>, <c>FONT</c>), its JSON value and its file.</summary>
public sealed record BrandAssetView(Guid Id, Guid CompanyId, string Type, JsonElement? Value, Guid? FileId, string? FileUrl, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static BrandAssetView Of(BrandAsset asset)
    {
        JsonElement? value = null;
        if (asset.Value is { } json)
        {
            using var document = JsonDocument.Parse(json);
            value = document.RootElement.Clone();
        }
        return new BrandAssetView(asset.Id, asset.CompanyId, BrandAssetTypes.Name(asset.Type), value, asset.FileId,
            asset.FileId is { } file ? MediaLinks.Content(file) : null, asset.CreatedAt, asset.UpdatedAt);
    }
}
