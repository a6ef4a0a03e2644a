// The demo a newcomer runs once ./run.sh is up: `./run.sh demo "a red fox running through snow at dawn"` makes a short
// video from the prompt through the gateway, with a progress bar, and downloads it (see DemoRun). It prints what went
// wrong, never a stack trace: exit code 0 with a video, 1 without, 2 for a malformed command line, 130 when stopped.
using AiVideo.Demo;

if (DemoOptions.AsksForHelp(args))
{
    Console.WriteLine(DemoOptions.Usage);
    return 0;
}
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
var view = new ProgressView(Console.Out, interactive: !Console.IsOutputRedirected);
try
{
    var options = DemoOptions.Parse(args, Environment.GetEnvironmentVariable(DemoOptions.UrlVariable));
    using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(10) }) { Timeout = Timeout.InfiniteTimeSpan };
    var api = new GatewayApi(http, options.Gateway);
    var signIn = new DemoSignIn(api, AccountStore.InWorkingDirectory(), TimeProvider.System);
    await new DemoRun(options, api, signIn, view, TimeProvider.System).ExecuteAsync(stop.Token);
    return 0;
}
catch (DemoFailure failure)
{
    return Report(failure.Message, failure.ExitCode);
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    return Report("Stopped.", 130);
}
catch (Exception unexpected)
{
    // A bug of the demo's or an answer it cannot read: said in one line, as everything else.
    return Report($"The demo failed unexpectedly: {unexpected.GetType().Name}: {unexpected.Message}", DemoFailure.FailedExitCode);
}

int Report(string message, int exitCode)
{
    view.Finish();
    Console.Error.WriteLine(message);
    return exitCode;
}
