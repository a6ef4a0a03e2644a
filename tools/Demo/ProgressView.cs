namespace AiVideo.Demo;

/// <summary>
/// The progress bar the project's events feed: the overall percent, the project's stage and the latest scene change. On a
/// terminal it redraws one line in place; when the output goes to a file or a pipe it writes a new line for each change.
/// </summary>
internal sealed class ProgressView(TextWriter output, bool interactive)
{
    private const int Width = 30;

    private readonly Dictionary<Guid, int> _sceneNumbers = [];
    private int _percent;
    private string _stage = "starting";
    private string? _detail;
    private string? _drawn;
    private bool _lineOpen;

    /// <summary>Numbers the scenes (1, 2, …) so that scene events can name them.</summary>
    public void NumberScenes(IEnumerable<Guid> scenesInOrder)
    {
        _sceneNumbers.Clear();
        foreach (var scene in scenesInOrder)
        {
            _sceneNumbers[scene] = _sceneNumbers.Count + 1;
        }
    }

    public void Apply(ActivityEvent activity)
    {
        switch (activity.Type)
        {
            case ActivityEvent.ProjectProgress when activity.Percent is { } percent:
                _percent = Math.Clamp(percent, 0, 100);
                break;
            case ActivityEvent.ProjectStatus when activity.Status is { } status:
                _stage = status;
                _detail = null;
                _percent = status == ActivityEvent.Completed ? 100 : _percent;
                break;
            case ActivityEvent.SceneStatus when activity.Status is { } status:
                _detail = $"scene {SceneName(activity.SceneId)} {SceneWords(status)}";
                break;
            default:
                return;
        }
        Draw();
    }

    /// <summary>A line of its own (below the bar, which is drawn again at the next change).</summary>
    public void Line(string text)
    {
        Finish();
        output.WriteLine(text);
    }

    /// <summary>Ends the bar's line, so whatever comes next starts on a fresh one.</summary>
    public void Finish()
    {
        if (_lineOpen)
        {
            output.WriteLine();
            _lineOpen = false;
            _drawn = null;
        }
    }

    private void Draw()
    {
        var filled = _percent * Width / 100;
        var text = $"[{new string('#', filled)}{new string('.', Width - filled)}] {_percent,3}%  {_stage}{(_detail is null ? "" : $" · {_detail}")}";
        if (text == _drawn)
        {
            return;
        }
        if (interactive)
        {
            // Back to the line's start, the new text, and the rest of the old line cleared (ANSI erase to end of line).
            output.Write($"\r{text}\u001b[K");
            _lineOpen = true;
        }
        else
        {
            output.WriteLine(text);
        }
        output.Flush();
        _drawn = text;
    }

    private string SceneName(Guid? scene) => scene is { } id && _sceneNumbers.TryGetValue(id, out var number) ? $"{number}/{_sceneNumbers.Count}" : "?";

    private static string SceneWords(string status) => status switch
    {
        "pending" => "waiting",
        "generating_image" => "drawing its image",
        "image_ready" => "image ready",
        "generating_video" => "making its clip",
        "video_ready" => "clip ready",
        "failed" => "failed",
        _ => status,
    };
}
