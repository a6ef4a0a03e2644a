namespace AiVideo.Generation.Application.Usage;

/// <summary>A company's calls to one provider's model for one kind of work in a period: how many, how much and what they cost.</summary>
public sealed record UsageLine(string Provider, string Model, string Kind, string Unit, int Calls, decimal Units, decimal Cost);
