namespace AiVideo.Identity.Application.Abstractions;

/// <summary>Integration events, published once the unit of work they were added to commits (the outbox).</summary>
public interface IIntegrationEvents
{
    void Publish(object @event);
}
