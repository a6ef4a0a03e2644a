using AiVideo.Projects.Domain.Activity;
using AiVideo.Projects.Domain.Common;
using AiVideo.Projects.Domain.Pipeline;
using AiVideo.Projects.Domain.Scenes;
using AiVideo.Projects.Domain.Timeline;

namespace AiVideo.Projects.Domain.Projects;

/// <summary>
/// A video project and everything it owns: its settings, scenes (with their assets), timeline and layers, the requests
/// it sent to generation and its status. It is also the process manager of its pipeline: start methods decide which
/// requests to send, result methods decide what a result changes and what to send next. Every change goes through the
/// root and bumps <see cref="Revision"/>, the concurrency token, so two replicas handling results of the same project
/// at once cannot both decide (one retries on a fresh copy).
/// </summary>
public sealed partial class Project
{
    public const int MaxTitleLength = 200;
    public const int MaxPromptLength = 4000;
    public const int MaxDescriptionLength = 2000;
    public const int MaxOverviewLength = 4000;
    public const int MinTargetDurationSeconds = 5;
    public const int MaxTargetDurationSeconds = 300;
    public const int MinSceneCount = 1;
    public const int MaxSceneCount = 20;

    /// <summary>Scenes a project may hold in all (a storyboard's plus those added by hand).</summary>
    public const int MaxScenes = 50;

    /// <summary>The longest provider name (generation-api's names are configuration keys).</summary>
    public const int MaxProviderLength = 64;

    private readonly List<Scene> _scenes = [];
    private readonly List<IssuedRequest> _requests = [];
    private readonly List<TimelineClip> _timeline = [];
    private readonly List<CaptionLayer> _captionLayers = [];
    private readonly List<AudioLayer> _audioLayers = [];
    private readonly List<ProjectActivity> _pendingActivity = [];

    private Project()
    {
    }

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    public Guid OwnerId { get; private set; }

    public string Title { get; private set; } = "";

    public string Prompt { get; private set; } = "";

    public string? Description { get; private set; }

    public int TargetDurationSeconds { get; private set; }

    public AspectRatio AspectRatio { get; private set; } = AspectRatio.Landscape;

    public VideoStyle Style { get; private set; } = VideoStyle.Cinematic;

    public Mood Mood { get; private set; } = Mood.Neutral;

    /// <summary>How many scenes a storyboard is asked for.</summary>
    public int SceneCount { get; private set; }

    public NarrationSettings Narration { get; private set; } = NarrationSettings.Default;

    public CaptionSettings Captions { get; private set; } = CaptionSettings.Default;

    public MusicSettings Music { get; private set; } = MusicSettings.None;

    /// <summary>Whether the company's logo is laid over the final video.</summary>
    public bool Watermark { get; private set; }

    /// <summary>The catalogue's car variant the video is about, if any.</summary>
    public Guid? CarVariantId { get; private set; }

    /// <summary>The generation provider the project's work asks for (null: the company's or the platform's default); where it lacks a port, the default serves that step.</summary>
    public string? Provider { get; private set; }

    public ProjectStatus Status { get; private set; }

    public PipelineGoal Goal { get; private set; }

    public ProjectFailure? Failure { get; private set; }

    /// <summary>Overall progress of the work under way (or 100 when completed).</summary>
    public int ProgressPercent { get; private set; }

    /// <summary>The title the last storyboard proposed (the project keeps its own title).</summary>
    public string? StoryboardTitle { get; private set; }

    public string? Overview { get; private set; }

    public FinalVideo? FinalVideo { get; private set; }

    /// <summary>The latest storyboard request.</summary>
    public Guid? StoryboardRequestId { get; private set; }

    /// <summary>The latest final render request.</summary>
    public Guid? RenderRequestId { get; private set; }

    /// <summary>Whether the storyboard under way keeps every existing scene (else scenes without media are replaced).</summary>
    public bool KeepScenesOnStoryboard { get; private set; }

    /// <summary>Who started the work under way; requests the pipeline issues on its own are made on their behalf.</summary>
    public Guid? StartedBy { get; private set; }

    /// <summary>The number of the last activity entry recorded.</summary>
    public long ActivitySequence { get; private set; }

    /// <summary>Incremented by every change; the concurrency token (and a natural ETag).</summary>
    public int Revision { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The scenes in play order.</summary>
    public IReadOnlyList<Scene> Scenes => _scenes.OrderBy(s => s.Position).ToList();

    public IReadOnlyList<IssuedRequest> Requests => _requests;

    /// <summary>The cuts of the final video in play order; empty means every scene's selected clip whole, in scene order.</summary>
    public IReadOnlyList<TimelineClip> Timeline => _timeline.OrderBy(c => c.Position).ToList();

    public IReadOnlyList<CaptionLayer> CaptionLayers => _captionLayers.OrderBy(c => c.Position).ToList();

    public IReadOnlyList<AudioLayer> AudioLayers => _audioLayers.OrderBy(a => a.Position).ToList();

    /// <summary>Storyboarding, generating or rendering: no other project-level work starts and the scene list stays as it is.</summary>
    public bool IsBusy => Status is ProjectStatus.Storyboarding or ProjectStatus.Generating or ProjectStatus.Rendering;

    public static Result<Project> Create(ProjectDraft draft, Guid ownerId, Guid companyId, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        errors.Text("title", draft.Title, MaxTitleLength, required: true);
        errors.Text("prompt", draft.Prompt, MaxPromptLength, required: true);
        errors.Text("description", draft.Description, MaxDescriptionLength, required: false);
        CheckTargetDuration(errors, draft.TargetDurationSeconds);
        CheckSceneCount(errors, draft.SceneCount);
        var aspectRatio = Known(errors, "aspectRatio", draft.AspectRatio, AspectRatio.Find, AspectRatio.All.Select(r => r.Name));
        var style = Known(errors, "style", draft.Style, VideoStyle.Find, VideoStyle.All.Select(s => s.Name));
        var mood = Known(errors, "mood", draft.Mood, Mood.Find, Mood.All.Select(m => m.Name));
        var voice = Known(errors, "narration.voice", draft.Voice, NarrationVoice.Find, NarrationVoice.All.Select(v => v.Name));
        var captionStyle = Known(errors, "captions.style", draft.CaptionStyle, CaptionStyle.Find, CaptionStyle.All.Select(s => s.Name));
        CheckVolume(errors, "music.volume", draft.MusicVolume);
        CheckProvider(errors, draft.Provider);
        if (errors.Any)
        {
            return errors.ToError();
        }

        var project = new Project
        {
            Id = Guid.CreateVersion7(now),
            CompanyId = companyId,
            OwnerId = ownerId,
            Title = draft.Title!.Trim(),
            Prompt = draft.Prompt!.Trim(),
            Description = Text.Optional(draft.Description),
            TargetDurationSeconds = draft.TargetDurationSeconds,
            AspectRatio = aspectRatio!,
            Style = style!,
            Mood = mood!,
            SceneCount = draft.SceneCount,
            Narration = new NarrationSettings(draft.NarrationEnabled, voice!),
            Captions = new CaptionSettings(draft.CaptionsEnabled, draft.CaptionsBurned, captionStyle!),
            Music = new MusicSettings(draft.MusicFileId, draft.MusicVolume),
            Watermark = draft.Watermark,
            CarVariantId = draft.CarVariantId,
            Provider = Text.Optional(draft.Provider)?.ToLowerInvariant(),
            Status = ProjectStatus.Draft,
            Goal = PipelineGoal.SingleStep,
            CreatedAt = now,
            UpdatedAt = now,
        };
        project.Record(ActivityType.ProjectStatus, now, status: WireNames.Of(ProjectStatus.Draft));
        return project;
    }

    /// <summary>Applies a PATCH; settings that shape generation are refused while the project is busy.</summary>
    public Result Update(ProjectChanges changes, DateTimeOffset now)
    {
        if (changes.ChangesGeneration && IsBusy)
        {
            return ProjectErrors.Busy(Status);
        }
        var errors = new FieldErrors();
        if (changes.Title is not null)
        {
            errors.Text("title", changes.Title, MaxTitleLength, required: true);
        }
        if (changes.Prompt is not null)
        {
            errors.Text("prompt", changes.Prompt, MaxPromptLength, required: true);
        }
        errors.Text("description", changes.Description, MaxDescriptionLength, required: false);
        if (changes.TargetDurationSeconds is { } duration)
        {
            CheckTargetDuration(errors, duration);
        }
        if (changes.SceneCount is { } count)
        {
            CheckSceneCount(errors, count);
        }
        var aspectRatio = changes.AspectRatio is null ? AspectRatio
            : Known(errors, "aspectRatio", changes.AspectRatio, AspectRatio.Find, AspectRatio.All.Select(r => r.Name));
        var style = changes.Style is null ? Style : Known(errors, "style", changes.Style, VideoStyle.Find, VideoStyle.All.Select(s => s.Name));
        var mood = changes.Mood is null ? Mood : Known(errors, "mood", changes.Mood, Mood.Find, Mood.All.Select(m => m.Name));
        var voice = changes.Voice is null ? Narration.Voice
            : Known(errors, "narration.voice", changes.Voice, NarrationVoice.Find, NarrationVoice.All.Select(v => v.Name));
        var captionStyle = changes.CaptionStyle is null ? Captions.Style
            : Known(errors, "captions.style", changes.CaptionStyle, CaptionStyle.Find, CaptionStyle.All.Select(s => s.Name));
        if (changes.MusicVolume is { } volume)
        {
            CheckVolume(errors, "music.volume", volume);
        }
        CheckProvider(errors, changes.Provider);
        if (errors.Any)
        {
            return errors.ToError();
        }

        Title = changes.Title?.Trim() ?? Title;
        Prompt = changes.Prompt?.Trim() ?? Prompt;
        Description = changes.ClearDescription ? null : changes.Description is null ? Description : Text.Optional(changes.Description);
        TargetDurationSeconds = changes.TargetDurationSeconds ?? TargetDurationSeconds;
        AspectRatio = aspectRatio!;
        Style = style!;
        Mood = mood!;
        SceneCount = changes.SceneCount ?? SceneCount;
        Narration = new NarrationSettings(changes.NarrationEnabled ?? Narration.Enabled, voice!);
        Captions = new CaptionSettings(changes.CaptionsEnabled ?? Captions.Enabled, changes.CaptionsBurned ?? Captions.Burned, captionStyle!);
        Music = new MusicSettings(changes.ClearMusic ? null : changes.MusicFileId ?? Music.FileId, changes.MusicVolume ?? Music.Volume);
        Watermark = changes.Watermark ?? Watermark;
        CarVariantId = changes.ClearCarVariant ? null : changes.CarVariantId ?? CarVariantId;
        Provider = changes.ClearProvider ? null : Text.Optional(changes.Provider)?.ToLowerInvariant() ?? Provider;
        Touch(now);
        return Result.Success;
    }

    public Scene? FindScene(Guid sceneId) => _scenes.FirstOrDefault(s => s.Id == sceneId);

    public IssuedRequest? FindRequest(Guid requestId) => _requests.FirstOrDefault(r => r.Id == requestId);

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }

    private static T? Known<T>(FieldErrors errors, string field, string? name, Func<string?, T?> find, IEnumerable<string> allowed) where T : class
    {
        var value = find(name);
        if (value is null)
        {
            errors.Add(field, $"'{name}' is not one of: {string.Join(", ", allowed)}.");
        }
        return value;
    }

    /// <summary>A provider's name is a short word (which providers exist is generation-api's to say).</summary>
    private static void CheckProvider(FieldErrors errors, string? provider)
    {
        if (provider is not null && (provider.Trim().Length is 0 or > MaxProviderLength
            || !provider.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            errors.Add("provider", $"A provider is named by 1 to {MaxProviderLength} letters, digits, '-', '_' or '.'.");
        }
    }

    private static void CheckTargetDuration(FieldErrors errors, int seconds)
    {
        if (seconds is < MinTargetDurationSeconds or > MaxTargetDurationSeconds)
        {
            errors.Add("targetDuration", $"The target duration is {MinTargetDurationSeconds} to {MaxTargetDurationSeconds} seconds.");
        }
    }

    private static void CheckSceneCount(FieldErrors errors, int count)
    {
        if (count is < MinSceneCount or > MaxSceneCount)
        {
            errors.Add("sceneCount", $"The scene count is {MinSceneCount} to {MaxSceneCount}.");
        }
    }

    private static void CheckVolume(FieldErrors errors, string field, double volume)
    {
        if (!double.IsFinite(volume) || volume is < 0 or > 1)
        {
            errors.Add(field, "The volume is between 0 and 1.");
        }
    }
}
