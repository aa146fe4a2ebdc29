using Linkwork.Domain.Access;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.Pathway.Referrals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Referrals;

/// <summary>
/// Onward referrals: a provider's inbox (those sent to their organisation) and, for the programme team, those
/// waiting on providers. Those awaiting an answer come first, the nearest deadline at the top.
/// </summary>
public sealed class ReferralsModel(ListReferrals list, DirectoryTimeZone timeZone) : PageModel
{
    public const string Awaiting = "awaiting";
    public const string Open = "open";

    public Page<ListReferrals.Item> Referrals { get; private set; } = new([], 1, Paging.DefaultSize, 0);
    public string View { get; private set; } = Open;
    public bool IsProvider { get; private set; }
    public TimeZoneInfo Zone => timeZone.Zone;

    public async Task<IActionResult> OnGetAsync(string? view, [FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (User.SideOf() is null)
        {
            return Forbid();
        }

        IsProvider = User.RoleOf() == Role.ProviderStaff;
        // The provider's inbox opens on everything still open; the link worker's list on what providers owe an answer to.
        View = view is Awaiting or Open ? view : IsProvider ? Open : Awaiting;
        Referrals = await list.HandleAsync(User, new ListReferrals.Filter(AwaitingResponseOnly: View == Awaiting), page, Paging.DefaultSize, cancellationToken);
        return Page();
    }
}
