namespace AiVideo.AppHost.Servers;

/// <summary>
/// Erlang's port mapper for the local RabbitMQ node, on loopback and a port of its own. It runs as a resource of its
/// own so that it stops with the AppHost: an epmd that Erlang spawns by itself outlives every run.
/// </summary>
public sealed class EpmdResource(string name, string command, string workingDirectory) : ExecutableResource(name, command, workingDirectory);
