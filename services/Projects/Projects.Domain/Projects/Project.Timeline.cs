using AiVideo.Projects.Domain.Common;
using AiVideo.Projects.Domain.Pipeline;
using AiVideo.Projects.Domain.Scenes;
using AiVideo.Projects.Domain.Timeline;

namespace AiVideo.Projects.Domain.Projects;

public sealed partial class Project
{
    public const int MaxTimelineClips = 200;
    public const int MaxCaptionLayers = 500;
    public const int MaxAudioLayers = 4;

    /// <summary>How long a layer may reach (the longest video a project can make is well within this).</summary>
    public const double MaxLayerSeconds = 3600;

    /// <summary>How far apart two times may be and still count as the same (clip durations come from probing, rounded).</summary>
    public const double TimeTolerance = 0.001;

    /// <summary>
    /// Replaces the timeline. Each cut names a scene of the project that has a selected clip, and is checked against
    /// that clip's real duration; orders are distinct and cuts, in order, do not overlap. An empty list means every
    /// scene's clip whole, in scene order.
    /// </summary>
    public Result SetTimeline(IReadOnlyList<TimelineClipInput> clips, DateTimeOffset now)
    {
        if (Status == ProjectStatus.Rendering)
        {
            return ProjectErrors.Busy(Status);
        }
        var errors = new FieldErrors();
        if (clips.Count > MaxTimelineClips)
        {
            errors.Add("clips", $"A timeline has at most {MaxTimelineClips} clips.");
            return errors.ToError();
        }

        var cuts = new List<(int Index, TimelineClipInput Input, double TrimIn, double TrimOut)>();
        for (var i = 0; i < clips.Count; i++)
        {
            var input = clips[i];
            var field = $"clips[{i}]";
            if (FindScene(input.SceneId) is not { } scene)
            {
                errors.Add($"{field}.sceneId", $"{input.SceneId} is not a scene of this project.");
                continue;
            }
            if (scene.SelectedClip is not { } clip)
            {
                errors.Add($"{field}.sceneId", $"Scene {scene.Label} has no clip yet.");
                continue;
            }
            if (CheckCut(errors, field, input, clip) is { } cut)
            {
                cuts.Add((i, input, cut.TrimIn, cut.TrimOut));
            }
        }
        foreach (var order in clips.GroupBy(c => c.Order).Where(g => g.Count() > 1))
        {
            errors.Add("clips", $"Order {order.Key} is given to more than one clip.");
        }
        if (!errors.Any)
        {
            var ordered = cuts.OrderBy(c => c.Input.Order).ToList();
            for (var k = 1; k < ordered.Count; k++)
            {
                var previousEnd = ordered[k - 1].Input.StartSeconds + (ordered[k - 1].TrimOut - ordered[k - 1].TrimIn);
                if (ordered[k].Input.StartSeconds < previousEnd - TimeTolerance)
                {
                    errors.Add($"clips[{ordered[k].Index}].start", $"The clip starts at {ordered[k].Input.StartSeconds} s, before the clip ordered before it ends ({previousEnd} s).");
                }
            }
            if (!errors.Any)
            {
                _timeline.Clear();
                for (var k = 0; k < ordered.Count; k++)
                {
                    var (_, input, trimIn, trimOut) = ordered[k];
                    _timeline.Add(new TimelineClip(Id, k + 1, input.SceneId, input.StartSeconds, trimIn, trimOut, now));
                }
                Touch(now);
                return Result.Success;
            }
        }
        return errors.ToError();
    }

    /// <summary>Replaces the caption and audio layers; a caption without a style takes the project's caption style.</summary>
    public Result SetLayers(IReadOnlyList<CaptionLayerInput> captions, IReadOnlyList<AudioLayerInput> audio, DateTimeOffset now)
    {
        if (Status == ProjectStatus.Rendering)
        {
            return ProjectErrors.Busy(Status);
        }
        var errors = new FieldErrors();
        if (captions.Count > MaxCaptionLayers)
        {
            errors.Add("captions", $"At most {MaxCaptionLayers} caption layers.");
        }
        if (audio.Count > MaxAudioLayers)
        {
            errors.Add("audio", $"At most {MaxAudioLayers} audio layers.");
        }
        var styles = new CaptionStyle[captions.Count];
        for (var i = 0; i < captions.Count; i++)
        {
            var caption = captions[i];
            errors.Text($"captions[{i}].text", caption.Text, CaptionLayer.MaxTextLength, required: true);
            CheckSpan(errors, $"captions[{i}]", caption.StartSeconds, caption.EndSeconds);
            styles[i] = caption.Style is null ? Captions.Style : CaptionStyle.Find(caption.Style)!;
            if (styles[i] is null)
            {
                errors.Add($"captions[{i}].style", $"'{caption.Style}' is not one of: {string.Join(", ", CaptionStyle.All.Select(s => s.Name))}.");
            }
        }
        for (var i = 0; i < audio.Count; i++)
        {
            var track = audio[i];
            if (track.FileId == Guid.Empty)
            {
                errors.Add($"audio[{i}].fileId", "An audio layer needs a media file.");
            }
            CheckVolume(errors, $"audio[{i}].volume", track.Volume);
            if (!double.IsFinite(track.StartSeconds) || track.StartSeconds < 0 || track.StartSeconds > MaxLayerSeconds)
            {
                errors.Add($"audio[{i}].start", $"The start is 0 to {MaxLayerSeconds} seconds.");
            }
        }
        if (errors.Any)
        {
            return errors.ToError();
        }

        _captionLayers.Clear();
        _audioLayers.Clear();
        for (var i = 0; i < captions.Count; i++)
        {
            _captionLayers.Add(new CaptionLayer(Id, i + 1, captions[i].Text!.Trim(), captions[i].StartSeconds, captions[i].EndSeconds, styles[i], now));
        }
        for (var i = 0; i < audio.Count; i++)
        {
            _audioLayers.Add(new AudioLayer(Id, i + 1, audio[i].FileId, audio[i].Volume, audio[i].Ducking, audio[i].StartSeconds, now));
        }
        Touch(now);
        return Result.Success;
    }

    /// <summary>The cuts of the final video from the timeline (or every scene's clip whole), checked against the clips selected now.</summary>
    private Result<IReadOnlyList<RenderClip>> CutClips()
    {
        if (_timeline.Count == 0)
        {
            return Scenes.Select(s => new RenderClip(s.Id, s.SelectedClip!.FileId, 0, s.SelectedClip.DurationSeconds ?? s.DurationSeconds)).ToList();
        }
        var cuts = new List<RenderClip>();
        var beyond = new List<Scene>();
        foreach (var cut in Timeline)
        {
            var scene = FindScene(cut.SceneId)!;
            var clip = scene.SelectedClip!;
            if (clip.DurationSeconds is { } length && cut.TrimOutSeconds > length + TimeTolerance)
            {
                beyond.Add(scene);
            }
            cuts.Add(new RenderClip(scene.Id, clip.FileId, cut.TrimInSeconds, cut.DurationSeconds));
        }
        return beyond.Count > 0 ? ProjectErrors.TimelineBeyondClips(beyond.Distinct()) : cuts;
    }

    private IReadOnlyList<RenderMusic> AudioTracks() => _audioLayers.Count > 0
        ? AudioLayers.Select(a => new RenderMusic(a.FileId, a.Volume, a.Ducking, a.StartSeconds)).ToList()
        : Music.FileId is { } music ? [new RenderMusic(music, Music.Volume, true, 0)] : [];

    private void RenumberTimeline(DateTimeOffset now)
    {
        var ordered = Timeline;
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i + 1);
        }
        if (ordered.Count > 0)
        {
            UpdatedAt = now;
        }
    }

    private static (double TrimIn, double TrimOut)? CheckCut(FieldErrors errors, string field, TimelineClipInput input, SceneAsset clip)
    {
        var length = clip.DurationSeconds ?? 0;
        var valid = true;
        if (!double.IsFinite(input.StartSeconds) || input.StartSeconds < 0 || input.StartSeconds > MaxLayerSeconds)
        {
            errors.Add($"{field}.start", $"The start is 0 to {MaxLayerSeconds} seconds.");
            valid = false;
        }
        var trimIn = input.TrimInSeconds ?? 0;
        if (!double.IsFinite(trimIn) || trimIn < 0 || trimIn >= length)
        {
            errors.Add($"{field}.trimIn", $"The trim-in is from 0 to before the clip's end ({length} s).");
            return null;
        }
        var trimOut = input.TrimOutSeconds ?? (input.DurationSeconds is { } duration ? trimIn + duration : length);
        if (!double.IsFinite(trimOut) || trimOut <= trimIn)
        {
            errors.Add($"{field}.trimOut", "The trim-out comes after the trim-in (the duration is more than 0).");
            return null;
        }
        if (trimOut > length + TimeTolerance)
        {
            errors.Add(input.TrimOutSeconds is null ? $"{field}.duration" : $"{field}.trimOut",
                $"The cut ends at {trimOut} s, beyond the end of the scene's clip ({length} s).");
            return null;
        }
        if (input.TrimOutSeconds is not null && input.DurationSeconds is { } given && Math.Abs(given - (trimOut - trimIn)) > TimeTolerance)
        {
            errors.Add($"{field}.duration", $"The duration ({given} s) is not trim-out minus trim-in ({trimOut - trimIn} s).");
            return null;
        }
        return valid ? (trimIn, Math.Min(trimOut, length)) : null;
    }

    private static void CheckSpan(FieldErrors errors, string field, double start, double end)
    {
        if (!double.IsFinite(start) || start < 0 || start > MaxLayerSeconds)
        {
            errors.Add($"{field}.start", $"The start is 0 to {MaxLayerSeconds} seconds.");
        }
        else if (!double.IsFinite(end) || end <= start || end > MaxLayerSeconds)
        {
            errors.Add($"{field}.end", $"The end comes after the start and is at most {MaxLayerSeconds} seconds.");
        }
    }
}
