using AiVideo.BuildingBlocks.Outbox;

namespace AiVideo.Identity.Infrastructure.Persistence;

/// <summary>Integration events go into the outbox of the same unit of work as the change they announce.</summary>
internal sealed class OutboxIntegrationEvents(IdentityContext db, TimeProvider time) : IIntegrationEvents
{
    public void Publish(object @event) => db.AddIntegrationEvent(@event, time.GetUtcNow());
}
