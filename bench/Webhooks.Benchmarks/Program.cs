// Measures webhooks-api from the outside, in three phases (run by bench/webhooks.sh):
// 1. Inbound: signed provider callbacks (openai, Standard Webhooks, a new webhook-id each) from <connections> senders;
//    callbacks per second and the client-side answer time of each (after a tenth of the count, at most 200, as warm-up).
// 2. Latency: one company with one endpoint (video.ready) at the local receiver; VideoReady events published on RabbitMQ
//    one at a time (after 5 warm-up ones), each timed from just before Publish to the arrival of its signed POST.
// 3. Fan-out: another company with <endpoints> endpoints (video.ready), all at the local receiver; <fanout-events>
//    VideoReady events published at once, timed from the first publish to the arrival of the last of the
//    events × endpoints deliveries.
// webhooks-api's CPU time per callback and per delivery is read from /proc. The receiver verifies every signature and
// counts each (endpoint, webhook-id) once. Prints a Markdown table.
// Usage: Webhooks.Benchmarks <identity-url> <webhooks-url> <eventbus> <openai-secret> <webhooks-pid> <clock-ticks>
//        <callbacks> <connections> <events> <endpoints> <fanout-events>
using System.Diagnostics;
using System.Globalization;
using AiVideo.Benchmarks.Webhooks;
using AiVideo.BuildingBlocks.Messaging;
using MassTransit;

var identity = new Uri(args[0]);
var webhooks = new Uri(args[1]);
var eventbus = EventBusConnection.Parse(args[2]);
var openAiSecret = args[3];
var cpu = new ProcessCpu(int.Parse(args[4], CultureInfo.InvariantCulture), int.Parse(args[5], CultureInfo.InvariantCulture));
var callbacks = int.Parse(args[6], CultureInfo.InvariantCulture);
var connections = int.Parse(args[7], CultureInfo.InvariantCulture);
var events = int.Parse(args[8], CultureInfo.InvariantCulture);
var endpoints = int.Parse(args[9], CultureInfo.InvariantCulture);
var fanoutEvents = int.Parse(args[10], CultureInfo.InvariantCulture);
var quiet = TimeSpan.FromSeconds(30);
var eventTimeout = TimeSpan.FromSeconds(30);
var stallLimit = TimeSpan.FromSeconds(60);

await using var receiver = await Receiver.StartAsync();
var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(eventbus.Host, (ushort)eventbus.Port, eventbus.VirtualHost, "webhooks-bench", host =>
{
    host.Username(eventbus.Username);
    host.Password(eventbus.Password);
}));
await bus.StartAsync();

// 1. Inbound callbacks.
Log($"{callbacks} callbacks from {connections} senders");
var load = new CallbackLoad(webhooks, openAiSecret, connections);
await load.RunAsync(Math.Clamp(callbacks / 10, 1, 200));
await cpu.WaitUntilQuietAsync(quiet);
var cpuBefore = cpu.Seconds();
var (callbackSeconds, callbackTimes) = await load.RunAsync(callbacks);
var callbackCpu = cpu.Seconds() - cpuBefore;

// 2. Event → first delivery attempt, one event at a time.
await cpu.WaitUntilQuietAsync(quiet); // the outbox passing the callbacks on
Log($"{events} events one at a time to one endpoint");
var single = new WebhooksClient(identity, webhooks);
await single.SignUpAsync();
receiver.Trust("latency", await single.CreateEndpointAsync(receiver.Url("latency"), "video.ready"));
for (var i = 0; i < 5; i++)
{
    await PublishAndTimeAsync(single.CompanyId);
}
var latencies = new List<double>();
for (var i = 0; i < events; i++)
{
    latencies.Add(await PublishAndTimeAsync(single.CompanyId));
}

// 3. Deliveries per second with many endpoints.
Log($"{endpoints} endpoints");
var many = new WebhooksClient(identity, webhooks);
await many.SignUpAsync();
await Parallel.ForEachAsync(Enumerable.Range(0, endpoints), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
{
    var name = $"fan-{i}";
    receiver.Trust(name, await many.CreateEndpointAsync(receiver.Url(name), "video.ready"));
});
await cpu.WaitUntilQuietAsync(quiet);
Log($"{fanoutEvents} events to {endpoints} endpoints");
var expected = receiver.Unique + ((long)endpoints * fanoutEvents);
cpuBefore = cpu.Seconds();
var start = Stopwatch.GetTimestamp();
await Task.WhenAll(Enumerable.Range(0, fanoutEvents).Select(_ => bus.Publish(Videos.Ready(many.CompanyId, Guid.NewGuid()))));
var (progress, progressAt) = (receiver.Unique, Stopwatch.GetTimestamp());
while (receiver.Unique < expected)
{
    await Task.Delay(20);
    if (receiver.Unique != progress)
    {
        (progress, progressAt) = (receiver.Unique, Stopwatch.GetTimestamp());
    }
    else if (Stopwatch.GetElapsedTime(progressAt) > stallLimit)
    {
        throw new TimeoutException($"No new delivery for {stallLimit.TotalSeconds} s: {expected - receiver.Unique} of {(long)endpoints * fanoutEvents} missing.");
    }
}
var fanoutSeconds = Stopwatch.GetElapsedTime(start, receiver.LastArrival).TotalSeconds;
await Task.Delay(1000); // the last attempts are recorded after their answers
var deliveryCpu = cpu.Seconds() - cpuBefore;
await bus.StopAsync();

var deliveries = (long)endpoints * fanoutEvents;
string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
Console.WriteLine("| measure | result |");
Console.WriteLine("| --- | ---: |");
Console.WriteLine($"| provider callbacks per second ({callbacks} openai callbacks, {connections} connections) | {F(callbacks / callbackSeconds, "0")} |");
Console.WriteLine($"| callback answer time p50 / p99 / max (ms) | {F(Stats.Percentile(callbackTimes, 0.5), "0.0")} / {F(Stats.Percentile(callbackTimes, 0.99), "0.0")} / {F(callbackTimes.Max(), "0.0")} |");
Console.WriteLine($"| webhooks-api CPU per callback (µs) | {F(callbackCpu / callbacks * 1e6, "0")} |");
Console.WriteLine($"| event → first delivery attempt, median / p99 (ms, {events} events one at a time) | {F(Stats.Percentile(latencies, 0.5), "0.0")} / {F(Stats.Percentile(latencies, 0.99), "0.0")} |");
Console.WriteLine($"| deliveries per second ({fanoutEvents} events × {endpoints} endpoints = {deliveries} deliveries) | {F(deliveries / fanoutSeconds, "0")} |");
Console.WriteLine($"| first publish → last delivery (s) | {F(fanoutSeconds, "0.00")} |");
Console.WriteLine($"| webhooks-api CPU per delivery (µs) | {F(deliveryCpu / deliveries * 1e6, "0")} |");
Console.WriteLine($"| repeated deliveries / bad signatures at the receiver | {receiver.Duplicates} / {receiver.BadSignatures} |");

// Publishes a VideoReady for the company and returns the milliseconds until its delivery arrived.
async Task<double> PublishAndTimeAsync(Guid companyId)
{
    var requestId = Guid.NewGuid();
    var arrival = receiver.FirstArrivalAsync(requestId);
    var published = Stopwatch.GetTimestamp();
    await bus.Publish(Videos.Ready(companyId, requestId));
    var arrived = await arrival.WaitAsync(eventTimeout);
    return Stopwatch.GetElapsedTime(published, arrived).TotalMilliseconds;
}

static void Log(string message) => Console.Error.WriteLine($"    {message}");
