namespace AiVideo.Webhooks.Infrastructure.Delivery;

/// <summary>A delivery's host resolved to no address it may connect to (loopback, private, metadata, ...).</summary>
public sealed class DestinationRefusedException(string message) : IOException(message);
