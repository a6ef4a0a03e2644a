using AiVideo.Projects.Domain.Activity;
using AiVideo.Projects.Domain.Common;
using AiVideo.Projects.Domain.Scenes;

namespace AiVideo.Projects.Domain.Projects;

public sealed partial class Project
{
    /// <summary>Adds a scene by hand at a place in the play order (1 to count + 1; default last), moving later scenes down.</summary>
    public Result<Scene> AddScene(SceneContent content, int? position, DateTimeOffset now)
    {
        if (IsBusy)
        {
            return ProjectErrors.Busy(Status);
        }
        if (_scenes.Count >= MaxScenes)
        {
            return ProjectErrors.TooManyScenes(MaxScenes);
        }
        var place = position ?? _scenes.Count + 1;
        var placed = place >= 1 && place <= _scenes.Count + 1;
        var created = Scene.Create(Id, placed ? place : _scenes.Count + 1, content, now);
        if (!placed || !created.IsSuccess)
        {
            // Every wrong field at once: the content's and the position's.
            var errors = created.IsSuccess ? new Dictionary<string, string[]>() : created.Error.Fields.ToDictionary();
            if (!placed)
            {
                errors["position"] = [$"The position is 1 to {_scenes.Count + 1}."];
            }
            return Error.Validation(errors);
        }
        foreach (var later in _scenes.Where(s => s.Position >= place))
        {
            later.MoveTo(later.Position + 1, now);
        }
        _scenes.Add(created.Value);
        Touch(now);
        return created.Value;
    }

    public Result EditScene(Guid sceneId, SceneEdit edit, DateTimeOffset now)
    {
        if (FindScene(sceneId) is not { } scene)
        {
            return ProjectErrors.SceneNotFound(sceneId);
        }
        var edited = scene.Edit(edit, now);
        if (edited.IsSuccess)
        {
            Touch(now);
        }
        return edited;
    }

    /// <summary>Deletes a scene with its assets and its cuts in the timeline; a request still pending for it is superseded.</summary>
    public Result DeleteScene(Guid sceneId, DateTimeOffset now)
    {
        if (IsBusy)
        {
            return ProjectErrors.Busy(Status);
        }
        if (FindScene(sceneId) is not { } scene)
        {
            return ProjectErrors.SceneNotFound(sceneId);
        }
        RemoveScene(scene, now);
        Renumber(_scenes.OrderBy(s => s.Position).ToList(), now);
        Touch(now);
        return Result.Success;
    }

    /// <summary>Puts the scenes in the given order, which must name every scene of the project exactly once.</summary>
    public Result ReorderScenes(IReadOnlyList<Guid> sceneIds, DateTimeOffset now)
    {
        if (IsBusy)
        {
            return ProjectErrors.Busy(Status);
        }
        var known = _scenes.Select(s => s.Id).ToHashSet();
        var repeated = sceneIds.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var unknown = sceneIds.Where(id => !known.Contains(id)).Distinct().ToList();
        var missing = _scenes.OrderBy(s => s.Position).Select(s => s.Id).Where(id => !sceneIds.Contains(id)).ToList();
        if (repeated.Count > 0 || unknown.Count > 0 || missing.Count > 0)
        {
            var problems = new List<string>();
            if (missing.Count > 0)
            {
                problems.Add($"missing: {string.Join(", ", missing)}");
            }
            if (repeated.Count > 0)
            {
                problems.Add($"repeated: {string.Join(", ", repeated)}");
            }
            if (unknown.Count > 0)
            {
                problems.Add($"not scenes of this project: {string.Join(", ", unknown)}");
            }
            return Error.Validation("sceneIds", $"List every scene of the project exactly once ({string.Join("; ", problems)}).") with
            {
                Details = new Dictionary<string, object?>
                {
                    ["missing"] = missing.ToArray(), ["repeated"] = repeated.ToArray(), ["unknown"] = unknown.ToArray(),
                },
            };
        }
        Renumber(sceneIds.Select(id => FindScene(id)!).ToList(), now);
        Touch(now);
        return Result.Success;
    }

    /// <summary>
    /// Chooses which of the scene's own images and clips it uses (null keeps the current one). Refused while the scene
    /// waits for a result or the final render is being made from the current selection.
    /// </summary>
    public Result SelectAssets(Guid sceneId, Guid? imageAssetId, Guid? clipAssetId, DateTimeOffset now)
    {
        if (FindScene(sceneId) is not { } scene)
        {
            return ProjectErrors.SceneNotFound(sceneId);
        }
        if (Status == ProjectStatus.Rendering)
        {
            return ProjectErrors.Busy(Status);
        }
        if (scene.IsBusy)
        {
            return ProjectErrors.SceneBusy(scene);
        }
        var before = scene.Status;
        var selected = scene.Select(imageAssetId, clipAssetId, now);
        if (!selected.IsSuccess)
        {
            return selected;
        }
        RecordSceneStatus(scene, before, now);
        Touch(now);
        return Result.Success;
    }

    /// <summary>
    /// Keeps an uploaded image or clip (a media file of the company, checked by the caller) as an asset of the scene. It
    /// is used at once when the scene has nothing of its kind and is not generating; else it waits to be selected.
    /// Adding the same file again returns the asset it already is.
    /// </summary>
    public Result<SceneAsset> AddUploadedAsset(Guid sceneId, SceneAssetKind kind, Guid fileId, int? width, int? height, double? durationSeconds, DateTimeOffset now)
    {
        if (FindScene(sceneId) is not { } scene)
        {
            return ProjectErrors.SceneNotFound(sceneId);
        }
        if (kind == SceneAssetKind.SeedFrame)
        {
            return Error.Validation("kind", "Seed frames come from generation; upload an image or a clip.");
        }
        if (kind == SceneAssetKind.Clip && (durationSeconds is not { } seconds || !double.IsFinite(seconds) || seconds <= 0))
        {
            return Error.Validation("durationSeconds", "A clip's duration is needed (more than 0 seconds) to cut it in the timeline.");
        }
        if (scene.FindAsset(fileId) is { } existing)
        {
            return existing;
        }
        var before = scene.Status;
        var asset = scene.AddAsset(kind, fileId, null, width, height, durationSeconds, now);
        if (Status != ProjectStatus.Rendering)
        {
            scene.UploadArrived(asset, now);
        }
        RecordSceneStatus(scene, before, now);
        Touch(now);
        return asset;
    }

    private void RemoveScene(Scene scene, DateTimeOffset now)
    {
        foreach (var request in _requests.Where(r => r.SceneId == scene.Id))
        {
            request.Supersede(now);
        }
        _timeline.RemoveAll(c => c.SceneId == scene.Id);
        RenumberTimeline(now);
        _scenes.Remove(scene);
    }

    private static void Renumber(IReadOnlyList<Scene> ordered, DateTimeOffset now)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i + 1, now);
        }
    }

    private void RecordSceneStatus(Scene scene, SceneStatus before, DateTimeOffset now)
    {
        if (scene.Status != before)
        {
            Record(ActivityType.SceneStatus, now, scene.Id, status: WireNames.Of(scene.Status), message: scene.FailureReason);
        }
    }
}
