using AiVideo.Projects.Domain.Activity;
using AiVideo.Projects.Domain.Common;
using AiVideo.Projects.Domain.Pipeline;
using AiVideo.Projects.Domain.Scenes;

namespace AiVideo.Projects.Domain.Projects;

/// <summary>
/// The pipeline as a process manager. Starts check everything first and change nothing when they refuse; then they
/// record the requests they issue and return them for the caller to publish. Results are matched to the requests by id:
/// only a pending request's result changes state; one for a superseded request is recorded as ignored (a late image or
/// clip is still kept as an asset), one for a settled request changes nothing, so duplicates and redeliveries are
/// harmless. During a <c>generate</c> run each applied result issues what comes next: storyboard → every scene's image
/// (in parallel) → each scene's clip as its image arrives → the final render once every scene has its clip.
/// </summary>
public sealed partial class Project
{
    /// <summary>Asks for a storyboard on its own (it stops at <c>storyboard_ready</c>); scenes without media are replaced unless kept.</summary>
    public Result<IReadOnlyList<GenerationRequest>> RequestStoryboard(Guid userId, bool keepScenes, DateTimeOffset now)
    {
        if (IsBusy)
        {
            return ProjectErrors.Busy(Status);
        }
        return Settled(StartStoryboard(PipelineGoal.SingleStep, userId, keepScenes, now), now);
    }

    /// <summary>
    /// Runs the pipeline from a step to the final video: <c>storyboard</c> (a new storyboard, then everything),
    /// <c>images</c> (new images for every scene), <c>clips</c> (new clips from every scene's selected image) or
    /// <c>render</c> (the final video from the selected clips). Returns the first requests to send.
    /// </summary>
    public Result<IReadOnlyList<GenerationRequest>> Generate(GenerateFrom from, Guid userId, bool keepScenes, DateTimeOffset now)
    {
        if (IsBusy)
        {
            return ProjectErrors.Busy(Status);
        }
        switch (from)
        {
            case GenerateFrom.Storyboard:
                return Settled(StartStoryboard(PipelineGoal.FinalVideo, userId, keepScenes, now), now);
            case GenerateFrom.Images:
                if (_scenes.Count == 0)
                {
                    return ProjectErrors.NoScenes();
                }
                BeginRun(PipelineGoal.FinalVideo, ProjectStatus.Generating, userId, now);
                return Settled(Scenes.Select(s => (GenerationRequest)StartImage(s, ImageOptions.Default, userId, now)).ToList(), now);
            case GenerateFrom.Clips:
                if (_scenes.Count == 0)
                {
                    return ProjectErrors.NoScenes();
                }
                var withoutImage = Scenes.Where(s => s.SelectedImage is null).ToList();
                if (withoutImage.Count > 0)
                {
                    return ProjectErrors.ScenesWithoutImage(withoutImage);
                }
                BeginRun(PipelineGoal.FinalVideo, ProjectStatus.Generating, userId, now);
                return Settled(Scenes.Select(s => (GenerationRequest)StartClip(s, userId, now)).ToList(), now);
            case GenerateFrom.Render:
                return Settled(StartRender(PipelineGoal.FinalVideo, userId, now), now);
            default:
                throw new ArgumentOutOfRangeException(nameof(from), from, null);
        }
    }

    /// <summary>
    /// Asks for a scene's image. Refused while the project or the scene is busy. When the project failed in a
    /// <c>generate</c> run and this was its last failed scene, the run resumes: the returned requests then also hold
    /// whatever the other scenes were waiting for.
    /// </summary>
    public Result<IReadOnlyList<GenerationRequest>> RequestImage(Guid sceneId, ImageOptions options, Guid userId, DateTimeOffset now)
    {
        if (FindScene(sceneId) is not { } scene)
        {
            return ProjectErrors.SceneNotFound(sceneId);
        }
        if (IsBusy)
        {
            return ProjectErrors.Busy(Status);
        }
        if (scene.IsBusy)
        {
            return ProjectErrors.SceneBusy(scene);
        }
        var errors = new FieldErrors();
        if (options.PromptOverride is not null)
        {
            errors.Text("prompt", options.PromptOverride, Scene.MaxImagePromptLength, required: true);
        }
        var references = options.ReferenceFileIds ?? [];
        if (references.Count > ImageOptions.MaxReferenceFiles || references.Contains(Guid.Empty) || references.Distinct().Count() != references.Count)
        {
            errors.Add("referenceFileIds", $"Up to {ImageOptions.MaxReferenceFiles} distinct file ids.");
        }
        if (errors.Any)
        {
            return errors.ToError();
        }
        if (options.UseSeedFrame && SeedFrameSource(scene) is null)
        {
            return ProjectErrors.NoSeedFrame(scene);
        }

        List<GenerationRequest> requests = [StartImage(scene, options, userId, now)];
        requests.AddRange(Resume(userId, now));
        return Settled(requests, now);
    }

    /// <summary>Asks for a scene's clip from its selected image; resumes a failed run like <see cref="RequestImage"/>.</summary>
    public Result<IReadOnlyList<GenerationRequest>> RequestClip(Guid sceneId, Guid userId, DateTimeOffset now)
    {
        if (FindScene(sceneId) is not { } scene)
        {
            return ProjectErrors.SceneNotFound(sceneId);
        }
        if (IsBusy)
        {
            return ProjectErrors.Busy(Status);
        }
        if (scene.IsBusy)
        {
            return ProjectErrors.SceneBusy(scene);
        }
        if (scene.SelectedImage is null)
        {
            return ProjectErrors.SceneWithoutImage(scene);
        }
        List<GenerationRequest> requests = [StartClip(scene, userId, now)];
        requests.AddRange(Resume(userId, now));
        return Settled(requests, now);
    }

    /// <summary>Asks for the final video from every scene's selected clip (cut by the timeline, if set); refused, naming them, while scenes lack one.</summary>
    public Result<IReadOnlyList<GenerationRequest>> Render(Guid userId, DateTimeOffset now)
    {
        if (IsBusy)
        {
            return ProjectErrors.Busy(Status);
        }
        return Settled(StartRender(PipelineGoal.SingleStep, userId, now), now);
    }

    /// <summary>The storyboard arrived: scenes are replaced (or added), and a <c>generate</c> run goes on to every scene's image.</summary>
    public ResultHandling ApplyStoryboard(Guid requestId, StoryboardResult storyboard, DateTimeOffset now)
    {
        if (Awaited(requestId, RequestKind.Storyboard, now) is not { } request)
        {
            return Ignore(requestId, RequestKind.Storyboard, now);
        }
        if (storyboard.Scenes.Count == 0)
        {
            request.Fail("empty_storyboard", "The storyboard has no scenes.", now);
            FailRun(request, "empty_storyboard", "The storyboard has no scenes.", null, now);
            return Settled(new ResultHandling(ResultDisposition.Applied, []), now);
        }

        request.Succeed(null, now);
        StoryboardTitle = Text.Optional(Text.Fit(storyboard.Title, MaxTitleLength));
        Overview = Text.Optional(Text.Fit(storyboard.Overview, MaxOverviewLength));
        var replaced = 0;
        if (!KeepScenesOnStoryboard)
        {
            foreach (var scene in _scenes.Where(s => !s.HasMedia).ToList())
            {
                RemoveScene(scene, now);
                replaced++;
            }
        }
        Renumber(Scenes, now);
        var room = MaxScenes - _scenes.Count;
        var added = storyboard.Scenes.Take(room).ToList();
        foreach (var content in added)
        {
            _scenes.Add(Scene.FromStoryboard(Id, _scenes.Count + 1, content, now));
        }
        Record(ActivityType.StoryboardApplied, now, requestId: requestId,
            message: $"{added.Count} scene(s) added, {replaced} without media replaced, {_scenes.Count - added.Count} kept.");

        if (Goal == PipelineGoal.FinalVideo)
        {
            SetStatus(ProjectStatus.Generating, now);
            return Settled(new ResultHandling(ResultDisposition.Applied, Advance(now)), now);
        }
        SetStatus(ProjectStatus.StoryboardReady, now);
        return Settled(new ResultHandling(ResultDisposition.Applied, []), now);
    }

    /// <summary>A scene's image arrived (media stored it with the request's id): it is kept, selected, and in a run the scene's clip is asked for.</summary>
    public ResultHandling ApplyImage(Guid requestId, GeneratedImage image, DateTimeOffset now)
    {
        if (Awaited(requestId, RequestKind.Image, now) is not { } request)
        {
            KeepLateFile(requestId, RequestKind.Image, SceneAssetKind.Image, image.FileId, image.Width, image.Height, null, now);
            return Ignore(requestId, RequestKind.Image, now);
        }
        var scene = FindScene(request.SceneId!.Value)!;
        var asset = scene.AddAsset(SceneAssetKind.Image, image.FileId, requestId, image.Width, image.Height, null, now);
        request.Succeed(image.FileId, now);
        var before = scene.Status;
        scene.ImageArrived(asset, now);
        RecordSceneStatus(scene, before, now);
        return Settled(new ResultHandling(ResultDisposition.Applied, Advance(now)), now);
    }

    /// <summary>
    /// The last frame of a scene's clip was stored (media announces it with the clip request's id): it is kept as the
    /// scene's seed-frame asset (nothing else changes). The same frame again, or one the clip's result already brought, changes nothing.
    /// </summary>
    public ResultHandling ApplySeedFrame(Guid requestId, GeneratedImage frame, DateTimeOffset now)
    {
        if (FindRequest(requestId) is not { Kind: RequestKind.Clip, SceneId: { } sceneId } || FindScene(sceneId) is not { } scene)
        {
            return Ignore(requestId, RequestKind.Clip, now);
        }
        if (scene.FindAsset(frame.FileId) is not null)
        {
            return ResultHandling.Ignored(ResultDisposition.AlreadySettled);
        }
        scene.AddAsset(SceneAssetKind.SeedFrame, frame.FileId, requestId, frame.Width, frame.Height, null, now);
        Touch(now);
        return new ResultHandling(ResultDisposition.Applied, []);
    }

    /// <summary>
    /// A video arrived: a scene's clip (kept, selected; in a run the final render follows once every scene has its clip),
    /// or the final video (the project is completed; the returned completion is what <c>ProjectCompleted</c> announces).
    /// </summary>
    public ResultHandling ApplyVideo(Guid requestId, GeneratedVideo video, DateTimeOffset now)
    {
        var kind = FindRequest(requestId)?.Kind == RequestKind.Render ? RequestKind.Render : RequestKind.Clip;
        if (Awaited(requestId, kind, now) is not { } request)
        {
            KeepLateFile(requestId, kind, SceneAssetKind.Clip, video.FileId, video.Width, video.Height, video.DurationSeconds, now, video.SeedFrameFileId);
            return Ignore(requestId, kind, now);
        }
        request.Succeed(video.FileId, now);
        if (kind == RequestKind.Render)
        {
            FinalVideo = new FinalVideo(video.FileId, requestId, video.DurationSeconds, video.Width, video.Height, video.Size, video.ThumbnailFileId,
                video.HlsPlaylistKey, now);
            CompletedAt = now;
            SetStatus(ProjectStatus.Completed, now);
            return Settled(new ResultHandling(ResultDisposition.Applied, [],
                new ProjectCompletion(Id, CompanyId, OwnerId, video.FileId, video.DurationSeconds, now)), now);
        }

        var scene = FindScene(request.SceneId!.Value)!;
        var asset = scene.AddAsset(SceneAssetKind.Clip, video.FileId, requestId, video.Width, video.Height, video.DurationSeconds, now);
        KeepSeedFrame(scene, requestId, video, now);
        var before = scene.Status;
        scene.ClipArrived(asset, now);
        RecordSceneStatus(scene, before, now);
        return Settled(new ResultHandling(ResultDisposition.Applied, Advance(now)), now);
    }

    /// <summary>
    /// A request failed (after generation's own retries). A scene's failure fails the scene and, during a run, the
    /// project with the scene and the reason; a storyboard's or render's failure fails the project.
    /// </summary>
    public ResultHandling ApplyFailure(Guid requestId, string errorCode, string message, DateTimeOffset now)
    {
        var kind = FindRequest(requestId)?.Kind ?? RequestKind.Storyboard;
        if (Awaited(requestId, kind, now) is not { } request)
        {
            return Ignore(requestId, kind, now);
        }
        request.Fail(errorCode, message, now);
        if (request.SceneId is { } sceneId && FindScene(sceneId) is { } scene)
        {
            var before = scene.Status;
            scene.Fail(message, now);
            RecordSceneStatus(scene, before, now);
            if (Status == ProjectStatus.Generating)
            {
                FailRun(request, errorCode, message, scene.Id, now);
            }
        }
        else
        {
            FailRun(request, errorCode, message, null, now);
        }
        return Settled(new ResultHandling(ResultDisposition.Applied, []), now);
    }

    /// <summary>Progress of a pending request (best effort): only a newer percent counts; the scene's and the project's progress follow.</summary>
    public ResultHandling ApplyProgress(Guid requestId, int percent, DateTimeOffset now)
    {
        if (FindRequest(requestId) is not { } request)
        {
            return ResultHandling.Ignored(ResultDisposition.UnknownRequest);
        }
        if (!request.IsPending)
        {
            return ResultHandling.Ignored(request.State == RequestState.Superseded ? ResultDisposition.Superseded : ResultDisposition.AlreadySettled);
        }
        if (!request.ReportProgress(Math.Clamp(percent, 0, 100)))
        {
            return ResultHandling.Ignored(ResultDisposition.Stale);
        }
        if (request.SceneId is { } sceneId && FindScene(sceneId) is { } scene && scene.ReportProgress(request.ProgressPercent, now))
        {
            Record(ActivityType.SceneProgress, now, scene.Id, request.Id, percent: scene.ProgressPercent);
        }
        Touch(now);
        return Settled(new ResultHandling(ResultDisposition.Applied, []), now);
    }

    private List<GenerationRequest> StartStoryboard(PipelineGoal goal, Guid userId, bool keepScenes, DateTimeOffset now)
    {
        var request = Issue(RequestKind.Storyboard, null, userId, now);
        StoryboardRequestId = request.Id;
        KeepScenesOnStoryboard = keepScenes;
        BeginRun(goal, ProjectStatus.Storyboarding, userId, now);
        return
        [
            new StoryboardRequest(request.Id, Id, CompanyId, userId, Prompt, Style.Name, Mood.Name, TargetDurationSeconds, SceneCount, AspectRatio.Name,
                CarVariantId),
        ];
    }

    private Result<IReadOnlyList<GenerationRequest>> StartRender(PipelineGoal goal, Guid userId, DateTimeOffset now)
    {
        if (RenderBlocker() is { } blocked)
        {
            return blocked;
        }
        var cuts = CutClips();
        if (!cuts.IsSuccess)
        {
            return cuts.Error;
        }
        return new GenerationRequest[] { IssueRender(goal, cuts.Value, userId, now) };
    }

    private Error? RenderBlocker()
    {
        if (_scenes.Count == 0)
        {
            return ProjectErrors.NoScenes();
        }
        var withoutClip = Scenes.Where(s => s.SelectedClip is null).ToList();
        if (withoutClip.Count > 0)
        {
            return ProjectErrors.ScenesWithoutClip(withoutClip);
        }
        var busy = Scenes.Where(s => s.IsBusy).ToList();
        return busy.Count > 0 ? ProjectErrors.ScenesBusy(busy) : null;
    }

    private RenderRequest IssueRender(PipelineGoal goal, IReadOnlyList<RenderClip> cuts, Guid userId, DateTimeOffset now)
    {
        var request = Issue(RequestKind.Render, null, userId, now);
        RenderRequestId = request.Id;
        BeginRun(goal, ProjectStatus.Rendering, userId, now);
        var narration = Narration.Enabled
            ? Scenes.Where(s => s.Narration.Length > 0).Select(s => new RenderNarration(s.Id, s.Position, s.Narration)).ToList()
            : [];
        var captions = CaptionLayers.Select(c => new RenderCaption(c.Text, c.StartSeconds, c.EndSeconds, c.Style.Name)).ToList();
        return new RenderRequest(request.Id, Id, CompanyId, userId, AspectRatio.Width, AspectRatio.Height, RenderRequest.DefaultFps, cuts, narration,
            Narration.Enabled ? Narration.Voice : null, Captions, captions, AudioTracks(), Watermark);
    }

    private ImageRequest StartImage(Scene scene, ImageOptions options, Guid userId, DateTimeOffset now)
    {
        SupersedeSceneRequests(scene, now);
        var request = Issue(RequestKind.Image, scene.Id, userId, now);
        var before = scene.Status;
        scene.StartImage(request.Id, now);
        RecordSceneStatus(scene, before, now);
        var prompt = options.PromptOverride?.Trim() ?? ImagePromptOf(scene);
        var seed = options.UseSeedFrame ? SeedFrameSource(scene) : null;
        return new ImageRequest(request.Id, Id, CompanyId, userId, scene.Id, scene.Title, scene.Position, prompt, scene.NegativePrompt, AspectRatio.Width, AspectRatio.Height,
            options.ReferenceFileIds ?? [], seed, Style.Name, Mood.Name, CarVariantId);
    }

    private ClipRequest StartClip(Scene scene, Guid userId, DateTimeOffset now)
    {
        SupersedeSceneRequests(scene, now);
        var request = Issue(RequestKind.Clip, scene.Id, userId, now);
        var image = scene.SelectedImage!;
        var before = scene.Status;
        scene.StartClip(request.Id, now);
        RecordSceneStatus(scene, before, now);
        var prompt = scene.Summary.Length > 0 ? scene.Summary : ImagePromptOf(scene);
        return new ClipRequest(request.Id, Id, CompanyId, userId, scene.Id, scene.Position, image.FileId, AspectRatio.Width, AspectRatio.Height, RenderRequest.DefaultFps,
            scene.DurationSeconds, prompt);
    }

    /// <summary>What comes next in a run: images for scenes without one, clips for scenes with an image, the render when every scene has its clip.</summary>
    private List<GenerationRequest> Advance(DateTimeOffset now)
    {
        if (Status != ProjectStatus.Generating || Goal != PipelineGoal.FinalVideo)
        {
            return [];
        }
        if (_scenes.Count == 0)
        {
            FailRun(null, "no_scenes", "The project has no scenes to generate.", null, now);
            return [];
        }
        var userId = StartedBy ?? OwnerId;
        var next = new List<GenerationRequest>();
        foreach (var scene in Scenes)
        {
            if (scene.Status == SceneStatus.Pending)
            {
                next.Add(StartImage(scene, ImageOptions.Default, userId, now));
            }
            else if (scene.Status == SceneStatus.ImageReady)
            {
                next.Add(StartClip(scene, userId, now));
            }
        }
        if (next.Count > 0 || _scenes.Any(s => s.Status != SceneStatus.VideoReady))
        {
            return next;
        }
        var cuts = CutClips();
        if (!cuts.IsSuccess)
        {
            FailRun(null, cuts.Error.Code, cuts.Error.Message, null, now);
            return [];
        }
        next.Add(IssueRender(PipelineGoal.FinalVideo, cuts.Value, userId, now));
        return next;
    }

    /// <summary>
    /// After a scene of a run that failed on a scene was asked again: with no failed scene left the run goes on (and
    /// issues what the other scenes were waiting for); otherwise the project stays failed, naming a scene still failed.
    /// </summary>
    private List<GenerationRequest> Resume(Guid userId, DateTimeOffset now)
    {
        if (Status != ProjectStatus.Failed || Goal != PipelineGoal.FinalVideo || Failure?.SceneId is null)
        {
            return [];
        }
        if (Scenes.FirstOrDefault(s => s.Status == SceneStatus.Failed) is { } stillFailed)
        {
            if (stillFailed.Id != Failure.SceneId)
            {
                Failure = Failure with { SceneId = stillFailed.Id, Message = stillFailed.FailureReason ?? Failure.Message };
                Record(ActivityType.ProjectStatus, now, stillFailed.Id, status: WireNames.Of(Status), message: Failure.Message);
            }
            return [];
        }
        StartedBy = userId;
        Failure = null;
        SetStatus(ProjectStatus.Generating, now);
        return Advance(now);
    }

    private void BeginRun(PipelineGoal goal, ProjectStatus status, Guid userId, DateTimeOffset now)
    {
        Goal = goal;
        StartedBy = userId;
        Failure = null;
        SetStatus(status, now);
    }

    private void FailRun(IssuedRequest? request, string code, string message, Guid? sceneId, DateTimeOffset now)
    {
        var stage = request?.Kind switch
        {
            RequestKind.Storyboard => "storyboard",
            RequestKind.Image => "image",
            RequestKind.Clip => "clip",
            _ => "final",
        };
        Failure = new ProjectFailure(stage, Text.Fit(code, IssuedRequest.MaxErrorCodeLength), Text.Fit(message, ProjectFailure.MaxMessageLength), sceneId,
            request?.Id, now);
        SetStatus(ProjectStatus.Failed, now);
    }

    private void SetStatus(ProjectStatus status, DateTimeOffset now)
    {
        if (Status != status)
        {
            Status = status;
            Record(ActivityType.ProjectStatus, now, Failure?.SceneId, Failure?.RequestId, WireNames.Of(status),
                message: status == ProjectStatus.Failed ? Failure?.Message : null);
        }
    }

    /// <summary>Ends an operation: the overall progress is worked out once, from the state the operation left.</summary>
    private Result<IReadOnlyList<GenerationRequest>> Settled(Result<IReadOnlyList<GenerationRequest>> started, DateTimeOffset now)
    {
        RecalculateProgress(now);
        return started;
    }

    private ResultHandling Settled(ResultHandling handling, DateTimeOffset now)
    {
        RecalculateProgress(now);
        return handling;
    }

    /// <summary>
    /// Overall progress: a run spends 0–10 on the storyboard, 10–90 on the scenes (half image, half clip each) and
    /// 90–100 on the render; a single step counts 0–100 on its own. With nothing under way it is 0, except that a failed
    /// project keeps where it stopped and a completed one is at 100.
    /// </summary>
    private void RecalculateProgress(DateTimeOffset now)
    {
        var run = Goal == PipelineGoal.FinalVideo;
        var percent = Status switch
        {
            ProjectStatus.Completed => 100,
            ProjectStatus.Storyboarding => Scale(PercentOf(StoryboardRequestId), 0, run ? 10 : 100),
            ProjectStatus.Generating => 10 + (int)Math.Floor(80 * (_scenes.Count == 0 ? 0 : _scenes.Average(SceneFraction))),
            ProjectStatus.Rendering => Scale(PercentOf(RenderRequestId), run ? 90 : 0, 100),
            ProjectStatus.Failed => ProgressPercent,
            _ => 0,
        };
        if (percent != ProgressPercent)
        {
            ProgressPercent = percent;
            Record(ActivityType.ProjectProgress, now, percent: percent);
        }
    }

    private static double SceneFraction(Scene scene) => scene.Status switch
    {
        SceneStatus.GeneratingImage => scene.ProgressPercent / 200.0,
        SceneStatus.ImageReady => 0.5,
        SceneStatus.GeneratingVideo => 0.5 + scene.ProgressPercent / 200.0,
        SceneStatus.VideoReady => 1,
        _ => 0,
    };

    private static int Scale(int percent, int from, int to) => from + (to - from) * percent / 100;

    private int PercentOf(Guid? requestId) => requestId is { } id ? FindRequest(id)?.ProgressPercent ?? 0 : 0;

    private IssuedRequest Issue(RequestKind kind, Guid? sceneId, Guid userId, DateTimeOffset now)
    {
        var request = new IssuedRequest(Id, kind, sceneId, userId, now);
        _requests.Add(request);
        Touch(now);
        return request;
    }

    private void SupersedeSceneRequests(Scene scene, DateTimeOffset now)
    {
        foreach (var pending in _requests.Where(r => r.SceneId == scene.Id && r.IsPending))
        {
            pending.Supersede(now);
        }
    }

    /// <summary>The pending request a result is for, or null when the result is not awaited (then it changes no state).</summary>
    private IssuedRequest? Awaited(Guid requestId, RequestKind kind, DateTimeOffset now) =>
        FindRequest(requestId) is { Kind: var found, IsPending: true } request && found == kind ? request : null;

    /// <summary>Records why a result changed nothing (a duplicate of a settled request is not recorded: it is simply the same result again).</summary>
    private ResultHandling Ignore(Guid requestId, RequestKind kind, DateTimeOffset now)
    {
        var request = FindRequest(requestId);
        var disposition = request is null || request.Kind != kind ? ResultDisposition.UnknownRequest
            : request.State == RequestState.Superseded ? ResultDisposition.Superseded
            : ResultDisposition.AlreadySettled;
        if (disposition != ResultDisposition.AlreadySettled)
        {
            Record(ActivityType.ResultIgnored, now, request?.SceneId, requestId, message: disposition == ResultDisposition.Superseded
                ? $"A result for {WireNames.Of(kind)} request {requestId} arrived after a newer request replaced it; it changed nothing."
                : $"A result arrived for {requestId}, which is not a {WireNames.Of(kind)} request of this project; it changed nothing.");
        }
        return ResultHandling.Ignored(disposition);
    }

    /// <summary>A file that arrives for a request no longer awaited is still kept as an asset of its scene: a rerun never loses a result.</summary>
    private void KeepLateFile(Guid requestId, RequestKind kind, SceneAssetKind assetKind, Guid fileId, int? width, int? height, double? duration, DateTimeOffset now,
        Guid? seedFrameFileId = null)
    {
        if (FindRequest(requestId) is { SceneId: { } sceneId } request && request.Kind == kind && FindScene(sceneId) is { } scene
            && scene.FindAsset(fileId) is null)
        {
            scene.AddAsset(assetKind, fileId, requestId, width, height, duration, now);
            if (seedFrameFileId is { } frame)
            {
                scene.AddAsset(SceneAssetKind.SeedFrame, frame, requestId, width, height, null, now);
            }
            Touch(now);
        }
    }

    /// <summary>A clip's last frame, when generation sent it along, is kept as the scene's seed frame of that clip (same request id).</summary>
    private static void KeepSeedFrame(Scene scene, Guid requestId, GeneratedVideo video, DateTimeOffset now)
    {
        if (video.SeedFrameFileId is { } frame)
        {
            scene.AddAsset(SceneAssetKind.SeedFrame, frame, requestId, video.Width, video.Height, null, now);
        }
    }

    /// <summary>The last frame of the previous scene's selected clip: the seed-frame asset its clip request brought (an uploaded clip has none).</summary>
    private Guid? SeedFrameSource(Scene scene)
    {
        var previous = _scenes.FirstOrDefault(s => s.Position == scene.Position - 1);
        return previous?.SelectedClip is { RequestId: { } clipRequest }
            ? previous.Assets.FirstOrDefault(a => a.Kind == SceneAssetKind.SeedFrame && a.RequestId == clipRequest)?.FileId
            : null;
    }

    /// <summary>The prompt an image is made from: the scene's image prompt, else what the scene is about, else the project's prompt.</summary>
    private string ImagePromptOf(Scene scene) =>
        scene.ImagePrompt.Length > 0 ? scene.ImagePrompt : scene.Summary.Length > 0 ? scene.Summary : scene.Title.Length > 0 ? scene.Title : Prompt;
}
