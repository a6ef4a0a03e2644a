namespace AiVideo.MediaStorage.UnitTests;

public sealed class StorageKeysTests
{
    private static readonly Guid Company = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid File = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private static readonly Guid Project = Guid.Parse("33333333-3333-3333-3333-333333333333");
    private static readonly Guid Scene = Guid.Parse("44444444-4444-4444-4444-444444444444");
    private static readonly Guid Model = Guid.Parse("55555555-5555-5555-5555-555555555555");
    private static readonly Guid Variant = Guid.Parse("66666666-6666-6666-6666-666666666666");

    public static TheoryData<UploadPurpose, FileTarget, string, string> Keys => new()
    {
        { UploadPurpose.SceneImage, new FileTarget(Project, Scene), "image/jpeg", $"companies/{Company}/projects/{Project}/scenes/{Scene}/images/{File}.jpg" },
        { UploadPurpose.SceneVideo, new FileTarget(Project, Scene), "video/quicktime", $"companies/{Company}/projects/{Project}/scenes/{Scene}/videos/{File}.mov" },
        { UploadPurpose.ProjectUpload, new FileTarget(Project), "audio/wav", $"companies/{Company}/projects/{Project}/uploads/{File}.wav" },
        { UploadPurpose.VideoUpload, new FileTarget(), "video/webm", $"companies/{Company}/videos/{File}/original.webm" },
        { UploadPurpose.CompanyAsset, new FileTarget(), "font/woff2", $"companies/{Company}/assets/fonts/{File}.woff2" },
        { UploadPurpose.Audio, new FileTarget(), "audio/mpeg", $"companies/{Company}/assets/audio/{File}.mp3" },
        { UploadPurpose.Audio, new FileTarget(Project), "audio/mpeg", $"companies/{Company}/projects/{Project}/uploads/{File}.mp3" },
        { UploadPurpose.CarMedia, new FileTarget(CarModelId: Model, CarVariantId: Variant, CarMediaType: "3D_MODEL"), "model/gltf-binary", $"companies/{Company}/cars/{Model}/{Variant}/3d_model/{File}.glb" },
        { UploadPurpose.Generated, new FileTarget(Project, Scene), "image/png", $"companies/{Company}/projects/{Project}/scenes/{Scene}/images/{File}.png" },
        { UploadPurpose.Generated, new FileTarget(Project), "video/mp4", $"companies/{Company}/projects/{Project}/final/{File}.mp4" },
        { UploadPurpose.Generated, new FileTarget(), "video/mp4", $"companies/{Company}/videos/{File}/original.mp4" },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void Keys_are_built_from_ids_and_the_type_only(UploadPurpose purpose, FileTarget target, string contentType, string expected)
    {
        StorageKeys.For(Company, File, purpose, target, contentType).Should().Be(expected);
    }
}
