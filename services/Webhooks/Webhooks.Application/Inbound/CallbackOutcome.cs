namespace AiVideo.Webhooks.Application.Inbound;

/// <summary>What came of a callback: the answer (a receipt, or the error to answer with) and, when it was refused, why.</summary>
public sealed record CallbackOutcome(Result<CallbackReceipt> Answer, CallbackRejection? Rejection);
