namespace AiVideo.Architecture.Tests;

/// <summary>
/// ARCHITECTURE.md §3: Domain references nothing but the shared kernel; Application holds use cases and ports over
/// Domain and Contracts; Infrastructure implements the ports; Api composes and translates, reaching Infrastructure only
/// through the registration and mapping extensions it exposes; services share nothing but Contracts and the building blocks.
/// </summary>
public sealed class LayerTests
{
    [Theory]
    [MemberData(nameof(Layers.EachService), MemberType = typeof(Layers))]
    public void The_domain_references_nothing_but_the_shared_kernel(string service)
    {
        var references = Layers.References(Layers.Load(service, "Domain"));

        references.Where(name => !Layers.IsBaseLibrary(name)).Should().BeSubsetOf(["SharedKernel"]);
    }

    [Theory]
    [MemberData(nameof(Layers.EachService), MemberType = typeof(Layers))]
    public void The_application_layer_knows_its_domain_and_the_contracts_but_no_infrastructure(string service)
    {
        var references = Layers.References(Layers.Load(service, "Application"));

        references.Where(name => !Layers.IsBaseLibrary(name) && !name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
            .Should().BeSubsetOf([$"{service}.Domain", "Contracts", "SharedKernel", "FluentValidation"]);
    }

    [Theory]
    [MemberData(nameof(Layers.EachService), MemberType = typeof(Layers))]
    public void Infrastructure_does_not_reach_up_into_the_api(string service)
    {
        var references = Layers.References(Layers.Load(service, "Infrastructure"));

        references.Should().NotContain($"{service}.Api");
    }

    [Theory]
    [MemberData(nameof(Layers.EachService), MemberType = typeof(Layers))]
    public void The_api_uses_infrastructure_only_through_its_registration_extensions(string service)
    {
        var used = TypeReferences.Of(Layers.Load(service, "Api"))
            .Where(reference => reference.Assembly == $"{service}.Infrastructure")
            .Select(reference => reference.Type)
            .ToList();

        used.Should().OnlyContain(type => type == $"AiVideo.{service}.Infrastructure.DependencyInjection",
            "endpoints and consumers call use cases; only Program.cs composes the service through the infrastructure's extensions");
    }

    [Theory]
    [MemberData(nameof(Layers.EachService), MemberType = typeof(Layers))]
    public void A_service_references_no_other_services_assemblies(string service)
    {
        var others = Layers.Services.Where(other => other != service).ToList();
        foreach (var layer in new[] { "Domain", "Application", "Infrastructure", "Api" })
        {
            Layers.References(Layers.Load(service, layer)).Should().NotContain(name => others.Any(other => name.StartsWith(other + ".", StringComparison.Ordinal)),
                $"{service}.{layer} shares only Contracts and the building blocks with other services");
        }
    }

    [Fact]
    public void The_contracts_and_the_shared_kernel_reference_only_the_base_library()
    {
        foreach (var assembly in new[] { "Contracts", "SharedKernel" })
        {
            Layers.References(System.Reflection.Assembly.Load(assembly)).Should().OnlyContain(name => Layers.IsBaseLibrary(name), assembly);
        }
    }
}
