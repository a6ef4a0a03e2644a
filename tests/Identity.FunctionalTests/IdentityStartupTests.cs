using AiVideo.Identity.Api;
using AiVideo.Identity.Infrastructure.Persistence;
using AiVideo.SharedKernel.Vocabulary;
using AiVideo.Testing;

namespace AiVideo.Identity.FunctionalTests;

public sealed class IdentityStartupTests() : ServiceStartupTests<IdentityApi, IdentityContext>(ResourceNames.IdentityDatabase)
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = IdentitySettings.Create();
}
