namespace AiVideo.Benchmarks.Pipeline;

/// <summary>An event of a project's stream as it arrived: its type, its status if any, and when (<see cref="Clock"/>).</summary>
public sealed record EventArrival(string Type, string? Status, double ArrivedAt)
{
    public override string ToString() => Status is null ? Type : $"{Type} {Status}";
}
