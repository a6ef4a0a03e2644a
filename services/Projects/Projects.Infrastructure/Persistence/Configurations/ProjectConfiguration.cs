using AiVideo.Projects.Domain.Catalogue;
using AiVideo.Projects.Domain.Projects;

namespace AiVideo.Projects.Infrastructure.Persistence.Configurations;

/// <summary>
/// The project row: settings and value objects flattened into columns, the revision as concurrency token, and the
/// indexes a keyset-paged list needs (newest first by the UUIDv7 id, per company; per owner for <c>scope=mine</c>; per
/// status for <c>status=</c>).
/// </summary>
internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> project)
    {
        project.ToTable("projects");
        project.HasKey(p => p.Id);
        project.Property(p => p.Id).ValueGeneratedNever();
        project.Property(p => p.Title).HasMaxLength(Project.MaxTitleLength);
        project.Property(p => p.Prompt).HasMaxLength(Project.MaxPromptLength);
        project.Property(p => p.Description).HasMaxLength(Project.MaxDescriptionLength);
        project.Property(p => p.Provider).HasMaxLength(Project.MaxProviderLength);
        project.Property(p => p.AspectRatio).HasConversion(r => r.Name, s => AspectRatio.Parse(s)).HasMaxLength(8);
        project.Property(p => p.Style).HasConversion(s => s.Name, s => VideoStyle.Parse(s)).HasMaxLength(32);
        project.Property(p => p.Mood).HasConversion(m => m.Name, s => Mood.Parse(s)).HasMaxLength(32);
        project.OwnsOne(p => p.Narration, narration =>
        {
            narration.SharesTheProjectRow();
            narration.Property(n => n.Enabled).HasColumnName("narration_enabled");
            narration.Property(n => n.Voice).HasConversion(v => v.Name, s => NarrationVoice.Parse(s)).HasMaxLength(16).HasColumnName("narration_voice");
        });
        project.OwnsOne(p => p.Captions, captions =>
        {
            captions.SharesTheProjectRow();
            captions.Property(c => c.Enabled).HasColumnName("captions_enabled");
            captions.Property(c => c.Burned).HasColumnName("captions_burned");
            captions.Property(c => c.Style).HasConversion(s => s.Name, s => CaptionStyle.Parse(s)).HasMaxLength(32).HasColumnName("caption_style");
        });
        project.OwnsOne(p => p.Music, music =>
        {
            music.SharesTheProjectRow();
            music.Property(m => m.FileId).HasColumnName("music_file_id");
            music.Property(m => m.Volume).HasColumnName("music_volume");
        });
        project.Property(p => p.Status).AsWireName();
        project.Property(p => p.Goal).AsWireName(16);
        project.OwnsOne(p => p.Failure, failure =>
        {
            failure.SharesTheProjectRow();
            failure.Property(f => f.Stage).HasMaxLength(16).HasColumnName("failure_stage");
            failure.Property(f => f.Code).HasMaxLength(100).HasColumnName("failure_code");
            failure.Property(f => f.Message).HasMaxLength(ProjectFailure.MaxMessageLength).HasColumnName("failure_message");
            failure.Property(f => f.SceneId).HasColumnName("failure_scene_id");
            failure.Property(f => f.RequestId).HasColumnName("failure_request_id");
            failure.Property(f => f.FailedAt).HasColumnName("failed_at");
        });
        project.Property(p => p.StoryboardTitle).HasMaxLength(Project.MaxTitleLength);
        project.Property(p => p.Overview).HasMaxLength(Project.MaxOverviewLength);
        project.OwnsOne(p => p.FinalVideo, final =>
        {
            final.SharesTheProjectRow();
            final.Property(f => f.FileId).HasColumnName("final_video_file_id");
            final.Property(f => f.RequestId).HasColumnName("final_video_request_id");
            final.Property(f => f.DurationSeconds).HasColumnName("final_video_duration_seconds");
            final.Property(f => f.Width).HasColumnName("final_video_width");
            final.Property(f => f.Height).HasColumnName("final_video_height");
            final.Property(f => f.Size).HasColumnName("final_video_size");
            final.Property(f => f.ThumbnailFileId).HasColumnName("final_video_thumbnail_file_id");
            final.Property(f => f.HlsPlaylistKey).HasMaxLength(512).HasColumnName("final_video_hls_playlist_key");
            final.Property(f => f.CreatedAt).HasColumnName("final_video_created_at");
        });
        project.Property(p => p.Revision).IsConcurrencyToken();
        project.Ignore(p => p.IsBusy);
        project.Ignore(p => p.PendingActivity);

        project.HasMany(p => p.Scenes).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        project.Navigation(p => p.Scenes).HasField("_scenes").UsePropertyAccessMode(PropertyAccessMode.Field);
        project.HasMany(p => p.Requests).WithOne().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        project.Navigation(p => p.Requests).HasField("_requests").UsePropertyAccessMode(PropertyAccessMode.Field);
        project.HasMany(p => p.Timeline).WithOne().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        project.Navigation(p => p.Timeline).HasField("_timeline").UsePropertyAccessMode(PropertyAccessMode.Field);
        project.HasMany(p => p.CaptionLayers).WithOne().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        project.Navigation(p => p.CaptionLayers).HasField("_captionLayers").UsePropertyAccessMode(PropertyAccessMode.Field);
        project.HasMany(p => p.AudioLayers).WithOne().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        project.Navigation(p => p.AudioLayers).HasField("_audioLayers").UsePropertyAccessMode(PropertyAccessMode.Field);
        project.HasOne<CarVariant>().WithMany().HasForeignKey(p => p.CarVariantId).OnDelete(DeleteBehavior.SetNull);

        project.HasIndex(p => new { p.CompanyId, p.Id });
        project.HasIndex(p => new { p.CompanyId, p.OwnerId, p.Id });
        project.HasIndex(p => new { p.CompanyId, p.Status, p.Id });
        project.HasIndex(p => p.CarVariantId);
    }
}
