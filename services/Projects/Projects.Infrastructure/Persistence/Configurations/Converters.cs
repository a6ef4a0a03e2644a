using AiVideo.Projects.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AiVideo.Projects.Infrastructure.Persistence.Configurations;

/// <summary>Statuses and kinds are stored by their wire names (<c>storyboard_ready</c>), so SQL, JSON and logs read alike.</summary>
internal static class Converters
{
    public static PropertyBuilder<T> AsWireName<T>(this PropertyBuilder<T> property, int maxLength = 32) where T : struct, Enum =>
        property.HasConversion(new ValueConverter<T, string>(v => WireNames.Of(v), s => WireNames.Parse<T>(s))).HasMaxLength(maxLength);
}
