using AiVideo.Projects.Domain.Timeline;

namespace AiVideo.Projects.Infrastructure.Persistence.Configurations;

/// <summary>Timeline cuts and caption and audio layers: replaced as a whole, positions unique per project (a deferrable exclusion constraint, like scenes).</summary>
internal sealed class TimelineConfiguration :
    IEntityTypeConfiguration<TimelineClip>, IEntityTypeConfiguration<CaptionLayer>, IEntityTypeConfiguration<AudioLayer>
{
    public void Configure(EntityTypeBuilder<TimelineClip> clip)
    {
        clip.ToTable("timeline_clips");
        clip.HasKey(c => c.Id);
        clip.Property(c => c.Id).ValueGeneratedNever();
        clip.Ignore(c => c.DurationSeconds);
        clip.Ignore(c => c.EndSeconds);
        clip.HasIndex(c => new { c.ProjectId, c.Position });
    }

    public void Configure(EntityTypeBuilder<CaptionLayer> caption)
    {
        caption.ToTable("caption_layers");
        caption.HasKey(c => c.Id);
        caption.Property(c => c.Id).ValueGeneratedNever();
        caption.Property(c => c.Text).HasMaxLength(CaptionLayer.MaxTextLength);
        caption.Property(c => c.Style).HasConversion(s => s.Name, s => Domain.Projects.CaptionStyle.Parse(s)).HasMaxLength(32);
        caption.HasIndex(c => new { c.ProjectId, c.Position });
    }

    public void Configure(EntityTypeBuilder<AudioLayer> audio)
    {
        audio.ToTable("audio_layers");
        audio.HasKey(a => a.Id);
        audio.Property(a => a.Id).ValueGeneratedNever();
        audio.HasIndex(a => new { a.ProjectId, a.Position });
    }
}
