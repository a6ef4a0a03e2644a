using AiVideo.Projects.Domain.Catalogue;

namespace AiVideo.Projects.Application.Catalogue;

/// <summary>A car model of the company's catalogue.</summary>
public sealed record CarModelView(Guid Id, Guid CompanyId, string Make, string Name, string BodyType, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static CarModelView Of(CarModel model) => new(model.Id, model.CompanyId, model.Make, model.Name, model.BodyType, model.CreatedAt, model.UpdatedAt);
}
