namespace AiVideo.Gateway.Edge;

/// <summary>A limit as the IETF RateLimit headers name it: the policy, its quota and its window.</summary>
public sealed record LimitDescription(string Policy, int PermitLimit, TimeSpan Window);
