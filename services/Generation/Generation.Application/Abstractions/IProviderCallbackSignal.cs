namespace AiVideo.Generation.Application.Abstractions;

/// <summary>Where a provider's verified callback is told to the polls waiting on the provider's job in this instance.</summary>
public interface IProviderCallbackSignal
{
    /// <summary>A callback about the provider's job <paramref name="providerJobId"/> arrived.</summary>
    void Signal(string providerJobId);
}
