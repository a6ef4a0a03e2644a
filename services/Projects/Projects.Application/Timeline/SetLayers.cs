using AiVideo.Projects.Application.Files;
using AiVideo.Projects.Domain.Timeline;

namespace AiVideo.Projects.Application.Timeline;

/// <summary><c>PUT /api/projects/{id}/layers</c>: the caption layers and the audio layers (the company's audio files) the render lays over the clips.</summary>
public sealed class SetLayers(ProjectWork work, FileChecks files)
{
    public async Task<Result<LayersView>> ExecuteAsync(
        Actor actor, Guid projectId, IReadOnlyList<CaptionLayerInput>? captions, IReadOnlyList<AudioLayerInput>? audio, CancellationToken cancellationToken)
    {
        captions ??= [];
        audio ??= [];
        var uses = audio.Select((track, i) => (track, i))
            .Where(t => t.track.FileId != Guid.Empty)
            .Select(t => new FileUse($"audio[{t.i}].fileId", t.track.FileId, FileKind.Audio))
            .ToList();
        if (audio.Count <= Project.MaxAudioLayers && await files.CheckAsync(actor.CompanyId, uses, cancellationToken) is { } invalid)
        {
            return invalid;
        }
        return await work.ChangeAsync(actor, projectId, (project, now) =>
        {
            var set = project.SetLayers(captions, audio, now);
            return set.IsSuccess ? LayersView.Of(project) : (Result<LayersView>)set.Error;
        }, cancellationToken);
    }
}
