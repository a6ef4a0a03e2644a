using AiVideo.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace AiVideo.Identity.Infrastructure.Accounts;

/// <summary>
/// Throttles password checks per email (whether or not an account has it), in <c>sign_in_throttles</c>, on its own
/// connection so that what it counts commits whatever the caller's work does (docs/decisions/0019-hardening-lockout.md):
/// <list type="bullet">
/// <item>A client (the caller's address) that fails the limit (5) for an email is locked out of that email for 15 minutes
/// (ASP.NET Core Identity's lockout settings). Every attempt is counted before its password is checked, under the row's
/// lock, so concurrent attempts all count.</item>
/// <item>An email that has failed the limit from anywhere is "under attack": from then on every client must wait before
/// each of its password checks (1 s, doubling with every further failure up to 30 s), measured from that client's own
/// previous attempt. A client's first attempt is told how long to wait; after the wait the right password gets in,
/// whatever other clients do meanwhile. So nobody can lock an account's owner out from elsewhere, and nobody can guess
/// faster than one check per wait per address.</item>
/// </list>
/// </summary>
internal sealed class SignInThrottling(ServiceDatabase database, IOptions<IdentityOptions> identity, IOptions<SignInThrottleOptions> options)
{
    private int Limit => identity.Value.Lockout.MaxFailedAccessAttempts;

    /// <summary>Decides, before any password is hashed, whether this client's attempt for the email is checked.</summary>
    public async Task<SignInAttempt> BeginAsync(string normalizedEmail, string client, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, """
            INSERT INTO sign_in_throttles (normalized_email, client, attempts, locked_until, last_failure_at, next_check_at, updated_at)
            VALUES ($1, $2, 0, NULL, NULL, NULL, $3)
            ON CONFLICT (normalized_email, client) DO NOTHING
            """, cancellationToken, normalizedEmail, client, now);
        var (attempts, lockedUntil, nextCheckAt) = await ReadClientAsync(connection, normalizedEmail, client, cancellationToken);
        var emailFailures = await ReadEmailFailuresAsync(connection, normalizedEmail, cancellationToken);

        var decision = Decide(ref attempts, ref lockedUntil, ref nextCheckAt, emailFailures, now);
        await ExecuteAsync(connection, """
            UPDATE sign_in_throttles SET attempts = $3, locked_until = $4, next_check_at = $5, updated_at = $6
            WHERE normalized_email = $1 AND client = $2
            """, cancellationToken, normalizedEmail, client, attempts, lockedUntil, nextCheckAt, now);
        await transaction.CommitAsync(cancellationToken);
        return decision;
    }

    /// <summary>
    /// Counts a wrong password for the email from everywhere and, when it was the client's last attempt, locks the client
    /// out; returns until when, or null.
    /// </summary>
    public async Task<DateTimeOffset?> RecordFailureAsync(string normalizedEmail, string client, SignInAttempt attempt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, """
            INSERT INTO sign_in_throttles AS t (normalized_email, client, attempts, locked_until, last_failure_at, next_check_at, updated_at)
            VALUES ($1, $2, 1, NULL, $3, NULL, $3)
            ON CONFLICT (normalized_email, client) DO UPDATE SET attempts = t.attempts + 1, last_failure_at = $3, updated_at = $3
            """, cancellationToken, normalizedEmail, SignInThrottle.AnyClient, now);
        DateTimeOffset? lockedUntil = attempt.Number >= Limit ? now + identity.Value.Lockout.DefaultLockoutTimeSpan : null;
        await ExecuteAsync(connection, """
            UPDATE sign_in_throttles SET locked_until = coalesce($3, locked_until), last_failure_at = $4, updated_at = $4
            WHERE normalized_email = $1 AND client = $2
            """, cancellationToken, normalizedEmail, client, lockedUntil, now);
        return lockedUntil;
    }

    /// <summary>
    /// After a right password: the email's failures and this client's count start over. Other clients' lockouts stay:
    /// the owner signing in does not unlock the addresses that were guessing.
    /// </summary>
    public async Task SucceededAsync(string normalizedEmail, string client, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, "DELETE FROM sign_in_throttles WHERE normalized_email = $1 AND client IN ($2, $3)",
            cancellationToken, normalizedEmail, client, SignInThrottle.AnyClient);
    }

    private SignInAttempt Decide(ref int attempts, ref DateTimeOffset? lockedUntil, ref DateTimeOffset? nextCheckAt, int emailFailures, DateTimeOffset now)
    {
        if (lockedUntil > now)
        {
            return SignInAttempt.Refuse(lockedUntil.Value - now);
        }
        if (lockedUntil is not null)
        {
            // A lockout that has run out starts a new count, and counts as the client's wait.
            (attempts, nextCheckAt, lockedUntil) = (0, lockedUntil, null);
        }
        if (attempts >= Limit)
        {
            // The client's last attempts are being checked right now; the last of them will lock it out.
            return SignInAttempt.Refuse(identity.Value.Lockout.DefaultLockoutTimeSpan);
        }
        if (emailFailures >= Limit)
        {
            var wait = options.Value.Slowdown(emailFailures - Limit);
            if (nextCheckAt is null)
            {
                nextCheckAt = now + wait;
                return SignInAttempt.Refuse(wait);
            }
            if (nextCheckAt > now)
            {
                return SignInAttempt.Refuse(nextCheckAt.Value - now);
            }
            nextCheckAt = now + wait;
        }
        else
        {
            nextCheckAt = null;
        }
        attempts++;
        return SignInAttempt.Check(attempts);
    }

    private static async Task<(int Attempts, DateTimeOffset? LockedUntil, DateTimeOffset? NextCheckAt)> ReadClientAsync(
        NpgsqlConnection connection, string normalizedEmail, string client, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT attempts, locked_until, next_check_at FROM sign_in_throttles WHERE normalized_email = $1 AND client = $2 FOR UPDATE", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = normalizedEmail });
        command.Parameters.Add(new NpgsqlParameter { Value = client });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0),
            reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
    }

    private static async Task<int> ReadEmailFailuresAsync(NpgsqlConnection connection, string normalizedEmail, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT attempts FROM sign_in_throttles WHERE normalized_email = $1 AND client = $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = normalizedEmail });
        command.Parameters.Add(new NpgsqlParameter { Value = SignInThrottle.AnyClient });
        return await command.ExecuteScalarAsync(cancellationToken) is int failures ? failures : 0;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            // The only values that can be null here are times.
            command.Parameters.Add(value is null ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz } : new NpgsqlParameter { Value = value });
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
