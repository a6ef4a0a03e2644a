using AiVideo.SharedKernel.Paging;

namespace AiVideo.Generation.Application.Abstractions;

/// <summary>The job table. Methods that change a job lock its row until the transaction ends, so moves never race.</summary>
public interface IJobs
{
    void Add(GenerationJob job);

    /// <summary>The job answering a request, without locking (for reads and for creating it once).</summary>
    Task<GenerationJob?> FindByRequestAsync(Guid requestId, CancellationToken cancellationToken);

    /// <summary>The job, locked (<c>FOR UPDATE</c>) until the transaction ends.</summary>
    Task<GenerationJob?> LockAsync(Guid jobId, CancellationToken cancellationToken);

    /// <summary>The job answering a request, locked until the transaction ends.</summary>
    Task<GenerationJob?> LockByRequestAsync(Guid requestId, CancellationToken cancellationToken);

    /// <summary>
    /// The next job a worker of <paramref name="provider"/> should take, locked (<c>FOR UPDATE SKIP LOCKED</c>, so workers
    /// never wait for each other): queued and due, or running on an expired lease; of the company with the fewest jobs
    /// running, then the one served longest ago, then the one due first.
    /// </summary>
    Task<GenerationJob?> LockNextClaimableAsync(string provider, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Extends the lease of a job the worker's claim (<paramref name="worker"/>, <paramref name="attempt"/>) still holds and
    /// records its progress; false when the claim lost it (cancelled, taken over, or claimed again after the lease ran out).
    /// </summary>
    Task<bool> RenewAsync(Guid jobId, string worker, int attempt, DateTimeOffset leaseExpiresAt, string? stage, int progress, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The unfinished jobs of a project, locked.</summary>
    Task<IReadOnlyList<GenerationJob>> LockActiveOfProjectAsync(Guid companyId, Guid projectId, CancellationToken cancellationToken);

    /// <summary>A company's job by id (another company's is null, as if it did not exist), without locking.</summary>
    Task<GenerationJob?> FindAsync(Guid jobId, Guid companyId, CancellationToken cancellationToken);

    /// <summary>A company's videos (text-to-video jobs and remixes, not deleted), newest first, a page at a time.</summary>
    Task<CursorPage<GenerationJob>> ListVideosAsync(Guid companyId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>A company's videos in creation order (ascending or not), after the one with id <paramref name="after"/>; one more than <paramref name="limit"/> tells whether more follow.</summary>
    Task<IReadOnlyList<GenerationJob>> ListVideosAfterAsync(Guid companyId, Guid? after, int limit, bool ascending, CancellationToken cancellationToken);
}
