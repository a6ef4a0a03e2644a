namespace AiVideo.Demo;

/// <summary>
/// Why the demo stops without a video, said for a person: the message is printed as it is (never a stack trace) and the
/// process exits with <see cref="ExitCode"/>. <see cref="Transient"/> failures (nothing answered, a timeout, a service
/// behind the gateway away) may pass: the event stream tries again before it gives up.
/// </summary>
internal sealed class DemoFailure(string message, int exitCode = DemoFailure.FailedExitCode, bool transient = false) : Exception(message)
{
    public const int FailedExitCode = 1;
    public const int UsageExitCode = 2;

    public int ExitCode { get; } = exitCode;

    public bool Transient { get; } = transient;
}
