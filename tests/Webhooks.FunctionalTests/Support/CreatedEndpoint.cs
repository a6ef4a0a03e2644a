namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>An endpoint made through the API: its id, the secret shown once, and the receiver hook it points at.</summary>
public sealed record CreatedEndpoint(Guid Id, string Secret, ReceiverHook Hook);
