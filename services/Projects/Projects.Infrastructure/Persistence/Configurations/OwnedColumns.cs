using AiVideo.Projects.Domain.Projects;

namespace AiVideo.Projects.Infrastructure.Persistence.Configurations;

/// <summary>Value objects of a project are owned types stored in the project's own row (table splitting).</summary>
internal static class OwnedColumns
{
    /// <summary>The owned type's key is the project's id column (named explicitly so snake-casing leaves it alone).</summary>
    public static void SharesTheProjectRow<T>(this OwnedNavigationBuilder<Project, T> owned) where T : class =>
        owned.Property<Guid>("ProjectId").HasColumnName("id");
}
