using System.Text.Json;
using AiVideo.Projects.Domain.Common;

namespace AiVideo.Projects.Domain.Brand;

/// <summary>
/// One item of a company's brand kit: a logo (a media file), a colour scheme (a JSON object of <c>#RRGGBB</c> colours),
/// a badge or a font (a JSON value, a file, or both). Every colour in a value is checked: in a colour scheme every
/// string is one, elsewhere every property named <c>color</c> or ending in <c>Color</c>.
/// </summary>
public sealed class BrandAsset
{
    public const int MaxValueLength = 10_000;

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 16 };

    private BrandAsset()
    {
    }

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    public BrandAssetType Type { get; private set; }

    /// <summary>The JSON object describing the asset, as given (compact).</summary>
    public string? Value { get; private set; }

    /// <summary>The media file of the asset (the logo image, the badge image, the font file).</summary>
    public Guid? FileId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Result<BrandAsset> Create(Guid companyId, BrandAssetType type, string? value, Guid? fileId, DateTimeOffset now)
    {
        var checkedValue = Check(type, value, fileId);
        if (!checkedValue.IsSuccess)
        {
            return checkedValue.Error;
        }
        return new BrandAsset
        {
            Id = Guid.CreateVersion7(now), CompanyId = companyId, Type = type, Value = checkedValue.Value, FileId = fileId, CreatedAt = now, UpdatedAt = now,
        };
    }

    /// <summary>Replaces the value and the file (the type stays).</summary>
    public Result Update(string? value, Guid? fileId, DateTimeOffset now)
    {
        var checkedValue = Check(Type, value, fileId);
        if (!checkedValue.IsSuccess)
        {
            return checkedValue.Error;
        }
        Value = checkedValue.Value;
        FileId = fileId;
        UpdatedAt = now;
        return Result.Success;
    }

    /// <summary>The colours of a colour scheme in the order written (what generation's brand context carries); none for other types.</summary>
    public IReadOnlyList<string> Colors()
    {
        if (Type != BrandAssetType.ColorScheme || Value is null)
        {
            return [];
        }
        using var document = JsonDocument.Parse(Value, JsonOptions);
        var colors = new List<string>();
        Strings(document.RootElement, colors);
        return colors.Select(HexColor.Normalize).Distinct().ToList();
    }

    private static Result<string?> Check(BrandAssetType type, string? value, Guid? fileId)
    {
        var errors = new FieldErrors();
        if (fileId == Guid.Empty)
        {
            errors.Add("fileId", "The file id is not a file.");
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            if (type == BrandAssetType.ColorScheme)
            {
                errors.Add("value", "A colour scheme is a JSON object of #RRGGBB colours, e.g. { \"primary\": \"#0A84FF\" }.");
            }
            else if (fileId is null)
            {
                errors.Add(type == BrandAssetType.Logo ? "fileId" : "value",
                    type == BrandAssetType.Logo ? "A logo is an image file: give its file id." : "Give a value, a file id, or both.");
            }
            return errors.Any ? errors.ToError() : (string?)null;
        }
        if (type == BrandAssetType.Logo && fileId is null)
        {
            errors.Add("fileId", "A logo is an image file: give its file id.");
        }
        if (value.Length > MaxValueLength)
        {
            errors.Add("value", $"The value has at most {MaxValueLength} characters.");
            return errors.ToError();
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(value, JsonOptions);
        }
        catch (JsonException)
        {
            errors.Add("value", "The value is not valid JSON.");
            return errors.ToError();
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add("value", "The value is a JSON object.");
                return errors.ToError();
            }
            var bad = new List<string>();
            if (type == BrandAssetType.ColorScheme)
            {
                var strings = new List<string>();
                Strings(document.RootElement, strings);
                bad.AddRange(strings.Where(s => !HexColor.IsValid(s)));
                if (strings.Count == 0)
                {
                    errors.Add("value", "A colour scheme names at least one #RRGGBB colour.");
                }
            }
            else
            {
                ColorProperties(document.RootElement, bad);
            }
            if (bad.Count > 0)
            {
                errors.Add("value", $"Colours are written #RRGGBB; not colours: {string.Join(", ", bad.Select(b => $"'{b}'"))}.");
            }
            return errors.Any ? errors.ToError() : JsonSerializer.Serialize(document.RootElement);
        }
    }

    private static void Strings(JsonElement element, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                found.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Strings(property.Value, found);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Strings(item, found);
                }
                break;
        }
    }

    private static void ColorProperties(JsonElement element, List<string> bad)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                ColorProperties(item, bad);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var named = property.Name.Equals("color", StringComparison.OrdinalIgnoreCase)
                    || property.Name.EndsWith("Color", StringComparison.Ordinal);
                if (named)
                {
                    var colors = new List<string>();
                    Strings(property.Value, colors);
                    bad.AddRange(colors.Where(c => !HexColor.IsValid(c)));
                    if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Array))
                    {
                        bad.Add(property.Value.GetRawText());
                    }
                }
                else
                {
                    ColorProperties(property.Value, bad);
                }
            }
        }
    }
}
