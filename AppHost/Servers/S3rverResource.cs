namespace AiVideo.AppHost.Servers;

/// <summary>s3rver, an S3-compatible server from npm (installed into .tools/s3rver by ./test.sh), for tests and local S3 runs.</summary>
public sealed class S3rverResource(string name, string command, string workingDirectory) : ExecutableResource(name, command, workingDirectory)
{
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    public EndpointReference Endpoint => new(this, "http");
}
