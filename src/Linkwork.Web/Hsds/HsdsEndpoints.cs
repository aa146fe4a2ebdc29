using System.Text.Json;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Interop.Hsds;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Hsds;

/// <summary>
/// The Open Referral HSDS 3.0 API under /hsds: public, read-only, open to any origin (directory data is public),
/// with the spec's paging object and empty optional fields left out.
/// </summary>
public static class HsdsEndpoints
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 500;

    public static IEndpointRouteBuilder MapHsds(this IEndpointRouteBuilder endpoints)
    {
        var hsds = endpoints.MapGroup("/hsds").AllowAnonymous().WithTags("Open Referral HSDS 3.0")
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
                return await next(context);
            });

        hsds.MapGet("/", (HttpContext http) => Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("version", "3.0");
            writer.WriteString("profile", "https://docs.openreferral.org/en/latest/hsds/");
            writer.WriteString("openapi_url", $"{http.Request.Scheme}://{http.Request.Host}/openapi/v1.json");
            writer.WriteEndObject();
        })).WithName("HsdsApiDetails");

        hsds.MapGet("/services", async (HsdsServicesQuery query, HsdsLookups lookups, string? search, Guid? taxonomy_term_id, Guid? taxonomy_id,
            Guid? organization_id, DateTimeOffset? modified_after, int? page, int? per_page, bool? full, CancellationToken cancellationToken) =>
        {
            var (pageNumber, perPage) = Paging(page, per_page);
            var (services, total) = await query.HandleAsync(
                new HsdsServicesQuery.Filters(string.IsNullOrWhiteSpace(search) ? null : search, taxonomy_term_id, taxonomy_id, organization_id, modified_after),
                pageNumber, perPage, cancellationToken);
            var writer = await lookups.WriterForAsync(services, cancellationToken);
            return Json(w => HsdsWriter.WritePage(w, new HsdsPage(total, pageNumber, perPage), services, (item, service) =>
            {
                if (full == true)
                {
                    writer.WriteService(item, service);
                }
                else
                {
                    writer.WriteServiceSummary(item, service);
                }
            }));
        }).WithName("HsdsServices");

        hsds.MapGet("/services/{id:guid}", async (Guid id, LinkworkDbContext db, HsdsLookups lookups, CancellationToken cancellationToken) =>
        {
            var service = await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (service is null)
            {
                return NotFound("service", id);
            }

            var writer = await lookups.WriterForAsync([service], cancellationToken);
            return Json(w => writer.WriteService(w, service));
        }).WithName("HsdsService");

        hsds.MapGet("/organizations", async (LinkworkDbContext db, int? page, int? per_page, CancellationToken cancellationToken) =>
        {
            var (pageNumber, perPage) = Paging(page, per_page);
            var providers = db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Provider);
            var total = await providers.CountAsync(cancellationToken);
            var rows = await providers.OrderBy(o => o.Id).Skip((pageNumber - 1) * perPage).Take(perPage).ToListAsync(cancellationToken);
            var writer = new HsdsWriter(new HsdsWriterLookups());
            return Json(w => HsdsWriter.WritePage(w, new HsdsPage(total, pageNumber, perPage), rows, (item, organisation) => writer.WriteOrganisation(item, organisation, full: false)));
        }).WithName("HsdsOrganizations");

        hsds.MapGet("/organizations/{id:guid}", async (Guid id, LinkworkDbContext db, HsdsLookups lookups, CancellationToken cancellationToken) =>
        {
            var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id && o.Kind == OrganisationKind.Provider, cancellationToken);
            if (organisation is null)
            {
                return NotFound("organization", id);
            }

            var writer = new HsdsWriter(new HsdsWriterLookups());
            return Json(w => writer.WriteOrganisation(w, organisation, full: false));
        }).WithName("HsdsOrganization");

        hsds.MapGet("/taxonomies", async (LinkworkDbContext db, int? page, int? per_page, CancellationToken cancellationToken) =>
        {
            var (pageNumber, perPage) = Paging(page, per_page);
            var total = await db.Taxonomies.CountAsync(cancellationToken);
            var rows = await db.Taxonomies.AsNoTracking().OrderBy(t => t.Id).Skip((pageNumber - 1) * perPage).Take(perPage).ToListAsync(cancellationToken);
            return Json(w => HsdsWriter.WritePage(w, new HsdsPage(total, pageNumber, perPage), rows, HsdsWriter.WriteTaxonomy));
        }).WithName("HsdsTaxonomies");

        hsds.MapGet("/taxonomies/{id:guid}", async (Guid id, LinkworkDbContext db, CancellationToken cancellationToken) =>
            await db.Taxonomies.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is { } taxonomy
                ? Json(w => HsdsWriter.WriteTaxonomy(w, taxonomy))
                : NotFound("taxonomy", id)).WithName("HsdsTaxonomy");

        hsds.MapGet("/taxonomy_terms", async (LinkworkDbContext db, Guid? taxonomy_id, Guid? parent_id, int? page, int? per_page, CancellationToken cancellationToken) =>
        {
            var (pageNumber, perPage) = Paging(page, per_page);
            var terms = db.TaxonomyTerms.AsNoTracking();
            if (taxonomy_id is { } taxonomyId)
            {
                terms = terms.Where(t => t.TaxonomyId == taxonomyId);
            }

            if (parent_id is { } parentId)
            {
                terms = terms.Where(t => t.ParentId == parentId);
            }

            var total = await terms.CountAsync(cancellationToken);
            var rows = await terms.OrderBy(t => t.Id).Skip((pageNumber - 1) * perPage).Take(perPage).ToListAsync(cancellationToken);
            var taxonomyIds = rows.Select(t => t.TaxonomyId).OfType<Guid>().Distinct().ToList();
            var taxonomies = await db.Taxonomies.AsNoTracking().Where(t => taxonomyIds.Contains(t.Id)).ToListAsync(cancellationToken);
            var writer = new HsdsWriter(HsdsWriterLookups.From([], [], [], taxonomies));
            return Json(w => HsdsWriter.WritePage(w, new HsdsPage(total, pageNumber, perPage), rows, writer.WriteTaxonomyTerm));
        }).WithName("HsdsTaxonomyTerms");

        hsds.MapGet("/taxonomy_terms/{id:guid}", async (Guid id, LinkworkDbContext db, CancellationToken cancellationToken) =>
        {
            var term = await db.TaxonomyTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (term is null)
            {
                return NotFound("taxonomy term", id);
            }

            var taxonomies = await db.Taxonomies.AsNoTracking().Where(t => t.Id == term.TaxonomyId).ToListAsync(cancellationToken);
            var writer = new HsdsWriter(HsdsWriterLookups.From([], [], [], taxonomies));
            return Json(w => writer.WriteTaxonomyTerm(w, term));
        }).WithName("HsdsTaxonomyTerm");

        hsds.MapServiceAtLocations();
        return endpoints;
    }

    /// <summary>Pages start at 1 and hold 1 to <see cref="MaxPerPage"/> items; values outside are brought inside.</summary>
    internal static (int Page, int PerPage) Paging(int? page, int? perPage) =>
        (Math.Max(page ?? 1, 1), Math.Clamp(perPage ?? DefaultPerPage, 1, MaxPerPage));

    internal static IResult Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Results.Bytes(buffer.ToArray(), "application/json");
    }

    internal static IResult NotFound(string what, Guid id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {what} with id {id}.");
}
