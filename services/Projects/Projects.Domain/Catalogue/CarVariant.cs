using AiVideo.Projects.Domain.Common;

namespace AiVideo.Projects.Domain.Catalogue;

/// <summary>A variant of a car model: model year, trim and colour. A project made for it carries its description into generation.</summary>
public sealed class CarVariant
{
    public const int MaxTrimLength = 100;
    public const int MaxColorLength = 50;

    /// <summary>The first car; anything earlier is a typo.</summary>
    public const int MinYear = 1886;

    private CarVariant()
    {
    }

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    public Guid ModelId { get; private set; }

    public int Year { get; private set; }

    public string Trim { get; private set; } = "";

    /// <summary>The colour's name (e.g. <c>Crystal White</c>), if any.</summary>
    public string? Color { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Result<CarVariant> Create(CarModel model, int year, string? trim, string? color, DateTimeOffset now)
    {
        if (Check(year, trim, color, now) is { } invalid)
        {
            return invalid;
        }
        return new CarVariant
        {
            Id = Guid.CreateVersion7(now), CompanyId = model.CompanyId, ModelId = model.Id, Year = year, Trim = trim!.Trim(), Color = Text.Optional(color),
            CreatedAt = now, UpdatedAt = now,
        };
    }

    /// <summary>Changes what is given (null keeps a field; an empty colour removes it).</summary>
    public Result Update(int? year, string? trim, string? color, DateTimeOffset now)
    {
        if (Check(year ?? Year, trim ?? Trim, color, now) is { } invalid)
        {
            return invalid;
        }
        Year = year ?? Year;
        Trim = trim?.Trim() ?? Trim;
        Color = color is null ? Color : Text.Optional(color);
        UpdatedAt = now;
        return Result.Success;
    }

    /// <summary>How the variant is named to a story writer and an image generator: "2024 Volvo XC60 Inscription, Crystal White (suv)".</summary>
    public string Describe(CarModel model) =>
        $"{Year} {model.Make} {model.Name} {Trim}{(Color is null ? "" : $", {Color}")} ({model.BodyType})";

    private static Error? Check(int year, string? trim, string? color, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (year < MinYear || year > now.Year + 2)
        {
            errors.Add("year", $"The model year is {MinYear} to {now.Year + 2}.");
        }
        errors.Text("trim", trim, MaxTrimLength, required: true);
        errors.Text("color", color, MaxColorLength, required: false);
        return errors.Any ? errors.ToError() : null;
    }
}
