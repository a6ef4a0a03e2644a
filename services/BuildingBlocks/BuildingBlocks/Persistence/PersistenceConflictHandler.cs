using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace AiVideo.BuildingBlocks.Persistence;

/// <summary>
/// Two requests racing for the same row: an optimistic-concurrency conflict, or a unique index that the second insert
/// hit, is a 409 asking to retry, not a 500.
/// </summary>
internal sealed class PersistenceConflictHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var detail = exception switch
        {
            DbUpdateConcurrencyException => "The resource was changed by another request at the same time; reload it and try again.",
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
                "Another request created the same thing at the same time; reload and try again.",
            _ => null,
        };
        if (detail is null)
        {
            return false;
        }
        await httpContext.WriteProblemAsync(StatusCodes.Status409Conflict, "Conflicting change.", detail, exception);
        return true;
    }
}
