using AiVideo.Identity.Application.Abstractions;
using AiVideo.Identity.Application.Common;
using AiVideo.Identity.Application.Tokens;
using Microsoft.Extensions.Options;

namespace AiVideo.Identity.UnitTests;

/// <summary>What a service client's client-credentials token grants (the token server has authenticated the client).</summary>
public sealed class ServiceTokenTests
{
    private static readonly IssueServiceToken Issue = new(new Clients(), Options.Create(new IdentityTokenOptions()));

    [Fact]
    public void A_client_that_asks_for_no_scope_gets_every_scope_it_may_have_for_fifteen_minutes()
    {
        var claims = Issue.Execute(new IssueServiceToken.Command("render-farm", [])).Value;

        claims.Subject.Should().Be("render-farm");
        claims.Scopes.Should().Equal(Scopes.Internal, Scopes.MediaRead);
        claims.Lifetime.Should().Be(TimeSpan.FromMinutes(15));
        claims.CompanyId.Should().BeNull("a service token speaks for no company");
    }

    [Fact]
    public void Scopes_beyond_the_clients_own_are_refused()
    {
        var refused = Issue.Execute(new IssueServiceToken.Command("render-farm", [Scopes.Internal, Scopes.ProjectsWrite]));

        refused.Error!.Code.Should().Be("invalid_scope");
        refused.Error.Message.Should().Contain(Scopes.Internal);
    }

    [Fact]
    public void A_client_without_the_grant_or_configuration_gets_no_service_token()
    {
        Issue.Execute(new IssueServiceToken.Command("exchange-only", [])).Error!.Code.Should().Be("unauthorized_client");
        Issue.Execute(new IssueServiceToken.Command("unknown", [])).Error!.Code.Should().Be("invalid_client");
    }

    /// <summary>The configured clients, as <c>Identity:Clients</c> would name them.</summary>
    private sealed class Clients : IServiceClients
    {
        public ServiceClient? Find(string clientId) => clientId switch
        {
            "render-farm" => new ServiceClient(clientId, new HashSet<string> { GrantTypes.ClientCredentials }, new HashSet<string> { Scopes.MediaRead, Scopes.Internal }),
            "exchange-only" => new ServiceClient(clientId, new HashSet<string> { GrantTypes.ApiKey }, new HashSet<string> { Scopes.Internal }),
            _ => null,
        };
    }
}
