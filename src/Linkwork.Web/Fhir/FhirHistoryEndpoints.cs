using System.Globalization;
using Linkwork.Interop.Fhir;

namespace Linkwork.Web.Fhir;

/// <summary>
/// vread and instance history of Task and ServiceRequest, from the pathway's event log. A referral has a handful of
/// versions, so its history comes whole, in one page; a search parameter on it is refused rather than ignored.
/// </summary>
internal static class FhirHistoryEndpoints
{
    public static void MapFhirHistory(this RouteGroupBuilder secured)
    {
        foreach (var type in new[] { "Task", "ServiceRequest" })
        {
            secured.MapGet($"/{type}/{{id}}/_history", async (string id, HttpContext context, ReadReferralHistory history, ReadEpisodeHistory episodes, CancellationToken cancellationToken) =>
            {
                RefuseParameters(context.Request);
                if (FhirHttp.IdOf(id) is not { } guid)
                {
                    return FhirResponse.NotFound(type, id);
                }

                var request = context.Request;
                var (baseUrl, self) = (FhirHttp.BaseUrl(request), $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}");
                // A referral into the programme, else an onward referral (whose read refuses an id the caller cannot see).
                return await episodes.HandleAsync(context.User, guid, cancellationToken) is { } episode
                    ? FhirResponse.Ok(FhirHistory.ReferralJson(baseUrl, self, type, episode))
                    : FhirResponse.Ok(FhirHistory.ReferralJson(baseUrl, self, type, await history.HandleAsync(context.User, guid, cancellationToken)));
            });

            secured.MapGet($"/{type}/{{id}}/_history/{{vid}}", async (string id, string vid, HttpContext context, ReadReferralHistory history, ReadEpisodeHistory episodes, CancellationToken cancellationToken) =>
            {
                RefuseParameters(context.Request);
                if (FhirHttp.IdOf(id) is not { } guid)
                {
                    return FhirResponse.NotFound(type, id);
                }

                if (!int.TryParse(vid, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                {
                    return FhirResponse.Error(StatusCodes.Status404NotFound, FhirProblem.NotFound, $"'{vid}' is not a version of ours: versions are whole numbers from 1.");
                }

                var noSuchVersion = FhirResponse.Error(StatusCodes.Status404NotFound, FhirProblem.NotFound, $"{type}/{id} has no version {vid}.");
                if (await episodes.HandleAsync(context.User, guid, cancellationToken) is { } episode)
                {
                    return episode.FirstOrDefault(v => v.Version == version) is { } episodeVersion
                        ? FhirResponse.Ok(FhirResources.ReferralJson(type, episodeVersion), episodeVersion.Version)
                        : noSuchVersion;
                }

                return await history.VersionAsync(context.User, guid, version, cancellationToken) is { } found
                    ? FhirResponse.Ok(FhirResources.ReferralJson(type, found), found.Version)
                    : noSuchVersion;
            });
        }
    }

    private static void RefuseParameters(HttpRequest request)
    {
        foreach (var (name, value) in request.Query)
        {
            if (name != "_format")
            {
                throw new FhirSearchException($"A history here takes no parameters ('{name}' was given): it lists every version, newest first.");
            }

            if (!value.ToString().Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                throw new FhirSearchException("Only JSON is served here (application/fhir+json).");
            }
        }
    }
}
