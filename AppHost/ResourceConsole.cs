namespace AiVideo.AppHost;

/// <summary>Writes each resource's lines with a coloured <c>name |</c> prefix, one line at a time from any thread.</summary>
public sealed class ResourceConsole
{
    private static readonly ConsoleColor[] Palette =
    [
        ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Yellow, ConsoleColor.Magenta, ConsoleColor.Blue,
        ConsoleColor.DarkCyan, ConsoleColor.DarkGreen, ConsoleColor.DarkYellow, ConsoleColor.DarkMagenta, ConsoleColor.Red,
    ];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ConsoleColor> _colors = [];
    private readonly int _width = ResourceNames.GenerationApi.Length;

    public void WriteLine(string resource, string line)
    {
        lock (_gate)
        {
            if (!_colors.TryGetValue(resource, out var color))
            {
                color = Palette[_colors.Count % Palette.Length];
                _colors[resource] = color;
            }
            Console.ForegroundColor = color;
            Console.Write(resource.PadRight(_width));
            Console.Write(" | ");
            Console.ResetColor();
            Console.WriteLine(line);
        }
    }

    public void Info(string line) => WriteLine("apphost", line);

    public void Table(IEnumerable<(string Resource, string State, string Endpoint)> rows)
    {
        var list = rows.ToList();
        var nameWidth = Math.Max(8, list.Max(r => r.Resource.Length));
        var stateWidth = Math.Max(5, list.Max(r => r.State.Length));
        lock (_gate)
        {
            Console.WriteLine();
            Console.WriteLine($"  {"resource".PadRight(nameWidth)}  {"state".PadRight(stateWidth)}  endpoint");
            Console.WriteLine($"  {new string('-', nameWidth)}  {new string('-', stateWidth)}  {new string('-', 40)}");
            foreach (var (resource, state, endpoint) in list)
            {
                Console.WriteLine($"  {resource.PadRight(nameWidth)}  {state.PadRight(stateWidth)}  {endpoint}");
            }
            Console.WriteLine();
        }
    }
}
