using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Coding;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Measures;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory.Search;
using Linkwork.Web.Features.Measures;
using Linkwork.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>
/// Directory services near the person for each of their needs: the needs the "what matters" conversation found once it
/// is recorded (the link worker has then judged the screening), the needs the screening found before that. Near means
/// within <see cref="RadiusKm"/> of their postcode's centre, nearest first; when the postcode lookup cannot place them,
/// the freshest listings of that kind are given and the answer says they are not sorted by distance.
/// </summary>
public sealed class SuggestServices(LinkworkDbContext db, PathwayRecords records, EpisodeMeasures measures, PostcodeLookup postcodes, SearchDirectory search, AuditTrail audit)
{
    public const int PerNeed = 3;
    public const double RadiusKm = 15;

    /// <summary>
    /// <c>NeedsFrom</c> is "conversation" or "screening"; <c>Located</c> says whether the person's postcode was placed, so
    /// that the services are the nearest within <c>RadiusKm</c>; <c>Needs</c> has one entry per need.
    /// </summary>
    public sealed record Suggestions(string NeedsFrom, bool Located, double RadiusKm, IReadOnlyList<ForNeed> Needs);

    /// <summary>A need, the kind of directory service that answers it (none for a need the directory has no kind for), and the services suggested.</summary>
    public sealed record ForNeed(SdohCategory Category, string Code, string Label, NeedCategory? ServiceNeed, IReadOnlyList<SearchDirectory.Hit> Services);

    /// <summary>For the API: the caller must work the programme's caseload, and the read is audited (it shows the person's needs and whereabouts).</summary>
    public async Task<Suggestions> HandleAsync(ClaimsPrincipal user, Guid episodeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var episode = await records.EpisodeAsync(user, episodeId, cancellationToken);
        user.RequireCaseloadWorker();
        await audit.RecordReadsAsync("episode.suggestions.read", nameof(Episode), [episode.Id]);
        var screened = (await measures.ForAsync(episode, cancellationToken)).ScreenedNeeds;
        return await ForAsync(episode.PersonId, episode.WhatMatters, screened, cancellationToken);
    }

    /// <summary>For an episode the caller has already read (and that read audited), as the episode page has.</summary>
    public async Task<Suggestions> ForAsync(Guid personId, WhatMatters? conversation, IReadOnlyList<EpisodeMeasures.ScreenedNeed> screened, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(screened);
        var needs = ScreenedNeeds.ThatCount(conversation, screened.Select(s => s.Need.Category));
        var postcode = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Contact.Postcode).SingleOrDefaultAsync(cancellationToken);
        var centre = await postcodes.CentreOfAsync(postcode, cancellationToken);
        var forNeeds = new List<ForNeed>(needs.Count);
        foreach (var need in needs)
        {
            var kind = need.ServiceNeed();
            var services = kind is { } serviceNeed ? await NearestAsync(serviceNeed, centre, cancellationToken) : [];
            forNeeds.Add(new ForNeed(need, need.Code(), need.Label(), kind, services));
        }

        return new Suggestions(conversation is not null ? "conversation" : "screening", centre is not null, RadiusKm, forNeeds);
    }

    private async Task<IReadOnlyList<SearchDirectory.Hit>> NearestAsync(NeedCategory need, PostcodeLookup.Centre? centre, CancellationToken cancellationToken)
    {
        var request = new SearchRequest
        {
            Taxonomy = need.ToString(),
            Lat = centre?.Latitude,
            Lon = centre?.Longitude,
            RadiusKm = centre is null ? null : RadiusKm,
            PageSize = PerNeed,
        };
        var (result, _) = await search.HandleAsync(request, cancellationToken);
        return result?.Results ?? [];
    }
}
