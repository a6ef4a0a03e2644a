using AiVideo.Identity.Application.Accounts;
using AiVideo.Identity.Application.ApiKeys;
using AiVideo.Identity.Application.Companies;
using AiVideo.Identity.Application.Invitations;
using AiVideo.Identity.Application.Sessions;
using AiVideo.Identity.Application.SigningKeys;
using AiVideo.Identity.Application.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace AiVideo.Identity.Application;

public static class DependencyInjection
{
    /// <summary>Every use case of identity-api (scoped: they share the request's unit of work).</summary>
    public static IServiceCollection AddIdentityApplication(this IServiceCollection services)
    {
        services.AddScoped<SessionStarter>();
        services.AddScoped<Register>();
        services.AddScoped<GetProfile>();
        services.AddScoped<UpdateUser>();
        services.AddScoped<SignIn>();
        services.AddScoped<RefreshSession>();
        services.AddScoped<SignOut>();
        services.AddScoped<AuthorizeSession>();
        services.AddScoped<IssueServiceToken>();
        services.AddScoped<ExchangeApiKey>();
        services.AddScoped<CompanyFounding>();
        services.AddScoped<CreateCompany>();
        services.AddScoped<GetCompany>();
        services.AddScoped<UpdateCompany>();
        services.AddScoped<ListMembers>();
        services.AddScoped<RemoveMember>();
        services.AddScoped<ChangeMemberRole>();
        services.AddScoped<InviteMember>();
        services.AddScoped<AcceptInvitation>();
        services.AddScoped<ListInvitations>();
        services.AddScoped<GetInvitation>();
        services.AddScoped<RevokeInvitation>();
        services.AddScoped<CreateApiKey>();
        services.AddScoped<ListApiKeys>();
        services.AddScoped<GetApiKey>();
        services.AddScoped<RevokeApiKey>();
        services.AddScoped<RotateSigningKey>();
        return services;
    }
}
