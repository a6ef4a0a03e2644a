using MassTransit;

namespace AiVideo.Generation.Api.Consumers;

/// <summary>projects-api no longer wants a request's result: its job is cancelled if it is still under way (nothing announced; projects asked).</summary>
public sealed class GenerationCancellationRequestedConsumer(CancelGeneration cancel, ILogger<GenerationCancellationRequestedConsumer> logger)
    : IConsumer<GenerationCancellationRequested>
{
    public async Task Consume(ConsumeContext<GenerationCancellationRequested> context)
    {
        var m = context.Message;
        var reason = m.Reason.Length <= 200 ? m.Reason : m.Reason[..200];
        var cancelled = await cancel.ExecuteAsync(m.CompanyId, m.RequestId, reason, announce: false, context.CancellationToken);
        logger.LogInformation(cancelled.IsSuccess ? "Cancelled request {RequestId}" : "Request {RequestId} had nothing to cancel ({Reason})",
            m.RequestId, cancelled.Error?.Code);
    }
}
