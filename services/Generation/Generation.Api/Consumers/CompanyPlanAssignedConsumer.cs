using AiVideo.Generation.Application.Companies;
using MassTransit;

namespace AiVideo.Generation.Api.Consumers;

/// <summary>A company's plan, as identity assigned it: it sets the company's monthly limit on provider work (<c>Generation:Usage:PlanLimits</c>).</summary>
public sealed class CompanyPlanAssignedConsumer(AssignCompanyPlan assign, ILogger<CompanyPlanAssignedConsumer> logger) : IConsumer<CompanyPlanAssigned>
{
    public async Task Consume(ConsumeContext<CompanyPlanAssigned> context)
    {
        await assign.ExecuteAsync(context.Message.CompanyId, context.Message.Plan, context.CancellationToken);
        logger.LogInformation("Company {CompanyId} is on plan {Plan}", context.Message.CompanyId, context.Message.Plan);
    }
}
