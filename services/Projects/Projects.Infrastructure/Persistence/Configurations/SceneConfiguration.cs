using AiVideo.Projects.Domain.Scenes;

namespace AiVideo.Projects.Infrastructure.Persistence.Configurations;

/// <summary>
/// Scenes and their assets. A scene's position is unique per project through a deferrable exclusion constraint
/// (checked at commit, see 0001_projects.sql), so a reorder may move rows through each other's positions in any order.
/// </summary>
internal sealed class SceneConfiguration : IEntityTypeConfiguration<Scene>, IEntityTypeConfiguration<SceneAsset>
{
    public void Configure(EntityTypeBuilder<Scene> scene)
    {
        scene.ToTable("scenes");
        scene.HasKey(s => s.Id);
        scene.Property(s => s.Id).ValueGeneratedNever();
        scene.Property(s => s.Title).HasMaxLength(Scene.MaxTitleLength);
        scene.Property(s => s.Summary).HasMaxLength(Scene.MaxSummaryLength);
        scene.Property(s => s.Narration).HasMaxLength(Scene.MaxNarrationLength);
        scene.Property(s => s.ImagePrompt).HasMaxLength(Scene.MaxImagePromptLength);
        scene.Property(s => s.NegativePrompt).HasMaxLength(Scene.MaxNegativePromptLength);
        scene.Property(s => s.FailureReason).HasMaxLength(Scene.MaxFailureReasonLength);
        scene.Property(s => s.Status).AsWireName();
        scene.Ignore(s => s.SelectedImage);
        scene.Ignore(s => s.SelectedClip);
        scene.Ignore(s => s.IsBusy);
        scene.Ignore(s => s.HasMedia);
        scene.Ignore(s => s.Label);
        scene.HasMany(s => s.Assets).WithOne().HasForeignKey(a => a.SceneId).OnDelete(DeleteBehavior.Cascade);
        scene.Navigation(s => s.Assets).HasField("_assets").UsePropertyAccessMode(PropertyAccessMode.Field);
        // Unique per project, enforced by a deferrable exclusion constraint the model cannot express: declared unique
        // here, EF would order its updates by the index and refuse a reorder (a permutation is a cycle).
        scene.HasIndex(s => new { s.ProjectId, s.Position });
    }

    public void Configure(EntityTypeBuilder<SceneAsset> asset)
    {
        asset.ToTable("scene_assets");
        asset.HasKey(a => a.Id);
        asset.Property(a => a.Id).ValueGeneratedNever();
        asset.Property(a => a.Kind).AsWireName(16);
        asset.HasIndex(a => new { a.SceneId, a.FileId }).IsUnique();
        asset.HasIndex(a => a.RequestId);
    }
}
