namespace AiVideo.Generation.Domain.Jobs;

/// <summary>
/// A durable piece of generation work (a storyboard, an image, a clip, a final video, a text-to-video, a transcode), one
/// per request id. Workers claim it with a lease they keep renewing; a job whose lease ran out (its worker died) can be
/// claimed again, each claim an attempt. Retryable failures send it back to the queue until its attempts are used up,
/// permanent ones end it; it can be cancelled while queued or running. Every move is a method that refuses the moves the
/// state machine does not allow.
/// </summary>
public sealed class GenerationJob
{
    public const int MaxStageLength = 32;

    public const int MaxProviderLength = 64;

    public const int MaxModelLength = 64;

    private GenerationJob()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The request this job answers; its results repeat it. Unique: a redelivered request never makes a second job.</summary>
    public Guid RequestId { get; private set; }

    public Guid CompanyId { get; private set; }

    public Guid? UserId { get; private set; }

    public Guid? ProjectId { get; private set; }

    public Guid? SceneId { get; private set; }

    /// <summary>What the job makes (<see cref="JobKinds"/>).</summary>
    public string Kind { get; private set; } = "";

    /// <summary>The provider that does the work (e.g. <c>local</c>); its concurrency limit applies.</summary>
    public string Provider { get; private set; } = "";

    public string? Model { get; private set; }

    /// <summary>The request, as JSON (the event or API call that started the job).</summary>
    public string Payload { get; private set; } = "";

    /// <summary>What the job made, as JSON (file ids and facts), once it succeeded.</summary>
    public string? Output { get; private set; }

    /// <summary>The job this one remixes (text-to-video remixes).</summary>
    public Guid? SourceJobId { get; private set; }

    public JobStatus Status { get; private set; }

    public string? Stage { get; private set; }

    /// <summary>How far the current attempt has come, 0–100.</summary>
    public int Progress { get; private set; }

    /// <summary>How many times a worker claimed the job.</summary>
    public int Attempts { get; private set; }

    public int MaxAttempts { get; private set; }

    /// <summary>When a queued job may be claimed (now, or later after a failure).</summary>
    public DateTimeOffset DueAt { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    /// <summary>When a worker last claimed the job (the queue serves the company served longest ago first).</summary>
    public DateTimeOffset? ClaimedAt { get; private set; }

    public string? ErrorCode { get; private set; }

    public string? ErrorMessage { get; private set; }

    public bool? ErrorRetryable { get; private set; }

    public string? CancelReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>When the job's owner deleted it (videos): it is no longer shown.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsActive => Status is JobStatus.Queued or JobStatus.Running;

    public static GenerationJob Create(
        Guid requestId, Guid companyId, Guid? userId, Guid? projectId, Guid? sceneId, string kind, string provider, string? model, string payload,
        int maxAttempts, DateTimeOffset now, Guid? id = null, Guid? sourceJobId = null)
    {
        if (!JobKinds.All.Contains(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a job kind.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        return new GenerationJob
        {
            Id = id ?? Guid.CreateVersion7(now),
            RequestId = requestId,
            CompanyId = companyId,
            UserId = userId,
            ProjectId = projectId,
            SceneId = sceneId,
            Kind = kind,
            Provider = provider,
            Model = model,
            Payload = payload,
            SourceJobId = sourceJobId,
            Status = JobStatus.Queued,
            MaxAttempts = maxAttempts,
            DueAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>The job cannot run at all (e.g. it names a provider this platform does not have): it fails before any attempt.</summary>
    public Result Refuse(JobFailure failure, DateTimeOffset now)
    {
        if (Status != JobStatus.Queued || Attempts > 0)
        {
            return JobErrors.NotClaimable(this);
        }
        Record(failure with { Retryable = false });
        End(JobStatus.Failed, now);
        return Result.Success;
    }

    /// <summary>Whether a worker may claim the job at <paramref name="now"/>: queued and due, or running on a lease that ran out.</summary>
    public bool IsClaimable(DateTimeOffset now) =>
        (Status == JobStatus.Queued && DueAt <= now) || (Status == JobStatus.Running && LeaseExpiresAt < now);

    /// <summary>
    /// A worker takes the job for <paramref name="lease"/>: an attempt begins. Taking over a job whose worker died counts
    /// as an attempt too; when none is left the job fails instead (<see cref="ClaimOutcome.Exhausted"/>).
    /// </summary>
    public Result<ClaimOutcome> Claim(string worker, DateTimeOffset now, TimeSpan lease)
    {
        if (!IsClaimable(now))
        {
            return JobErrors.NotClaimable(this);
        }
        if (Status == JobStatus.Running && Attempts >= MaxAttempts)
        {
            End(JobStatus.Failed, now);
            Record(new JobFailure(JobFailure.WorkerLost, $"The job's worker stopped during each of its {Attempts} attempts.", Retryable: true));
            return ClaimOutcome.Exhausted;
        }
        Status = JobStatus.Running;
        Attempts++;
        LeaseOwner = worker;
        LeaseExpiresAt = now + lease;
        ClaimedAt = now;
        StartedAt ??= now;
        Progress = 0;
        Stage = null;
        UpdatedAt = now;
        return ClaimOutcome.Claimed;
    }

    /// <summary>The holding worker keeps the job for another <paramref name="lease"/> and says how far it has come.</summary>
    public Result Renew(string worker, int attempt, DateTimeOffset now, TimeSpan lease, string? stage, int progress)
    {
        if (!HeldBy(worker, attempt))
        {
            return JobErrors.LeaseLost(this);
        }
        LeaseExpiresAt = now + lease;
        ReportProgress(stage, progress);
        UpdatedAt = now;
        return Result.Success;
    }

    public void ReportProgress(string? stage, int progress)
    {
        Stage = stage is { Length: > MaxStageLength } ? stage[..MaxStageLength] : stage;
        Progress = Math.Clamp(progress, 0, 100);
    }

    /// <summary>The holding worker finished: the job succeeded with <paramref name="output"/>.</summary>
    public Result Succeed(string worker, int attempt, string? output, DateTimeOffset now)
    {
        if (!HeldBy(worker, attempt))
        {
            return JobErrors.LeaseLost(this);
        }
        Output = output;
        ErrorCode = null;
        ErrorMessage = null;
        ErrorRetryable = null;
        Progress = 100;
        End(JobStatus.Succeeded, now);
        return Result.Success;
    }

    /// <summary>
    /// The holding worker's attempt failed. A retryable failure with attempts left queues the job again after
    /// <paramref name="retryDelay"/>; otherwise the job fails. Either way the failure is recorded.
    /// </summary>
    public Result<FailureOutcome> Fail(string worker, int attempt, JobFailure failure, DateTimeOffset now, TimeSpan retryDelay)
    {
        if (!HeldBy(worker, attempt))
        {
            return JobErrors.LeaseLost(this);
        }
        Record(failure);
        if (failure.Retryable && Attempts < MaxAttempts)
        {
            Status = JobStatus.Queued;
            DueAt = now + retryDelay;
            LeaseOwner = null;
            LeaseExpiresAt = null;
            UpdatedAt = now;
            return FailureOutcome.WillRetry;
        }
        End(JobStatus.Failed, now);
        return FailureOutcome.Failed;
    }

    /// <summary>The holding worker is shutting down: the job goes back to the queue at once, the interrupted attempt not counted.</summary>
    public Result Release(string worker, int attempt, DateTimeOffset now)
    {
        if (!HeldBy(worker, attempt))
        {
            return JobErrors.LeaseLost(this);
        }
        Status = JobStatus.Queued;
        Attempts = Math.Max(0, Attempts - 1);
        DueAt = now;
        LeaseOwner = null;
        LeaseExpiresAt = null;
        UpdatedAt = now;
        return Result.Success;
    }

    /// <summary>Stops the job: a queued one never runs, a running one's worker stops when it next renews its lease (or at once, in its process).</summary>
    public Result Cancel(string reason, DateTimeOffset now)
    {
        if (!IsActive)
        {
            return JobErrors.Finished(this);
        }
        CancelReason = reason;
        End(JobStatus.Cancelled, now);
        return Result.Success;
    }

    /// <summary>
    /// The holding worker found that what the job works for is gone (media-api refuses its files: its project was
    /// deleted): the job is cancelled with <paramref name="reason"/>, not failed and not retried.
    /// </summary>
    public Result Abandon(string worker, int attempt, string reason, DateTimeOffset now) =>
        HeldBy(worker, attempt) ? Cancel(reason, now) : JobErrors.LeaseLost(this);

    /// <summary>The owner deleted the job (a video): cancelled first if it is still under way, then hidden.</summary>
    public void Delete(DateTimeOffset now)
    {
        if (IsActive)
        {
            Cancel("deleted", now);
        }
        DeletedAt ??= now;
        UpdatedAt = now;
    }

    /// <summary>
    /// Whether the claim that <paramref name="worker"/> made as attempt <paramref name="attempt"/> still holds the job. The
    /// attempt is part of the claim: a worker whose lease ran out while it was still working (a long pause) and that then
    /// claimed the same job again holds only the newer claim; the older run can no longer renew or finish it.
    /// </summary>
    public bool HeldBy(string worker, int attempt) => Status == JobStatus.Running && LeaseOwner == worker && Attempts == attempt;

    private void Record(JobFailure failure)
    {
        ErrorCode = failure.Code;
        ErrorMessage = failure.Message.Length <= JobFailure.MaxMessageLength ? failure.Message : failure.Message[..(JobFailure.MaxMessageLength - 1)] + "…";
        ErrorRetryable = failure.Retryable;
    }

    private void End(JobStatus status, DateTimeOffset now)
    {
        Status = status;
        LeaseOwner = null;
        LeaseExpiresAt = null;
        CompletedAt = now;
        UpdatedAt = now;
    }
}
