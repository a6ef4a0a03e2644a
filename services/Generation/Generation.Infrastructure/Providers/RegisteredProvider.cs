namespace AiVideo.Generation.Infrastructure.Providers;

/// <summary>Marks a provider whose ports are registered as keyed services under <see cref="Name"/>.</summary>
public sealed record RegisteredProvider(string Name);
