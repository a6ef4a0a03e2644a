namespace AiVideo.Projects.Domain.Catalogue;

/// <summary>The names car media types have in JSON and SQL (and in media-api's storage keys): <c>EXTERIOR</c>, <c>INTERIOR</c>, <c>SOUND</c>, <c>3D_MODEL</c>.</summary>
public static class CarMediaTypes
{
    private static readonly (CarMediaType Type, string Name)[] Names =
    [
        (CarMediaType.Exterior, "EXTERIOR"), (CarMediaType.Interior, "INTERIOR"), (CarMediaType.Sound, "SOUND"), (CarMediaType.ThreeDModel, "3D_MODEL"),
    ];

    public static IReadOnlyList<string> All { get; } = Names.Select(n => n.Name).ToList();

    public static string Name(CarMediaType type) => Names.First(n => n.Type == type).Name;

    public static bool TryParse(string? name, out CarMediaType type)
    {
        foreach (var (candidate, candidateName) in Names)
        {
            if (string.Equals(candidateName, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }

    public static CarMediaType Parse(string name) => TryParse(name, out var type) ? type : throw new FormatException($"'{name}' is not a car media type.");
}
