namespace AiVideo.Generation.Application.Jobs;

/// <summary>
/// Does the work of one kind of job: reads its inputs from media-api into the workspace, runs the provider's ports,
/// stores the outputs through media-api and says which events announce them. Failures are
/// <see cref="MediaProcessingException"/>s; cancellation is an <see cref="OperationCanceledException"/>.
/// </summary>
public interface IJobHandler
{
    IReadOnlyList<string> Kinds { get; }

    Task<JobOutcome> ExecuteAsync(JobContext context, CancellationToken cancellationToken);
}
