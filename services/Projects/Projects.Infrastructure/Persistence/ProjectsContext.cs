using AiVideo.BuildingBlocks.Persistence;
using AiVideo.Projects.Domain.Activity;
using AiVideo.Projects.Domain.Brand;
using AiVideo.Projects.Domain.Catalogue;
using AiVideo.Projects.Domain.Files;
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

    public DbSet<KnownFile> KnownFiles => Set<KnownFile>();

    /// <summary>
    /// The activity entries this context saved and nobody took yet (oldest first). A save adds its entries as it starts
    /// and removes them again when it fails, so what is here was written to the database; the fan-out takes them as each
    /// save succeeds and publishes them once their transaction has committed.
    /// </summary>
    public IReadOnlyList<ProjectActivity> SavedActivity => _savedActivity;

    /// <summary>Hands over the entries saved so far and forgets them.</summary>
    public IReadOnlyList<ProjectActivity> TakeSavedActivity()
    {
        var taken = _savedActivity.ToList();
        _savedActivity.Clear();
        return taken;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var activity = CollectActivity();
        _savedActivity.AddRange(activity);
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch
        {
            _savedActivity.RemoveAll(activity.Contains);
            throw;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var activity = CollectActivity();
        _savedActivity.AddRange(activity);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch
        {
            _savedActivity.RemoveAll(activity.Contains);
            throw;
        }
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
