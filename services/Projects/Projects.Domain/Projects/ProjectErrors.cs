using AiVideo.Projects.Domain.Common;
using AiVideo.Projects.Domain.Scenes;

namespace AiVideo.Projects.Domain.Projects;

/// <summary>The project's refusals, each saying why and, where scenes are the reason, naming them (also as <c>sceneIds</c> in the details).</summary>
public static class ProjectErrors
{
    public static Error Busy(ProjectStatus status) => Error.Conflict("project_busy",
        $"The project is {WireNames.Of(status)}; wait until that finishes (or fails) before starting other work or changing its scenes.");

    public static Error SceneBusy(Scene scene) => Error.Conflict("scene_busy",
        $"Scene {scene.Label} is {WireNames.Of(scene.Status)}; wait for its result before asking again.");

    public static Error SceneNotFound(Guid sceneId) => new(ErrorKind.NotFound, "not_found", $"The scene {sceneId} was not found in this project.");

    public static Error NoScenes() => Error.Conflict("no_scenes", "The project has no scenes yet: ask for a storyboard or add scenes first.");

    public static Error TooManyScenes(int max) => Error.Conflict("too_many_scenes", $"A project has at most {max} scenes.");

    public static Error ScenesWithoutImage(IEnumerable<Scene> scenes) => Naming("scenes_without_image",
        "Every scene needs an image before its clip is made; scenes without one: ", scenes);

    public static Error ScenesWithoutClip(IEnumerable<Scene> scenes) => Naming("scenes_without_clip",
        "Every scene needs a clip before the final render; scenes without one: ", scenes);

    public static Error ScenesBusy(IEnumerable<Scene> scenes) => Naming("scenes_busy",
        "Scenes are still generating; wait for them before the final render: ", scenes);

    public static Error SceneWithoutImage(Scene scene) => Naming("scene_without_image",
        "A clip is made from the scene's selected image, and this scene has none: ", [scene]);

    public static Error NoSeedFrame(Scene scene) => Naming("no_seed_frame",
        "A seed frame is the last frame of the previous scene's clip, and there is none before scene ", [scene]);

    public static Error TimelineBeyondClips(IEnumerable<Scene> scenes) => Naming("timeline_invalid",
        "The timeline cuts beyond the end of these scenes' selected clips (a clip was replaced since); set the timeline again: ", scenes);

    private static Error Naming(string code, string message, IEnumerable<Scene> scenes)
    {
        var list = scenes.ToList();
        return Error.Conflict(code, message + string.Join(", ", list.Select(s => s.Label)) + ".") with
        {
            Details = new Dictionary<string, object?> { ["sceneIds"] = list.Select(s => s.Id).ToArray() },
        };
    }
}
