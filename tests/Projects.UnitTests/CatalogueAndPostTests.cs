using AiVideo.Projects.Domain.Catalogue;
using AiVideo.Projects.Domain.Posts;

namespace AiVideo.Projects.UnitTests;

public sealed class CatalogueAndPostTests
{
    private readonly Given _given = new();

    [Fact]
    public void A_variant_belongs_to_its_models_company_and_describes_itself()
    {
        var model = CarModel.Create(Given.Company, "Volvo", "XC60", "SUV", _given.Now).Value;

        var variant = CarVariant.Create(model, 2025, "Inscription", "Crystal White", _given.Now).Value;

        model.BodyType.Should().Be("suv");
        variant.CompanyId.Should().Be(Given.Company);
        variant.ModelId.Should().Be(model.Id);
        variant.Describe(model).Should().Be("2025 Volvo XC60 Inscription, Crystal White (suv)");
    }

    [Fact]
    public void Models_and_variants_are_checked()
    {
        CarModel.Create(Given.Company, "", "XC60", "spaceship", _given.Now).Error!.Fields.Keys.Should().BeEquivalentTo("make", "bodyType");
        var model = CarModel.Create(Given.Company, "Volvo", "XC60", "suv", _given.Now).Value;
        var now = _given.Now;
        CarVariant.Create(model, 1885, "", null, now).Error!.Fields.Keys.Should().BeEquivalentTo("year", "trim");
        CarVariant.Create(model, now.Year + 3, "R", null, now).IsSuccess.Should().BeFalse();
        CarVariant.Create(model, now.Year + 2, "R", null, now).IsSuccess.Should().BeTrue();
        model.Update(null, "XC90", null, _given.Now).IsSuccess.Should().BeTrue();
        model.Name.Should().Be("XC90");
        model.BodyType.Should().Be("suv");
    }

    [Fact]
    public void Car_media_types_are_named_as_media_api_names_them()
    {
        CarMediaTypes.All.Should().Equal("EXTERIOR", "INTERIOR", "SOUND", "3D_MODEL");
        CarMediaTypes.TryParse("3d_model", out var type).Should().BeTrue();
        type.Should().Be(CarMediaType.ThreeDModel);
        var variant = CarVariant.Create(CarModel.Create(Given.Company, "Volvo", "XC60", "suv", _given.Now).Value, 2025, "R", null, _given.Now).Value;
        CarMedia.Create(variant, CarMediaType.Sound, Guid.Empty, _given.Now).IsSuccess.Should().BeFalse();
        CarMedia.Create(variant, CarMediaType.Sound, Guid.CreateVersion7(), _given.Now).Value.VariantId.Should().Be(variant.Id);
    }

    [Fact]
    public void Only_a_completed_projects_final_video_is_posted()
    {
        var project = _given.WithClips(1);

        Post.FromProject(project, Given.Owner, "Look", _given.Now).Error!.Code.Should().Be("video_not_ready");
        var render = project.Render(Given.Owner, _given.Now).Value.Single();
        Post.FromProject(project, Given.Owner, "Look", _given.Now).Error!.Code.Should().Be("video_not_ready");
        project.ApplyVideo(render.RequestId, Given.Final(), _given.Now);

        var post = Post.FromProject(project, Given.Owner, " Look ", _given.Now).Value;
        post.Should().BeEquivalentTo(new { CompanyId = Given.Company, ProjectId = (Guid?)project.Id, FileId = project.FinalVideo!.FileId, Text = "Look" });
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5000, true)]
    [InlineData(5001, false)]
    public void A_posts_text_has_1_to_5000_characters(int length, bool valid) =>
        Post.FromFile(Given.Company, Given.Owner, Guid.CreateVersion7(), new string('t', length), _given.Now).IsSuccess.Should().Be(valid);
}
