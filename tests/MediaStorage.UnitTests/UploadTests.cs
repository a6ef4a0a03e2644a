namespace AiVideo.MediaStorage.UnitTests;

public sealed class UploadTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private const long Part = 64L * 1024 * 1024;

    [Fact]
    public void A_multipart_upload_counts_its_parts_from_size_and_part_size()
    {
        Multipart(200L * 1024 * 1024).PartCount.Should().Be(4);
        Multipart(Part).PartCount.Should().Be(1);
        Multipart(Part + 1).PartCount.Should().Be(2);
    }

    [Fact]
    public void A_completion_lists_every_part_once_each_with_an_etag()
    {
        var upload = Multipart(3 * Part);

        upload.CheckParts([(1, "\"a\""), (2, "\"b\""), (3, "\"c\"")]).IsSuccess.Should().BeTrue();
        upload.CheckParts([(3, "\"c\""), (1, "\"a\""), (2, "\"b\"")]).IsSuccess.Should().BeTrue("order does not matter");
        upload.CheckParts([(1, "\"a\""), (2, "\"b\"")]).Error!.Kind.Should().Be(ErrorKind.Validation);
        upload.CheckParts([(1, "\"a\""), (2, "\"b\""), (2, "\"b\""), (3, "\"c\"")]).Error!.Kind.Should().Be(ErrorKind.Validation);
        upload.CheckParts([(0, "\"a\""), (1, "\"b\""), (2, "\"c\"")]).Error!.Kind.Should().Be(ErrorKind.Validation);
        upload.CheckParts([(1, "\"a\""), (2, null), (3, "\"c\"")]).Error!.Kind.Should().Be(ErrorKind.Validation);
        upload.CheckParts([(1, "\"a\""), (2, new string('x', 101)), (3, "\"c\"")]).Error!.Kind.Should().Be(ErrorKind.Validation);
    }

    [Fact]
    public void A_single_put_is_completed_without_parts()
    {
        var upload = Upload.Single(Guid.NewGuid(), Guid.NewGuid(), "companies/c/assets/images/f.png", Now, TimeSpan.FromHours(6));

        upload.CheckParts([]).IsSuccess.Should().BeTrue();
        upload.CheckParts([(1, "\"a\"")]).Error!.Kind.Should().Be(ErrorKind.Validation);
    }

    [Fact]
    public void An_upload_is_open_until_it_expires_is_aborted_or_completes()
    {
        var upload = Upload.Single(Guid.NewGuid(), Guid.NewGuid(), "companies/c/assets/images/f.png", Now, TimeSpan.FromHours(6));
        var aborted = Upload.Single(Guid.NewGuid(), Guid.NewGuid(), "companies/c/assets/images/f.png", Now, TimeSpan.FromHours(6));
        aborted.Abort(Now.AddMinutes(1));
        var completed = Upload.Single(Guid.NewGuid(), Guid.NewGuid(), "companies/c/assets/images/f.png", Now, TimeSpan.FromHours(6));
        completed.Complete(Now.AddMinutes(1));

        upload.CheckOpen(Now.AddHours(5)).IsSuccess.Should().BeTrue();
        upload.CheckOpen(Now.AddHours(6)).Error!.Code.Should().Be("upload_expired");
        aborted.CheckOpen(Now.AddHours(1)).Error!.Code.Should().Be("upload_aborted");
        aborted.CheckOpen(Now.AddHours(7)).Error!.Code.Should().Be("upload_expired", "an upload the sweep removed says it expired");
        completed.CheckOpen(Now.AddDays(2)).IsSuccess.Should().BeTrue("a completed upload answers its file again");
    }

    [Fact]
    public void Its_urls_may_write_only_while_it_is_open_and_unexpired()
    {
        var upload = Upload.Single(Guid.NewGuid(), Guid.NewGuid(), "companies/c/assets/images/f.png", Now, TimeSpan.FromHours(6));
        var aborted = Upload.Single(Guid.NewGuid(), Guid.NewGuid(), "companies/c/assets/images/g.png", Now, TimeSpan.FromHours(6));
        aborted.Abort(Now.AddMinutes(1));
        var completed = Upload.Single(Guid.NewGuid(), Guid.NewGuid(), "companies/c/assets/images/h.png", Now, TimeSpan.FromHours(6));
        completed.Complete(Now.AddMinutes(1));

        upload.Accepts(Now.AddHours(5)).Should().BeTrue();
        upload.Accepts(Now.AddHours(6)).Should().BeFalse();
        aborted.Accepts(Now.AddMinutes(2)).Should().BeFalse();
        completed.Accepts(Now.AddMinutes(2)).Should().BeFalse("a URL cannot replace a verified object");
    }

    [Fact]
    public void Each_part_may_carry_the_part_size_and_the_last_what_remains()
    {
        var upload = Multipart(2 * Part + 123);

        upload.PartLength(1, 2 * Part + 123).Should().Be(Part);
        upload.PartLength(2, 2 * Part + 123).Should().Be(Part);
        upload.PartLength(3, 2 * Part + 123).Should().Be(123);
        ((Action)(() => upload.PartLength(4, 2 * Part + 123))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Settling_is_recorded_once()
    {
        var upload = Upload.Single(Guid.NewGuid(), Guid.NewGuid(), "companies/c/assets/images/f.png", Now, TimeSpan.FromHours(6));

        upload.Settle(Now.AddHours(7));
        upload.Settle(Now.AddHours(8));

        upload.SettledAt.Should().Be(Now.AddHours(7));
        upload.StorageKey.Should().Be("companies/c/assets/images/f.png");
    }

    private static Upload Multipart(long size) =>
        Upload.Multipart(Guid.NewGuid(), Guid.NewGuid(), "companies/c/videos/f.mp4", "storage-upload-id", size, Part, Now, TimeSpan.FromHours(6));
}
