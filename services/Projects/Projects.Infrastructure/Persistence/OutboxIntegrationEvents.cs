using AiVideo.BuildingBlocks.Outbox;

namespace AiVideo.Projects.Infrastructure.Persistence;

/// <summary>Integration events go into the outbox of the same unit of work as the change they announce.</summary>
internal sealed class OutboxIntegrationEvents(ProjectsContext db, TimeProvider time) : IIntegrationEvents
{
    public void Publish(object @event) => db.AddIntegrationEvent(@event, time.GetUtcNow());
}
