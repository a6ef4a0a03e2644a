using System.Text.Json;
using AiVideo.Projects.Application.Brand;

namespace AiVideo.Projects.Api.Endpoints;

public static class BrandEndpoints
{
    /// <summary>A brand asset: its type (on creation), its value (a JSON object) and/or its file.</summary>
    public sealed record BrandAssetRequest(string? Type, JsonElement? Value, Guid? FileId);

    public static RouteGroupBuilder MapBrandApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/companies/{companyId:guid}/assets").WithTags("Brand kit");
        group.MapGet("/", ListAsync).RequireScope(Scopes.ProjectsRead).WithName("ListBrandAssets").Produces<IReadOnlyList<BrandAssetView>>();
        group.MapGet("/{assetId:guid}", GetAsync).RequireScope(Scopes.ProjectsRead).WithName("GetBrandAsset").Produces<BrandAssetView>();
        group.MapPost("/", CreateAsync).RequireScope(Scopes.ProjectsWrite).WithIdempotency().WithName("CreateBrandAsset")
            .WithSummary("Adds a LOGO, COLOR_SCHEME, BADGE or FONT (value JSON and/or a company file); admins only.")
            .Produces<BrandAssetView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPut("/{assetId:guid}", UpdateAsync).RequireScope(Scopes.ProjectsWrite).WithName("UpdateBrandAsset")
            .WithSummary("Replaces the asset's value and file; admins only.").Produces<BrandAssetView>().ProducesValidationProblem();
        group.MapDelete("/{assetId:guid}", DeleteAsync).RequireScope(Scopes.ProjectsWrite).WithName("DeleteBrandAsset")
            .WithSummary("Removes the asset from the kit; admins only.").Produces(StatusCodes.Status204NoContent);
        return group;
    }

    private static string? Json(JsonElement? value) => value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } json ? json.GetRawText() : null;

    private static async Task<IResult> ListAsync(Guid companyId, ClaimsPrincipal user, ListBrandAssets list, CancellationToken cancellationToken) =>
        (await list.ExecuteAsync(user.ToActor(), companyId, cancellationToken)).ToHttp(assets => TypedResults.Ok(assets));

    private static async Task<IResult> GetAsync(Guid companyId, Guid assetId, ClaimsPrincipal user, GetBrandAsset get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(user.ToActor(), companyId, assetId, cancellationToken)).ToHttp(asset => TypedResults.Ok(asset));

    private static async Task<IResult> CreateAsync(Guid companyId, BrandAssetRequest request, ClaimsPrincipal user, CreateBrandAsset create, CancellationToken cancellationToken) =>
        (await create.ExecuteAsync(user.ToActor(), companyId, request.Type, Json(request.Value), request.FileId, cancellationToken))
            .ToHttp(asset => TypedResults.Created($"/api/companies/{companyId}/assets/{asset.Id}", asset));

    private static async Task<IResult> UpdateAsync(
        Guid companyId, Guid assetId, BrandAssetRequest request, ClaimsPrincipal user, UpdateBrandAsset update, CancellationToken cancellationToken) =>
        (await update.ExecuteAsync(user.ToActor(), companyId, assetId, Json(request.Value), request.FileId, cancellationToken))
            .ToHttp(asset => TypedResults.Ok(asset));

    private static async Task<IResult> DeleteAsync(Guid companyId, Guid assetId, ClaimsPrincipal user, DeleteBrandAsset delete, CancellationToken cancellationToken) =>
        (await delete.ExecuteAsync(user.ToActor(), companyId, assetId, cancellationToken)).ToHttp(() => TypedResults.NoContent());
}
