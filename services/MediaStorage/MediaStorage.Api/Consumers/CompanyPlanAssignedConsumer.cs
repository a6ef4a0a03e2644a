using AiVideo.Contracts;
using AiVideo.MediaStorage.Application.Usage;
using MassTransit;

namespace AiVideo.MediaStorage.Api.Consumers;

/// <summary>A company's plan and storage pool, as identity assigned them; the inbox makes a redelivery a no-op, and an older assignment is ignored.</summary>
public sealed class CompanyPlanAssignedConsumer(AssignCompanyPlan assign, ILogger<CompanyPlanAssignedConsumer> logger) : IConsumer<CompanyPlanAssigned>
{
    public async Task Consume(ConsumeContext<CompanyPlanAssigned> context)
    {
        var plan = context.Message;
        var recorded = await assign.ExecuteAsync(plan.CompanyId, plan.Plan, plan.StoragePoolId, plan.StorageQuotaBytes, plan.AssignedAt, context.CancellationToken);
        logger.LogInformation("Company {CompanyId} on plan {Plan} ({Quota} bytes shared by pool {PoolId}){Ignored}", plan.CompanyId, plan.Plan,
            plan.StorageQuotaBytes, plan.StoragePoolId, recorded ? "" : ": an assignment as recent is recorded already");
    }
}
