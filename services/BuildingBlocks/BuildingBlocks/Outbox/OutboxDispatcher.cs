using System.Diagnostics;
using System.Text.Json;
using AiVideo.BuildingBlocks.Persistence;
using MassTransit;

namespace AiVideo.BuildingBlocks.Outbox;

/// <summary>
/// Publishes committed outbox messages through MassTransit: woken by <see cref="OutboxSignal"/> right after a commit,
/// and by polling otherwise. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so replicas share the work without
/// publishing a row twice; a failed publish is retried with exponential backoff and jitter. The outbox row id is the
/// message id, so if a process dies after publishing but before recording it, the second publish is recognised by the
/// consumers' inbox. A message that fails <see cref="OutboxOptions.MaxAttempts"/> times is dead-lettered.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    MigrationState migrations,
    IntegrationEventTypes types,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private static readonly ActivitySource Source = new("AiVideo.Outbox");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (migrations.Completed)
            {
                try
                {
                    while (await DispatchBatchAsync(settings, stoppingToken) == settings.BatchSize)
                    {
                    }
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(exception, "The outbox dispatcher failed; it will try again");
                }
            }
            try
            {
                await signal.WaitAsync(settings.PollingInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Publishes one batch of due messages; returns how many were published.</summary>
    private async Task<int> DispatchBatchAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var due = await db.Set<OutboxMessage>()
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE published_at IS NULL AND dead_lettered_at IS NULL AND next_attempt_at <= {now}
                ORDER BY sequence
                LIMIT {settings.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);

        var published = 0;
        foreach (var message in due)
        {
            object payload;
            Type type;
            try
            {
                (payload, type) = Read(message);
            }
            catch (Exception exception) when (exception is InvalidOperationException or JsonException or NotSupportedException)
            {
                // A row this build cannot read (an unknown type, a payload of another shape) must not hold up the others.
                Fail(message, exception, settings);
                continue;
            }

            try
            {
                await PublishAsync(message, payload, type, settings.PublishTimeout, cancellationToken);
                message.MarkPublished(time.GetUtcNow());
                published++;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                Fail(message, exception, settings);
                break; // The broker is likely unavailable: leave the rest for the next round.
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return published;
    }

    private (object Payload, Type Type) Read(OutboxMessage message)
    {
        var type = types.Resolve(message.MessageType);
        var payload = JsonSerializer.Deserialize(message.Payload, type, OutboxJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
        return (payload, type);
    }

    private async Task PublishAsync(OutboxMessage message, object payload, Type type, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(message.TraceParent, message.TraceState, out var parent);
        using var activity = Source.StartActivity($"outbox publish {type.Name}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", message.Id);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        await bus.Publish(payload, type, context => context.MessageId = message.Id, limit.Token);
    }

    private void Fail(OutboxMessage message, Exception exception, OutboxOptions settings)
    {
        if (message.Attempts + 1 >= settings.MaxAttempts)
        {
            message.MarkDead(exception.Message, time.GetUtcNow());
            logger.LogError(exception,
                "Publishing {MessageType} {MessageId} failed {Attempts} times; it is dead-lettered and no longer tried (see outbox_dead_letters)",
                message.MessageType, message.Id, message.Attempts);
            return;
        }

        var delay = RetryDelay(message.Attempts + 1, settings.MaxRetryDelay);
        message.MarkFailed(exception.Message, time.GetUtcNow() + delay);
        logger.LogWarning(exception, "Publishing {MessageType} {MessageId} failed (attempt {Attempt}); next try in {Delay}",
            message.MessageType, message.Id, message.Attempts, delay);
    }

    private static TimeSpan RetryDelay(int attempt, TimeSpan max)
    {
        var exponential = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempt - 1), max.TotalSeconds));
        return exponential * (0.8 + Random.Shared.NextDouble() * 0.4);
    }
}
