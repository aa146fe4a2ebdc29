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

        secured.MapGet("/Practitioner", (HttpContext context, FhirStaff staff, CancellationToken cancellationToken) =>
            FhirSearchPaging.SearchsetAsync(context, "Practitioner",
                query => staff.SearchAsync(context.User, null, query.Text("name"), null, query.Offset, query.Count, cancellationToken),
                (bundle, practitioner) => bundle.AddPractitioner(practitioner)));
        secured.MapGet("/PractitionerRole", (HttpContext context, FhirStaff staff, CancellationToken cancellationToken) =>
            FhirSearchPaging.SearchsetAsync(context, "PractitionerRole",
                query => staff.SearchAsync(context.User, query.Reference("practitioner", "Practitioner"), null,
                    query.Reference("organization", "Organization"), query.Offset, query.Count, cancellationToken),
                (bundle, role) => bundle.AddPractitionerRole(role)));
        secured.MapGet("/Location", (HttpContext context, ReadDirectoryResource directory, CancellationToken cancellationToken) =>
            FhirSearchPaging.SearchsetAsync(context, "Location",
                query => directory.SearchLocationsAsync(context.User, null, query.Text("name"), query.Offset, query.Count, cancellationToken),
                (bundle, place) => bundle.AddLocation(place)));
    }
}
