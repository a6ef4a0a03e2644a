using AiVideo.Contracts;
using AiVideo.Projects.Application.Files;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary><c>VideoStored</c>: the video file is recorded as the company's (an upload to be processed is not ready yet).</summary>
public sealed class RememberStoredVideo(FileRecords records, IUnitOfWork unit)
{
    public async Task ExecuteAsync(VideoStored stored, CancellationToken cancellationToken)
    {
        await records.RememberAsync(stored, cancellationToken);
        await unit.SaveChangesAsync(cancellationToken);
    }
}
