using AiVideo.BuildingBlocks.Persistence;
using AiVideo.Projects.Domain.Activity;
using AiVideo.Projects.Domain.Brand;
using AiVideo.Projects.Domain.Catalogue;
using AiVideo.Projects.Domain.Pipeline;
using AiVideo.Projects.Domain.Posts;
using AiVideo.Projects.Domain.Projects;
using AiVideo.Projects.Domain.Scenes;

namespace AiVideo.Projects.Infrastructure.Persistence;

/// <summary>
/// projects-api's database: projects with their scenes, assets, requests, timeline and layers; their activity; the
/// brand kit, the car catalogue and posts; with the building blocks' tables. Saving stores the activity every tracked
/// project recorded, in the same transaction as the change it describes.
/// </summary>
public sealed class ProjectsContext(DbContextOptions<ProjectsContext> options) : DbContext(options)
{
    private readonly List<ProjectActivity> _savedActivity = [];

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<Scene> Scenes => Set<Scene>();

    public DbSet<SceneAsset> SceneAssets => Set<SceneAsset>();

    public DbSet<IssuedRequest> Requests => Set<IssuedRequest>();

    public DbSet<ProjectActivity> Activity => Set<ProjectActivity>();

    public DbSet<BrandAsset> BrandAssets => Set<BrandAsset>();

    public DbSet<CarModel> CarModels => Set<CarModel>();

    public DbSet<CarVariant> CarVariants => Set<CarVariant>();

    public DbSet<CarMedia> CarMedia => Set<CarMedia>();

    public DbSet<Post> Posts => Set<Post>();

    /// <summary>
    /// The activity entries saved through this context so far (oldest first), for publishing to live subscribers once
    /// the transaction they were saved in has committed.
    /// </summary>
    public IReadOnlyList<ProjectActivity> SavedActivity => _savedActivity;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var activity = CollectActivity();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        _savedActivity.AddRange(activity);
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var activity = CollectActivity();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        _savedActivity.AddRange(activity);
        return saved;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddBuildingBlocks();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProjectsContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }

    /// <summary>Moves what tracked projects recorded since they were loaded into the activity table's unit of work.</summary>
    private List<ProjectActivity> CollectActivity()
    {
        var activity = ChangeTracker.Entries<Project>().Where(e => e.State != EntityState.Deleted).SelectMany(e => e.Entity.TakeActivity()).ToList();
        Activity.AddRange(activity);
        return activity;
    }
}
