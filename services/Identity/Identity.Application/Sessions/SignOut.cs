namespace AiVideo.Identity.Application.Sessions;

/// <summary>Ends the session the caller's access token belongs to: its refresh tokens stop working at once.</summary>
public sealed class SignOut(ISessions sessions)
{
    public async Task<Result> ExecuteAsync(Actor actor, Guid? sessionId, CancellationToken cancellationToken)
    {
        if (sessionId is null)
        {
            return Error.Validation("token", "This access token does not belong to a session (an API key or service token cannot sign out).");
        }
        if (await sessions.FindActiveOwnerAsync(sessionId.Value, cancellationToken) != actor.UserId)
        {
            return Error.NotFound("session");
        }
        await sessions.RevokeAsync(sessionId.Value, cancellationToken);
        return Result.Success;
    }
}
