using AiVideo.Projects.Domain.Pipeline;

namespace AiVideo.Projects.Infrastructure.Persistence.Configurations;

/// <summary>The requests projects sent to generation, one row each, keyed by the request id results repeat.</summary>
internal sealed class IssuedRequestConfiguration : IEntityTypeConfiguration<IssuedRequest>
{
    public void Configure(EntityTypeBuilder<IssuedRequest> request)
    {
        request.ToTable("generation_requests");
        request.HasKey(r => r.Id);
        request.Property(r => r.Id).ValueGeneratedNever();
        request.Property(r => r.Kind).AsWireName(16);
        request.Property(r => r.State).AsWireName(16);
        request.Property(r => r.ErrorCode).HasMaxLength(IssuedRequest.MaxErrorCodeLength);
        request.Property(r => r.ErrorMessage).HasMaxLength(IssuedRequest.MaxErrorMessageLength);
        request.Ignore(r => r.IsPending);
        request.HasIndex(r => r.ProjectId);
        request.HasIndex(r => r.SceneId);
    }
}
