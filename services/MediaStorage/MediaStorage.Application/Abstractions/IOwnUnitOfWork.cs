namespace AiVideo.MediaStorage.Application.Abstractions;

/// <summary>
/// Runs a step of a use case in a unit of work of its own (a fresh scope: its own database context, connection and
/// transaction), so what the step commits stays committed whatever becomes of the caller's open transaction, an
/// idempotent request's, which commits only with its response.
/// </summary>
public interface IOwnUnitOfWork<TStep>
    where TStep : notnull
{
    Task<T> RunAsync<T>(Func<TStep, Task<T>> step);
}
