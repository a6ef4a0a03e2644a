namespace AiVideo.Projects.Application.Projects;

/// <summary><c>POST /api/projects</c>: a new draft project of the caller, in their company.</summary>
public sealed class CreateProject(IProjects projects, ProjectReferences references, IUnitOfWork unit, TimeProvider time)
{
    /// <summary>What a client sends; what it leaves out takes the defaults of <see cref="ProjectDraft"/>.</summary>
    public sealed record Command(
        string? Title,
        string? Prompt,
        string? Description = null,
        int? TargetDuration = null,
        string? AspectRatio = null,
        string? Style = null,
        string? Mood = null,
        int? SceneCount = null,
        bool? NarrationEnabled = null,
        string? Voice = null,
        string? Language = null,
        bool? CaptionsEnabled = null,
        bool? CaptionsBurned = null,
        string? CaptionStyle = null,
        Guid? MusicFileId = null,
        double? MusicVolume = null,
        bool? Watermark = null,
        Guid? CarVariantId = null,
        string? Provider = null);

    public async Task<Result<ProjectView>> ExecuteAsync(Actor actor, Command command, CancellationToken cancellationToken)
    {
        var voice = ProjectSettings.Voice(command.Voice, command.Language);
        if (!voice.IsSuccess)
        {
            return voice.Error;
        }
        var defaults = new ProjectDraft(null, null);
        var draft = new ProjectDraft(
            command.Title, command.Prompt, command.Description, command.TargetDuration ?? defaults.TargetDurationSeconds,
            command.AspectRatio ?? defaults.AspectRatio, command.Style ?? defaults.Style, command.Mood ?? defaults.Mood, command.SceneCount ?? defaults.SceneCount,
            command.NarrationEnabled ?? defaults.NarrationEnabled, voice.Value ?? defaults.Voice, command.CaptionsEnabled ?? defaults.CaptionsEnabled,
            command.CaptionsBurned ?? defaults.CaptionsBurned, command.CaptionStyle ?? defaults.CaptionStyle, command.MusicFileId,
            command.MusicVolume ?? defaults.MusicVolume, command.Watermark ?? defaults.Watermark, command.CarVariantId, command.Provider);
        var created = Project.Create(draft, actor.UserId, actor.CompanyId, time.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error;
        }
        if (await references.CheckAsync(actor.CompanyId, command.MusicFileId, command.CarVariantId, cancellationToken, command.Provider) is { } invalid)
        {
            return invalid;
        }
        projects.Add(created.Value);
        await unit.SaveChangesAsync(cancellationToken);
        return ProjectView.Of(created.Value);
    }
}
