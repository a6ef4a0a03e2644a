namespace AiVideo.MediaStorage.Infrastructure.Persistence;

/// <summary>The step resolved in a scope of its own, so its <see cref="MediaContext"/> (and connection) is not the request's.</summary>
internal sealed class OwnUnitOfWork<TStep>(IServiceScopeFactory scopes) : IOwnUnitOfWork<TStep>
    where TStep : notnull
{
    public async Task<T> RunAsync<T>(Func<TStep, Task<T>> step)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await step(scope.ServiceProvider.GetRequiredService<TStep>());
    }
}
