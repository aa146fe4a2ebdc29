namespace Linkwork.Web.Fhir;

/// <summary>Organization and HealthcareService searches by name, paged like every search here.</summary>
internal static class FhirDirectorySearch
{
    public static void MapFhirDirectorySearch(this RouteGroupBuilder secured)
    {
        secured.MapGet("/Organization", (HttpContext context, ReadDirectoryResource directory, CancellationToken cancellationToken) =>
            FhirSearchPaging.SearchsetAsync(context, "Organization",
                query => directory.SearchOrganizationsAsync(context.User, query.Text("name"), query.Offset, query.Count, cancellationToken),
                (bundle, organisation) => bundle.AddOrganization(organisation)));

        secured.MapGet("/HealthcareService", (HttpContext context, ReadDirectoryResource directory, CancellationToken cancellationToken) =>
            FhirSearchPaging.SearchsetAsync(context, "HealthcareService",
                query => directory.SearchHealthcareServicesAsync(context.User, query.Text("name"), query.Offset, query.Count, cancellationToken),
                (bundle, service) => bundle.AddHealthcareService(service)));
    }
}
