namespace AiVideo.Identity.Application.Sessions;

/// <summary>Ends the session the caller's access token belongs to: its refresh tokens stop working at once.</summary>
public sealed class SignOut(ISessions sessions, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid? sessionId, CancellationToken cancellationToken)
    {
        if (sessionId is null)
        {
            return Error.Validation("token", "This access token does not belong to a session (an API key or service token cannot sign out).");
        }
        var session = await sessions.FindAsync(sessionId.Value, cancellationToken);
        if (session is null || session.UserId != actor.UserId)
        {
            return Error.NotFound("session");
        }
        session.Revoke("logout", time.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
