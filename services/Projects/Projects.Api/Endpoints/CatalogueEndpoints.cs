using AiVideo.Projects.Application.Catalogue;

namespace AiVideo.Projects.Api.Endpoints;

/// <summary>The company's car catalogue: models, their variants (year, trim, colour) and the variants' media. Admins change it; everyone in the company reads it.</summary>
public static class CatalogueEndpoints
{
    public sealed record CarModelRequest(string? Make, string? Name, string? BodyType);

    public sealed record CarVariantRequest(int? Year, string? Trim, string? Color);

    public sealed record CarMediaRequest(string? Type, Guid? FileId);

    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        var company = app.MapGroup("/api/companies/{companyId:guid}/cars").WithTags("Catalogue");
        company.MapGet("/", ListModelsAsync).RequireScope(Scopes.ProjectsRead).WithName("ListCarModels").Produces<CursorPage<CarModelView>>();
        company.MapPost("/", CreateModelAsync).RequireScope(Scopes.ProjectsWrite).WithIdempotency().WithName("CreateCarModel")
            .Produces<CarModelView>(StatusCodes.Status201Created).ProducesValidationProblem();

        var cars = app.MapGroup("/api/cars").WithTags("Catalogue");
        cars.MapGet("/{modelId:guid}", GetModelAsync).RequireScope(Scopes.ProjectsRead).WithName("GetCarModel").Produces<CarModelView>();
        cars.MapPatch("/{modelId:guid}", UpdateModelAsync).RequireScope(Scopes.ProjectsWrite).WithName("UpdateCarModel").Produces<CarModelView>();
        cars.MapDelete("/{modelId:guid}", DeleteModelAsync).RequireScope(Scopes.ProjectsWrite).WithName("DeleteCarModel").Produces(StatusCodes.Status204NoContent);
        cars.MapGet("/{modelId:guid}/variants", ListVariantsAsync).RequireScope(Scopes.ProjectsRead).WithName("ListCarVariants")
            .Produces<CursorPage<CarVariantView>>();
        cars.MapPost("/{modelId:guid}/variants", CreateVariantAsync).RequireScope(Scopes.ProjectsWrite).WithIdempotency().WithName("CreateCarVariant")
            .Produces<CarVariantView>(StatusCodes.Status201Created).ProducesValidationProblem();
        cars.MapGet("/variants/{variantId:guid}", GetVariantAsync).RequireScope(Scopes.ProjectsRead).WithName("GetCarVariant").Produces<CarVariantView>();
        cars.MapPatch("/variants/{variantId:guid}", UpdateVariantAsync).RequireScope(Scopes.ProjectsWrite).WithName("UpdateCarVariant").Produces<CarVariantView>();
        cars.MapDelete("/variants/{variantId:guid}", DeleteVariantAsync).RequireScope(Scopes.ProjectsWrite).WithName("DeleteCarVariant")
            .Produces(StatusCodes.Status204NoContent);
        cars.MapGet("/variants/{variantId:guid}/media", ListMediaAsync).RequireScope(Scopes.ProjectsRead).WithName("ListCarMedia").Produces<CursorPage<CarMediaView>>();
        cars.MapPost("/variants/{variantId:guid}/media", AddMediaAsync).RequireScope(Scopes.ProjectsWrite).WithIdempotency().WithName("AddCarMedia")
            .WithSummary("A company file as the variant's EXTERIOR or INTERIOR (image or video), SOUND (audio) or 3D_MODEL.")
            .Produces<CarMediaView>(StatusCodes.Status201Created).ProducesValidationProblem();
        cars.MapGet("/media/{mediaId:guid}", GetMediaAsync).RequireScope(Scopes.ProjectsRead).WithName("GetCarMedia").Produces<CarMediaView>();
        cars.MapDelete("/media/{mediaId:guid}", DeleteMediaAsync).RequireScope(Scopes.ProjectsWrite).WithName("DeleteCarMedia").Produces(StatusCodes.Status204NoContent);
        return app;
    }

    private static bool Page(string? cursor, int? limit, out PageRequest page, out IResult? problem) =>
        ResultHttpExtensions.TryGetPage(cursor, limit, out page, out problem);

    private static async Task<IResult> ListModelsAsync(Guid companyId, string? cursor, int? limit, ClaimsPrincipal user, ListCarModels list, CancellationToken cancellationToken) =>
        !Page(cursor, limit, out var page, out var problem) ? problem!
            : (await list.ExecuteAsync(user.ToActor(), companyId, page, cancellationToken)).ToHttp(models => TypedResults.Ok(models));

    private static async Task<IResult> CreateModelAsync(Guid companyId, CarModelRequest request, ClaimsPrincipal user, CreateCarModel create, CancellationToken cancellationToken) =>
        (await create.ExecuteAsync(user.ToActor(), companyId, request.Make, request.Name, request.BodyType, cancellationToken))
            .ToHttp(model => TypedResults.Created($"/api/cars/{model.Id}", model));

    private static async Task<IResult> GetModelAsync(Guid modelId, ClaimsPrincipal user, GetCarModel get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(user.ToActor(), modelId, cancellationToken)).ToHttp(model => TypedResults.Ok(model));

    private static async Task<IResult> UpdateModelAsync(Guid modelId, CarModelRequest request, ClaimsPrincipal user, UpdateCarModel update, CancellationToken cancellationToken) =>
        (await update.ExecuteAsync(user.ToActor(), modelId, request.Make, request.Name, request.BodyType, cancellationToken)).ToHttp(model => TypedResults.Ok(model));

    private static async Task<IResult> DeleteModelAsync(Guid modelId, ClaimsPrincipal user, DeleteCarModel delete, CancellationToken cancellationToken) =>
        (await delete.ExecuteAsync(user.ToActor(), modelId, cancellationToken)).ToHttp(() => TypedResults.NoContent());

    private static async Task<IResult> ListVariantsAsync(Guid modelId, string? cursor, int? limit, ClaimsPrincipal user, ListCarVariants list, CancellationToken cancellationToken) =>
        !Page(cursor, limit, out var page, out var problem) ? problem!
            : (await list.ExecuteAsync(user.ToActor(), modelId, page, cancellationToken)).ToHttp(variants => TypedResults.Ok(variants));

    private static async Task<IResult> CreateVariantAsync(Guid modelId, CarVariantRequest request, ClaimsPrincipal user, CreateCarVariant create, CancellationToken cancellationToken) =>
        (await create.ExecuteAsync(user.ToActor(), modelId, request.Year, request.Trim, request.Color, cancellationToken))
            .ToHttp(variant => TypedResults.Created($"/api/cars/variants/{variant.Id}", variant));

    private static async Task<IResult> GetVariantAsync(Guid variantId, ClaimsPrincipal user, GetCarVariant get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(user.ToActor(), variantId, cancellationToken)).ToHttp(variant => TypedResults.Ok(variant));

    private static async Task<IResult> UpdateVariantAsync(Guid variantId, CarVariantRequest request, ClaimsPrincipal user, UpdateCarVariant update, CancellationToken cancellationToken) =>
        (await update.ExecuteAsync(user.ToActor(), variantId, request.Year, request.Trim, request.Color, cancellationToken)).ToHttp(variant => TypedResults.Ok(variant));

    private static async Task<IResult> DeleteVariantAsync(Guid variantId, ClaimsPrincipal user, DeleteCarVariant delete, CancellationToken cancellationToken) =>
        (await delete.ExecuteAsync(user.ToActor(), variantId, cancellationToken)).ToHttp(() => TypedResults.NoContent());

    private static async Task<IResult> ListMediaAsync(Guid variantId, string? cursor, int? limit, ClaimsPrincipal user, ListCarMedia list, CancellationToken cancellationToken) =>
        !Page(cursor, limit, out var page, out var problem) ? problem!
            : (await list.ExecuteAsync(user.ToActor(), variantId, page, cancellationToken)).ToHttp(media => TypedResults.Ok(media));

    private static async Task<IResult> AddMediaAsync(Guid variantId, CarMediaRequest request, ClaimsPrincipal user, AddCarMedia add, CancellationToken cancellationToken) =>
        (await add.ExecuteAsync(user.ToActor(), variantId, request.Type, request.FileId, cancellationToken))
            .ToHttp(media => TypedResults.Created($"/api/cars/media/{media.Id}", media));

    private static async Task<IResult> GetMediaAsync(Guid mediaId, ClaimsPrincipal user, GetCarMedia get, CancellationToken cancellationToken) =>
        (await get.ExecuteAsync(user.ToActor(), mediaId, cancellationToken)).ToHttp(media => TypedResults.Ok(media));

    private static async Task<IResult> DeleteMediaAsync(Guid mediaId, ClaimsPrincipal user, DeleteCarMedia delete, CancellationToken cancellationToken) =>
        (await delete.ExecuteAsync(user.ToActor(), mediaId, cancellationToken)).ToHttp(() => TypedResults.NoContent());
}
