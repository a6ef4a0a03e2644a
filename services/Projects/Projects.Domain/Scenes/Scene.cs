using AiVideo.Projects.Domain.Common;

namespace AiVideo.Projects.Domain.Scenes;

/// <summary>
/// One scene of a project: its words, its place in the play order, every image and clip it has had (its assets) and the
/// ones it uses (its selection), and where its generation stands. A scene is changed only through its
/// <see cref="Projects.Project"/>, which keeps the scenes' order and the pipeline consistent.
/// </summary>
public sealed class Scene
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 2000;
    public const int MaxNarrationLength = 2000;
    public const int MaxImagePromptLength = 4000;
    public const int MaxNegativePromptLength = 2000;
    public const int MaxFailureReasonLength = 2000;
    public const double MinDurationSeconds = 0.5;
    public const double MaxDurationSeconds = 60;

    private readonly List<SceneAsset> _assets = [];

    private Scene()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    /// <summary>The place in the play order, 1 to the number of scenes, without gaps.</summary>
    public int Position { get; private set; }

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string Narration { get; private set; } = "";

    public string ImagePrompt { get; private set; } = "";

    public string? NegativePrompt { get; private set; }

    public double DurationSeconds { get; private set; }

    public SceneStatus Status { get; private set; }

    /// <summary>The asset (an image) the scene uses.</summary>
    public Guid? SelectedImageId { get; private set; }

    /// <summary>The asset (a clip) the scene uses in the final video.</summary>
    public Guid? SelectedClipId { get; private set; }

    /// <summary>How far the scene's current generation is, 0 to 100.</summary>
    public int ProgressPercent { get; private set; }

    public string? FailureReason { get; private set; }

    /// <summary>The latest image request issued for the scene.</summary>
    public Guid? CurrentImageRequestId { get; private set; }

    /// <summary>The latest clip request issued for the scene.</summary>
    public Guid? CurrentClipRequestId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<SceneAsset> Assets => _assets;

    public SceneAsset? SelectedImage => _assets.FirstOrDefault(a => a.Id == SelectedImageId);

    public SceneAsset? SelectedClip => _assets.FirstOrDefault(a => a.Id == SelectedClipId);

    /// <summary>Waiting for an image or a clip: it takes no other request until then.</summary>
    public bool IsBusy => Status is SceneStatus.GeneratingImage or SceneStatus.GeneratingVideo;

    /// <summary>Whether the scene has any media at all (a storyboard keeps such scenes).</summary>
    public bool HasMedia => _assets.Count > 0;

    /// <summary>How a scene is named in messages: its place and title.</summary>
    public string Label => string.IsNullOrEmpty(Title) ? $"#{Position} ({Id})" : $"#{Position} \"{Title}\" ({Id})";

    internal static Result<Scene> Create(Guid projectId, int position, SceneContent content, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        errors.Text("title", content.Title, MaxTitleLength, required: true);
        CheckText(errors, content.Summary, content.Narration, content.ImagePrompt, content.NegativePrompt);
        CheckDuration(errors, content.DurationSeconds);
        if (errors.Any)
        {
            return errors.ToError();
        }
        return New(projectId, position, content, now);
    }

    /// <summary>A scene as a storyboard wrote it: text fitted into the limits, the duration into its range, a missing title named by place.</summary>
    internal static Scene FromStoryboard(Guid projectId, int position, SceneContent content, DateTimeOffset now)
    {
        var duration = double.IsFinite(content.DurationSeconds) ? Math.Clamp(content.DurationSeconds, MinDurationSeconds, MaxDurationSeconds) : 5;
        var title = Text.Fit(content.Title, MaxTitleLength);
        return New(projectId, position, content with
        {
            Title = title.Length == 0 ? $"Scene {position}" : title,
            Summary = Text.Fit(content.Summary, MaxSummaryLength),
            Narration = Text.Fit(content.Narration, MaxNarrationLength),
            ImagePrompt = Text.Fit(content.ImagePrompt, MaxImagePromptLength),
            NegativePrompt = Text.Optional(Text.Fit(content.NegativePrompt, MaxNegativePromptLength)),
            DurationSeconds = duration,
        }, now);
    }

    internal Result Edit(SceneEdit edit, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (edit.Title is not null)
        {
            errors.Text("title", edit.Title, MaxTitleLength, required: true);
        }
        CheckText(errors, edit.Summary, edit.Narration, edit.ImagePrompt, edit.NegativePrompt);
        if (edit.DurationSeconds is { } duration)
        {
            CheckDuration(errors, duration);
        }
        if (errors.Any)
        {
            return errors.ToError();
        }

        Title = edit.Title?.Trim() ?? Title;
        Summary = edit.Summary?.Trim() ?? Summary;
        Narration = edit.Narration?.Trim() ?? Narration;
        ImagePrompt = edit.ImagePrompt?.Trim() ?? ImagePrompt;
        NegativePrompt = edit.NegativePrompt is null ? NegativePrompt : Text.Optional(edit.NegativePrompt);
        DurationSeconds = edit.DurationSeconds ?? DurationSeconds;
        UpdatedAt = now;
        return Result.Success;
    }

    internal void MoveTo(int position, DateTimeOffset now)
    {
        if (Position != position)
        {
            Position = position;
            UpdatedAt = now;
        }
    }

    internal void StartImage(Guid requestId, DateTimeOffset now)
    {
        Status = SceneStatus.GeneratingImage;
        CurrentImageRequestId = requestId;
        ProgressPercent = 0;
        FailureReason = null;
        UpdatedAt = now;
    }

    internal void StartClip(Guid requestId, DateTimeOffset now)
    {
        Status = SceneStatus.GeneratingVideo;
        CurrentClipRequestId = requestId;
        ProgressPercent = 0;
        FailureReason = null;
        UpdatedAt = now;
    }

    /// <summary>Keeps a file as an asset of the scene (once: the same file again returns the asset it already is).</summary>
    internal SceneAsset AddAsset(SceneAssetKind kind, Guid fileId, Guid? requestId, int? width, int? height, double? durationSeconds, DateTimeOffset now)
    {
        if (_assets.FirstOrDefault(a => a.FileId == fileId) is { } existing)
        {
            return existing;
        }
        var asset = new SceneAsset(Id, kind, fileId, requestId, width, height, durationSeconds, now);
        _assets.Add(asset);
        UpdatedAt = now;
        return asset;
    }

    internal SceneAsset? FindAsset(Guid fileId) => _assets.FirstOrDefault(a => a.FileId == fileId);

    /// <summary>The image the scene waited for arrived: it is selected and the scene is ready for its clip.</summary>
    internal void ImageArrived(SceneAsset image, DateTimeOffset now)
    {
        SelectedImageId = image.Id;
        Status = SceneStatus.ImageReady;
        ProgressPercent = 100;
        UpdatedAt = now;
    }

    /// <summary>The clip the scene waited for arrived: it is selected and the scene is done.</summary>
    internal void ClipArrived(SceneAsset clip, DateTimeOffset now)
    {
        SelectedClipId = clip.Id;
        Status = SceneStatus.VideoReady;
        ProgressPercent = 100;
        UpdatedAt = now;
    }

    /// <summary>An upload became an asset: it is used when the scene has nothing of its kind yet and is not waiting for one.</summary>
    internal void UploadArrived(SceneAsset asset, DateTimeOffset now)
    {
        if (IsBusy)
        {
            return;
        }
        if (asset.Kind == SceneAssetKind.Image && SelectedImageId is null)
        {
            SelectedImageId = asset.Id;
        }
        else if (asset.Kind == SceneAssetKind.Clip && SelectedClipId is null)
        {
            SelectedClipId = asset.Id;
        }
        SettleStatus(now);
    }

    internal void Fail(string reason, DateTimeOffset now)
    {
        Status = SceneStatus.Failed;
        FailureReason = Text.Fit(reason, MaxFailureReasonLength);
        UpdatedAt = now;
    }

    /// <summary>Takes a newer percent of the current generation; an older or equal one (out of order) changes nothing.</summary>
    internal bool ReportProgress(int percent, DateTimeOffset now)
    {
        if (!IsBusy || percent <= ProgressPercent)
        {
            return false;
        }
        ProgressPercent = percent;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Chooses which of the scene's own images and clips it uses (null keeps the current choice).</summary>
    internal Result Select(Guid? imageAssetId, Guid? clipAssetId, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (imageAssetId is { } image && _assets.All(a => a.Id != image || a.Kind != SceneAssetKind.Image))
        {
            errors.Add("imageAssetId", $"Asset {image} is not an image of scene {Label}.");
        }
        if (clipAssetId is { } clip && _assets.All(a => a.Id != clip || a.Kind != SceneAssetKind.Clip))
        {
            errors.Add("clipAssetId", $"Asset {clip} is not a clip of scene {Label}.");
        }
        if (errors.Any)
        {
            return errors.ToError();
        }
        SelectedImageId = imageAssetId ?? SelectedImageId;
        SelectedClipId = clipAssetId ?? SelectedClipId;
        SettleStatus(now);
        return Result.Success;
    }

    /// <summary>Outside a generation the status says what the scene has: a clip, an image, or nothing yet.</summary>
    private void SettleStatus(DateTimeOffset now)
    {
        Status = SelectedClipId is not null ? SceneStatus.VideoReady
            : SelectedImageId is not null ? SceneStatus.ImageReady
            : SceneStatus.Pending;
        FailureReason = null;
        ProgressPercent = Status == SceneStatus.Pending ? 0 : 100;
        UpdatedAt = now;
    }

    private static Scene New(Guid projectId, int position, SceneContent content, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProjectId = projectId,
        Position = position,
        Title = content.Title?.Trim() ?? "",
        Summary = content.Summary?.Trim() ?? "",
        Narration = content.Narration?.Trim() ?? "",
        ImagePrompt = content.ImagePrompt?.Trim() ?? "",
        NegativePrompt = Text.Optional(content.NegativePrompt),
        DurationSeconds = content.DurationSeconds,
        Status = SceneStatus.Pending,
        CreatedAt = now,
        UpdatedAt = now,
    };

    private static void CheckText(FieldErrors errors, string? summary, string? narration, string? imagePrompt, string? negativePrompt)
    {
        errors.Text("summary", summary, MaxSummaryLength, required: false);
        errors.Text("narration", narration, MaxNarrationLength, required: false);
        errors.Text("imagePrompt", imagePrompt, MaxImagePromptLength, required: false);
        errors.Text("negativePrompt", negativePrompt, MaxNegativePromptLength, required: false);
    }

    private static void CheckDuration(FieldErrors errors, double seconds)
    {
        if (!double.IsFinite(seconds) || seconds < MinDurationSeconds || seconds > MaxDurationSeconds)
        {
            errors.Add("duration", $"A scene lasts {MinDurationSeconds} to {MaxDurationSeconds} seconds.");
        }
    }
}
