namespace AiVideo.Projects.Domain.Projects;

/// <summary>
/// The shape of a project's video and the pixel size every image, clip and final render of it is made at. The sizes
/// live here and nowhere else: 720p-class, so that the local ffmpeg providers stay fast on small machines.
/// </summary>
public sealed record AspectRatio
{
    public static readonly AspectRatio Landscape = new("16:9", 1280, 720);
    public static readonly AspectRatio Portrait = new("9:16", 720, 1280);
    public static readonly AspectRatio Square = new("1:1", 720, 720);
    public static readonly AspectRatio Vertical = new("4:5", 720, 900);

    private AspectRatio(string name, int width, int height)
    {
        Name = name;
        Width = width;
        Height = height;
    }

    public static IReadOnlyList<AspectRatio> All { get; } = [Landscape, Portrait, Square, Vertical];

    /// <summary>As clients write it: <c>16:9</c>, <c>9:16</c>, <c>1:1</c>, <c>4:5</c>.</summary>
    public string Name { get; }

    public int Width { get; }

    public int Height { get; }

    public static AspectRatio? Find(string? name) => All.FirstOrDefault(r => r.Name == name?.Trim());

    /// <summary>The ratio a stored name stands for; an unknown one is a corrupt row.</summary>
    public static AspectRatio Parse(string name) => Find(name) ?? throw new FormatException($"'{name}' is not an aspect ratio.");

    public override string ToString() => Name;
}
