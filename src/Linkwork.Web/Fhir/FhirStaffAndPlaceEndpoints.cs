using System.Security.Claims;
using Linkwork.Interop.Fhir;

namespace Linkwork.Web.Fhir;

/// <summary>Read and search of Practitioner, PractitionerRole (the programme's team) and Location (the directory's places).</summary>
internal static class FhirStaffAndPlaceEndpoints
{
    public static void MapFhirStaffAndPlaces(this RouteGroupBuilder secured)
    {
        secured.MapGet("/Practitioner/{id}", async (string id, ClaimsPrincipal user, FhirStaff staff, CancellationToken cancellationToken) =>
            FhirHttp.IdOf(id) is { } guid && await staff.ReadAsync(user, guid, cancellationToken) is { } found
                ? FhirResponse.Ok(FhirResources.PractitionerJson(found))
                : FhirResponse.NotFound("Practitioner", id));
        secured.MapGet("/PractitionerRole/{id}", async (string id, ClaimsPrincipal user, FhirStaff staff, CancellationToken cancellationToken) =>
            FhirHttp.IdOf(id) is { } guid && await staff.ReadAsync(user, guid, cancellationToken) is { } found
                ? FhirResponse.Ok(FhirResources.PractitionerRoleJson(found))
                : FhirResponse.NotFound("PractitionerRole", id));
        secured.MapGet("/Location/{id}", async (string id, ClaimsPrincipal user, ReadDirectoryResource directory, CancellationToken cancellationToken) =>
            FhirHttp.IdOf(id) is { } guid && await directory.LocationAsync(user, guid, cancellationToken) is { } found
                ? FhirResponse.Ok(FhirResources.LocationJson(found))
                : FhirResponse.NotFound("Location", id));

        secured.MapGet("/Practitioner", async (HttpContext context, FhirStaff staff, CancellationToken cancellationToken) =>
        {
            var query = FhirSearchQuery.Read(context.Request, "Practitioner");
            var (total, page) = await staff.SearchAsync(context.User, null, query.Text("name"), null, query.Offset, query.Count, cancellationToken);
            var bundle = FhirSearchPaging.NewBundle(context, query, total, page.Count);
            page.ToList().ForEach(p => bundle.AddPractitioner(p));
            return FhirResponse.Ok(bundle.ToJson());
        });
        secured.MapGet("/PractitionerRole", async (HttpContext context, FhirStaff staff, CancellationToken cancellationToken) =>
        {
            var query = FhirSearchQuery.Read(context.Request, "PractitionerRole");
            var (total, page) = await staff.SearchAsync(context.User, query.Reference("practitioner", "Practitioner"), null,
                query.Reference("organization", "Organization"), query.Offset, query.Count, cancellationToken);
            var bundle = FhirSearchPaging.NewBundle(context, query, total, page.Count);
            page.ToList().ForEach(p => bundle.AddPractitionerRole(p));
            return FhirResponse.Ok(bundle.ToJson());
        });
        secured.MapGet("/Location", async (HttpContext context, ReadDirectoryResource directory, CancellationToken cancellationToken) =>
        {
            var query = FhirSearchQuery.Read(context.Request, "Location");
            var (total, page) = await directory.SearchLocationsAsync(context.User, null, query.Text("name"), query.Offset, query.Count, cancellationToken);
            var bundle = FhirSearchPaging.NewBundle(context, query, total, page.Count);
            page.ToList().ForEach(l => bundle.AddLocation(l));
            return FhirResponse.Ok(bundle.ToJson());
        });
    }
}
