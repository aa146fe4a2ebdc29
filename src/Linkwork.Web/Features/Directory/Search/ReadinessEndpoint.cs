namespace Linkwork.Web.Features.Directory.Search;

public static class ReadinessEndpoint
{
    /// <summary>
    /// GET /readyz: 200 once the directory's search index has been built at start, 503 until then (searches
    /// wait meanwhile). For load balancers and benchmarks to poll: it reads one field and logs nothing, unlike
    /// a health check, which logs every unhealthy answer. /healthz stays the liveness check: a process that is
    /// still loading is alive and must not be restarted.
    /// </summary>
    public static void MapReadiness(this IEndpointRouteBuilder app) =>
        app.MapGet("/readyz", (DirectorySearch search) => search.Ready.IsCompletedSuccessfully
                ? Results.Text("Ready")
                : Results.Text("Building the directory's search index", statusCode: StatusCodes.Status503ServiceUnavailable))
            .AllowAnonymous()
            .ExcludeFromDescription();
}
