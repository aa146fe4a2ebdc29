using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory.Curation;
using Linkwork.Web.Features.Directory.Search;
using Linkwork.Web.Features.Measures;
using Linkwork.Web.Features.People;
using Linkwork.Web.Features.Notifications;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.Programmes;

namespace Linkwork.Web.Hosting;

public static class ApiRegistration
{
    /// <summary>The REST API under /api/v1. Every endpoint needs a signed-in user or a bearer token.</summary>
    public static IEndpointRouteBuilder MapLinkworkApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").RequireAuthorization(Policies.ApiCallers);
        api.MapWhoAmI();
        api.MapProgrammeEndpoints();
        api.MapDirectorySearch();
        api.MapCurationEndpoints();
        api.MapPeopleEndpoints();
        api.MapEthnicityCodeEndpoints();
        api.MapPathwayEndpoints();
        api.MapMeasuresEndpoints();
        api.MapNotificationEndpoints();
        return endpoints;
    }
}
