using AiVideo.MediaStorage.Domain.Files;
using AiVideo.MediaStorage.Domain.Uploads;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AiVideo.MediaStorage.Infrastructure.Persistence.Configurations;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>, IEntityTypeConfiguration<Upload>
{
    public void Configure(EntityTypeBuilder<StoredFile> file)
    {
        file.ToTable("files");
        file.HasKey(f => f.Id);
        file.Ignore(f => f.Kind);
        file.Ignore(f => f.NeedsProcessing);
        file.Ignore(f => f.RenditionPrefix);
        file.Ignore(f => f.IsStored);
        file.Property(f => f.Output).HasMaxLength(StoredFile.MaxOutputLength);
        file.Property(f => f.FailureReason).HasMaxLength(StoredFile.MaxFailureReasonLength);
        file.Property(f => f.HlsPlaylistKey).HasMaxLength(512);
        file.Property(f => f.ThumbnailKey).HasMaxLength(512);
        file.Property(f => f.Purpose).HasMaxLength(32);
        file.Property(f => f.FileName).HasMaxLength(StoredFile.MaxFileNameLength);
        file.Property(f => f.ContentType).HasMaxLength(64);
        file.Property(f => f.StorageKey).HasMaxLength(512);
        file.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        file.Property(f => f.ETag).HasMaxLength(100);
        file.HasIndex(f => f.StorageKey).IsUnique();
        file.HasIndex(f => new { f.CompanyId, f.Id });
        file.HasIndex(f => new { f.CompanyId, f.ProjectId });
        file.HasIndex(f => new { f.CompanyId, f.RequestId, f.Output }).IsUnique().HasFilter("request_id IS NOT NULL AND output IS NOT NULL");
    }

    public void Configure(EntityTypeBuilder<Upload> upload)
    {
        upload.ToTable("uploads");
        upload.HasKey(u => u.Id);
        upload.Property(u => u.Method).HasConversion<string>().HasMaxLength(16);
        upload.Property(u => u.MultipartUploadId).HasMaxLength(1024);
        upload.Property(u => u.StorageKey).HasMaxLength(512);
        upload.HasIndex(u => u.FileId).IsUnique();
        upload.HasIndex(u => u.StorageKey);
        upload.HasIndex(u => u.MultipartUploadId);
        upload.HasIndex(u => u.ExpiresAt).HasFilter("completed_at IS NULL AND aborted_at IS NULL");
        upload.HasIndex(u => u.ExpiresAt, "ix_uploads_expires_at_unsettled").HasFilter("settled_at IS NULL");
    }
}
