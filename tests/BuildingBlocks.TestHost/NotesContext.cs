using AiVideo.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AiVideo.BuildingBlocks.TestHost;

public sealed class NotesContext(DbContextOptions<NotesContext> options) : DbContext(options)
{
    public const string ConnectionName = "notes";
    public const string MigrationsSource = "notes";

    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddBuildingBlocks();
        modelBuilder.Entity<Note>(note =>
        {
            note.Property(n => n.Text).HasMaxLength(200);
            note.HasIndex(n => n.CreatedAt);
        });
        modelBuilder.UseSnakeCaseNames();
    }
}
