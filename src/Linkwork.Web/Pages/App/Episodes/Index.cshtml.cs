using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.Pathway.Episodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Episodes;

/// <summary>
/// The caseload: for the programme team, their own people, the triage queue (open and unassigned, to take or give out)
/// and every open episode; for a referrer, the people they referred and where each stands.
/// </summary>
public sealed class EpisodesModel(ListEpisodes list, AssignEpisode assign, ListTeam team, DirectoryTimeZone timeZone, TimeProvider clock) : PageModel
{
    public const string Mine = "mine";
    public const string Triage = "triage";
    public const string Open = "open";

    public Page<ListEpisodes.Item> Episodes { get; private set; } = new([], 1, Paging.DefaultSize, 0);
    public string View { get; private set; } = Mine;
    public bool WorksCaseload { get; private set; }
    public bool IsSupervisor { get; private set; }
    public IReadOnlyList<ListTeam.Member> Assignable { get; private set; } = [];
    public TimeZoneInfo Zone => timeZone.Zone;

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The public form's reference someone quoted, when the team looked one up.</summary>
    public string? Reference { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? view, string? reference, [FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (User.RoleOf() is not (Role.LinkWorker or Role.Supervisor or Role.Referrer))
        {
            return Forbid();
        }

        if (User.WorksCaseload() && !string.IsNullOrWhiteSpace(reference))
        {
            return await FindAsync(reference.Trim(), cancellationToken);
        }

        await LoadAsync(view, page, cancellationToken);
        return Page();
    }

    /// <summary>Someone on the phone quotes the reference the public form gave them: straight to their episode.</summary>
    private async Task<IActionResult> FindAsync(string reference, CancellationToken cancellationToken)
    {
        var found = await list.HandleAsync(User, new ListEpisodes.Filter(Reference: reference), 1, 2, cancellationToken);
        if (found.Items is [var episode])
        {
            return RedirectToPage("Details", new { id = episode.Id });
        }

        await LoadAsync(Open, 1, cancellationToken);
        Reference = reference;
        ModelState.AddModelError("reference", $"No episode of this programme has the reference {reference}. References look like K7MQ-4PXT.");
        return Page();
    }

    /// <summary>Triage: a link worker takes an episode; a supervisor gives it to someone on the team.</summary>
    public async Task<IActionResult> OnPostAssignAsync(Guid episodeId, int version, Guid? linkWorkerId, string? view, CancellationToken cancellationToken)
    {
        try
        {
            await assign.HandleAsync(User, episodeId, linkWorkerId ?? User.ActorId(), version, cancellationToken);
        }
        catch (Exception refused) when (refused is DomainRuleException or IllegalTransitionException or StaleVersionException
            or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", EpisodeMessages.Explain(refused));
            await LoadAsync(view, 1, cancellationToken);
            return Page();
        }

        StatusMessage = linkWorkerId is null || linkWorkerId == User.Id() ? "Assigned to you." : "Assigned.";
        return RedirectToPage(new { view });
    }

    private async Task LoadAsync(string? view, int page, CancellationToken cancellationToken)
    {
        WorksCaseload = User.WorksCaseload();
        IsSupervisor = User.RoleOf() == Role.Supervisor;
        View = WorksCaseload && view is Triage or Open ? view : Mine;
        var filter = !WorksCaseload ? new ListEpisodes.Filter(OpenOnly: false)
            : View == Triage ? new ListEpisodes.Filter(UnassignedOnly: true)
            : View == Open ? new ListEpisodes.Filter()
            : new ListEpisodes.Filter(MineOnly: true);
        Episodes = await list.HandleAsync(User, filter, page, Paging.DefaultSize, cancellationToken);
        if (IsSupervisor && View == Triage && User.ProgrammeOf() is { } programme)
        {
            Assignable = (await team.HandleAsync(programme, role: null, clock.GetUtcNow(), cancellationToken))
                .Where(m => m.Role is Role.LinkWorker or Role.Supervisor).ToList();
        }
    }
}
