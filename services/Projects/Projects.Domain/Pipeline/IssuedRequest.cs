using AiVideo.Projects.Domain.Common;

namespace AiVideo.Projects.Domain.Pipeline;

/// <summary>
/// The record of one generation request the project sent (its id travels in the request and comes back in the result):
/// what it asked for, for which scene, and how it ended. The process manager decides from it whether a result is the
/// one awaited, a duplicate, or late for a request a rerun replaced.
/// </summary>
public sealed class IssuedRequest
{
    public const int MaxErrorCodeLength = 100;
    public const int MaxErrorMessageLength = 2000;

    private IssuedRequest()
    {
    }

    internal IssuedRequest(Guid projectId, RequestKind kind, Guid? sceneId, Guid issuedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ProjectId = projectId;
        Kind = kind;
        SceneId = sceneId;
        IssuedBy = issuedBy;
        State = RequestState.Pending;
        IssuedAt = now;
    }

    /// <summary>The request id.</summary>
    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public RequestKind Kind { get; private set; }

    /// <summary>The scene an image or clip request is for.</summary>
    public Guid? SceneId { get; private set; }

    /// <summary>The user whose action (a start, or the run it belongs to) issued it.</summary>
    public Guid IssuedBy { get; private set; }

    public RequestState State { get; private set; }

    public int ProgressPercent { get; private set; }

    /// <summary>The file the request produced (an image, a clip, the final video).</summary>
    public Guid? ResultFileId { get; private set; }

    public string? ErrorCode { get; private set; }

    public string? ErrorMessage { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset? SettledAt { get; private set; }

    public bool IsPending => State == RequestState.Pending;

    internal void Succeed(Guid? resultFileId, DateTimeOffset now)
    {
        State = RequestState.Succeeded;
        ResultFileId = resultFileId;
        ProgressPercent = 100;
        SettledAt = now;
    }

    internal void Fail(string code, string message, DateTimeOffset now)
    {
        State = RequestState.Failed;
        ErrorCode = Text.Fit(code, MaxErrorCodeLength);
        ErrorMessage = Text.Fit(message, MaxErrorMessageLength);
        SettledAt = now;
    }

    /// <summary>A newer request took this one's place while it was still pending.</summary>
    internal void Supersede(DateTimeOffset now)
    {
        if (IsPending)
        {
            State = RequestState.Superseded;
            SettledAt = now;
        }
    }

    internal bool ReportProgress(int percent)
    {
        if (!IsPending || percent <= ProgressPercent)
        {
            return false;
        }
        ProgressPercent = percent;
        return true;
    }
}
