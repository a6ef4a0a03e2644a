using AiVideo.Contracts;

namespace AiVideo.Projects.Application.Pipeline;

/// <summary>What the company's brand kit, the project's car variant and its chosen provider add to its generation requests.</summary>
public sealed record GenerationContext(BrandContext Brand, IReadOnlyList<Guid> ProductImageFileIds, string? Provider = null);
