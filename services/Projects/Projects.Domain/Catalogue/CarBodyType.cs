namespace AiVideo.Projects.Domain.Catalogue;

/// <summary>The body types a car model can have (lower-case names: <c>suv</c>, <c>sedan</c>…).</summary>
public static class CarBodyType
{
    public static IReadOnlyList<string> All { get; } =
        ["sedan", "hatchback", "wagon", "suv", "crossover", "coupe", "convertible", "pickup", "van", "minivan", "roadster"];

    public static string? Find(string? name) => All.FirstOrDefault(t => string.Equals(t, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
