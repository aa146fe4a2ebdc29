using Linkwork.Web.Features.Directory.Search;

namespace Linkwork.Web.Features.Pathway.Referrals;

/// <summary>
/// The directory's services that take referrals, matching the words typed, each with how it answers referrals:
/// capacity and responsiveness are shown before anyone refers (architecture §2).
/// </summary>
public sealed class ServicesToReferTo(SearchDirectory search, ServiceResponsiveness responsiveness)
{
    public const int Limit = 10;

    public sealed record Choice(SearchDirectory.Hit Service, ServiceResponsiveness.Figures Responsiveness);

    public async Task<IReadOnlyList<Choice>> HandleAsync(string text, CancellationToken cancellationToken)
    {
        var (result, _) = await search.HandleAsync(new SearchRequest { Q = text, ReferralsOnly = true, PageSize = Limit }, cancellationToken);
        var choices = new List<Choice>();
        foreach (var hit in result?.Results ?? [])
        {
            choices.Add(new Choice(hit, await responsiveness.HandleAsync(hit.Id, cancellationToken)));
        }

        return choices;
    }
}
