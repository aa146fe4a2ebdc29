using Linkwork.Domain.Directory;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Directory.Search;
using Linkwork.Web.Features.Programmes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages;

/// <summary>The public directory: search with filters, no sign-in. The form is a plain GET, so results can be bookmarked and shared.</summary>
public sealed class IndexModel(GetProgramme programmes, DirectoryOverview directory, SearchDirectory search, Microsoft.Extensions.Options.IOptions<Hosting.LinkworkSettings> settings) : PageModel
{
    public static readonly int[] Radii = [1, 2, 5, 10, 25];

    public string? ProgrammeName { get; private set; }
    public IReadOnlyList<DirectoryOverview.NeedCount> Needs { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }
    [BindProperty(SupportsGet = true, Name = "need")] public NeedCategory? Need { get; set; }
    [BindProperty(SupportsGet = true)] public int? Age { get; set; }
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }
    [BindProperty(SupportsGet = true)] public bool Free { get; set; }
    [BindProperty(SupportsGet = true)] public string? Mode { get; set; }
    [BindProperty(SupportsGet = true, Name = "open")] public bool OpenNow { get; set; }
    [BindProperty(SupportsGet = true, Name = "closed")] public bool IncludeClosed { get; set; }
    [BindProperty(SupportsGet = true)] public double? Lat { get; set; }
    [BindProperty(SupportsGet = true)] public double? Lon { get; set; }
    [BindProperty(SupportsGet = true, Name = "radius")] public double? RadiusKm { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public bool Searched { get; private set; }
    public SearchDirectory.Result? Results { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var programme = await programmes.HandleAsync(User.ProgrammeOf(), cancellationToken);
        ProgrammeName = programme?.Name;
        Needs = programme is null ? [] : await directory.HandleAsync(cancellationToken);

        Searched = Request.Query.Count > 0;
        if (!Searched || programme is null)
        {
            return;
        }

        var (results, errors) = await search.HandleAsync(new SearchRequest
        {
            Q = Text,
            Taxonomy = Need?.ToString(),
            Age = Age,
            Language = Language,
            Free = Free,
            Mode = Mode,
            OpenAt = OpenNow ? "now" : null,
            IncludeClosed = IncludeClosed,
            Lat = Lat,
            Lon = Lon,
            RadiusKm = Lat is null ? null : RadiusKm,
            Page = PageNumber,
            PageSize = 20,
        }, cancellationToken);
        Results = results;
        Errors = errors;
    }

    /// <summary>The link to another page of the same search.</summary>
    public string PageLink(int page)
    {
        var query = Request.Query.Where(p => p.Key != "page").ToDictionary(p => p.Key, p => p.Value.ToString());
        query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/", query!);
    }

    public Hosting.MapSettings Map => settings.Value.Map;

    /// <summary>The page's results with a place, numbered as in the list, for the map's script.</summary>
    public string MapPoints() => System.Text.Json.JsonSerializer.Serialize(
        (Results?.Results ?? []).Select((hit, index) => (hit, number: (Results!.Page - 1) * Results.PageSize + index + 1))
            .Where(x => x.hit.Location?.Latitude is not null)
            .Select(x => new { n = x.number, id = x.hit.Id, name = x.hit.Name, lat = x.hit.Location!.Latitude, lon = x.hit.Location.Longitude }));

    public int FacetCount(NeedCategory need) =>
        Results?.Facets.ByNeed.TryGetValue(need, out var count) == true ? count : 0;
}
