using AiVideo.Contracts;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary>What the company's brand kit and the project's car variant add to its generation requests.</summary>
public sealed record GenerationContext(BrandContext Brand, IReadOnlyList<Guid> ProductImageFileIds);
