namespace AiVideo.Contracts;

/// <summary>Projects no longer wants a request's result (a rerun superseded it): generation stops the job if it still runs.</summary>
public sealed record GenerationCancellationRequested(Guid RequestId, Guid CompanyId, string Reason);
