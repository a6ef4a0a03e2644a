using AiVideo.Projects.Domain.Catalogue;

namespace AiVideo.Projects.Application.Catalogue;

/// <summary>A variant of a car model (year, trim, colour).</summary>
public sealed record CarVariantView(Guid Id, Guid ModelId, int Year, string Trim, string? Color, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static CarVariantView Of(CarVariant variant) =>
        new(variant.Id, variant.ModelId, variant.Year, variant.Trim, variant.Color, variant.CreatedAt, variant.UpdatedAt);
}
