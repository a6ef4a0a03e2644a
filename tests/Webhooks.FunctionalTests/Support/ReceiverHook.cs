using System.Collections.Concurrent;

namespace AiVideo.Webhooks.FunctionalTests.Support;

/// <summary>One receiving URL: the secrets it trusts and the answers it gives, in order, before answering 200 (or <see cref="Otherwise"/>).</summary>
public sealed class ReceiverHook(string name, string url)
{
    private readonly ConcurrentQueue<ReceiverAnswer> _script = new();
    private volatile string[] _secrets = [];

    public string Name { get; } = name;

    public string Url { get; } = url;

    public IReadOnlyList<string> Secrets => _secrets;

    /// <summary>The answer once the script is used up.</summary>
    public ReceiverAnswer Otherwise { get; set; } = ReceiverAnswer.Ok;

    public ReceiverHook Trust(string secret)
    {
        _secrets = [.. _secrets, secret];
        return this;
    }

    /// <summary>Stops trusting <paramref name="secret"/> (a receiver that switched to a rotated secret).</summary>
    public ReceiverHook Distrust(string secret)
    {
        _secrets = _secrets.Where(s => s != secret).ToArray();
        return this;
    }

    public ReceiverHook Answer(params ReceiverAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
        return this;
    }

    internal ReceiverAnswer NextAnswer() => _script.TryDequeue(out var answer) ? answer : Otherwise;
}
