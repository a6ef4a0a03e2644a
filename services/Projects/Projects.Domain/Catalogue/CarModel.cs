using AiVideo.Projects.Domain.Common;

namespace AiVideo.Projects.Domain.Catalogue;

/// <summary>A car model of a company's catalogue (make, name, body type); its variants and their media hang off it.</summary>
public sealed class CarModel
{
    public const int MaxNameLength = 100;

    private CarModel()
    {
    }

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    public string Make { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string BodyType { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Result<CarModel> Create(Guid companyId, string? make, string? name, string? bodyType, DateTimeOffset now)
    {
        var body = Check(make, name, bodyType);
        if (!body.IsSuccess)
        {
            return body.Error;
        }
        return new CarModel
        {
            Id = Guid.CreateVersion7(now), CompanyId = companyId, Make = make!.Trim(), Name = name!.Trim(), BodyType = body.Value, CreatedAt = now, UpdatedAt = now,
        };
    }

    /// <summary>Changes what is given (null keeps a field).</summary>
    public Result Update(string? make, string? name, string? bodyType, DateTimeOffset now)
    {
        var body = Check(make ?? Make, name ?? Name, bodyType ?? BodyType);
        if (!body.IsSuccess)
        {
            return body.Error;
        }
        Make = make?.Trim() ?? Make;
        Name = name?.Trim() ?? Name;
        BodyType = body.Value;
        UpdatedAt = now;
        return Result.Success;
    }

    private static Result<string> Check(string? make, string? name, string? bodyType)
    {
        var errors = new FieldErrors();
        errors.Text("make", make, MaxNameLength, required: true);
        errors.Text("name", name, MaxNameLength, required: true);
        var body = CarBodyType.Find(bodyType);
        if (body is null)
        {
            errors.Add("bodyType", $"'{bodyType}' is not one of: {string.Join(", ", CarBodyType.All)}.");
        }
        return errors.Any ? errors.ToError() : body!;
    }
}
