using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Linkwork.Web.Features.Directory.Search;

/// <summary>
/// Ready once the directory's search index has been built at start; until then searches wait. Served at
/// <c>/readyz</c> (not <c>/healthz</c>: a process that is still loading is alive and must not be restarted).
/// Costs one field read.
/// </summary>
public sealed class SearchIndexReadiness(DirectorySearch search) : IHealthCheck
{
    public const string Tag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(search.Ready.IsCompletedSuccessfully
            ? HealthCheckResult.Healthy($"{search.Count} services searchable")
            : HealthCheckResult.Unhealthy("The directory's search index is still being built."));
}
