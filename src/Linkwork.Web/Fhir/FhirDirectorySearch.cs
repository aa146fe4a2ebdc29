namespace Linkwork.Web.Fhir;

/// <summary>Organization and HealthcareService searches by name, paged like every search here.</summary>
internal static class FhirDirectorySearch
{
    public static void MapFhirDirectorySearch(this RouteGroupBuilder secured)
    {
        secured.MapGet("/Organization", async (HttpContext context, ReadDirectoryResource directory, CancellationToken cancellationToken) =>
        {
            var query = FhirSearchQuery.Read(context.Request, "Organization");
            var (total, page) = await directory.SearchOrganizationsAsync(context.User, query.Text("name"), query.Offset, query.Count, cancellationToken);
            var bundle = FhirSearchPaging.NewBundle(context, query, total, page.Count);
            foreach (var organisation in page)
            {
                bundle.AddOrganization(organisation);
            }

            return FhirResponse.Ok(bundle.ToJson());
        });

        secured.MapGet("/HealthcareService", async (HttpContext context, ReadDirectoryResource directory, CancellationToken cancellationToken) =>
        {
            var query = FhirSearchQuery.Read(context.Request, "HealthcareService");
            var (total, page) = await directory.SearchHealthcareServicesAsync(context.User, query.Text("name"), query.Offset, query.Count, cancellationToken);
            var bundle = FhirSearchPaging.NewBundle(context, query, total, page.Count);
            foreach (var service in page)
            {
                bundle.AddHealthcareService(service);
            }

            return FhirResponse.Ok(bundle.ToJson());
        });
    }
}
