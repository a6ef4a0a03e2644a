using AiVideo.MediaStorage.Api;
using AiVideo.MediaStorage.Infrastructure.Persistence;
using AiVideo.SharedKernel.Vocabulary;
using AiVideo.Testing;

namespace AiVideo.MediaStorage.FunctionalTests;

public sealed class MediaStorageStartupTests() : ServiceStartupTests<MediaStorageApi, MediaContext>(ResourceNames.MediaDatabase)
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = MediaSettings.FileSystem("http://127.0.0.1:1");
}
