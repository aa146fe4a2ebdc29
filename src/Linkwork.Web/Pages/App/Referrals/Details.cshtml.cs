using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.Pathway.Referrals;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Pages.App.Episodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Referrals;

/// <summary>
/// One onward referral, for either side: the provider answers it and records what happened; the link worker answers
/// the provider's questions and withdraws it. Each side sees only its own moves; every move carries the version read.
/// </summary>
public sealed class ReferralDetailsModel(
    GetReferral get, MoveReferral moveReferral, SendReferral send, WriteReferralMessage write, DirectoryTimeZone timeZone) : PageModel
{
    /// <summary>The provider's ways of ending a referral they took (Engaged or not).</summary>
    public static readonly OnwardReferralState[] Outcomes =
    [
        OnwardReferralState.Completed, OnwardReferralState.LeftEarly, OnwardReferralState.CouldNotContact,
        OnwardReferralState.NoLongerInterested, OnwardReferralState.DidNotAttend, OnwardReferralState.Rerouted,
    ];

    public ReferralView Referral { get; private set; } = null!;
    public ReferralSide? Side { get; private set; }
    public TimeZoneInfo Zone => timeZone.Zone;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostMoveAsync(
        Guid id, ReferralMove move, int version, string? note, DeclineReason? declineReason, OnwardReferralState? outcome, CancellationToken cancellationToken) =>
        AttemptAsync(id, async () =>
        {
            var moved = await moveReferral.HandleAsync(User, id, move, new ReferralMoveDetails(note, declineReason, outcome), version, cancellationToken);
            return $"Done: the referral is now {PathwayText.Status(moved.State).ToLowerInvariant()}.";
        }, cancellationToken);

    /// <summary>Sending is its own handler: it checks the person's consent as it stands now, which no other move needs.</summary>
    public Task<IActionResult> OnPostSendAsync(Guid id, int version, CancellationToken cancellationToken) =>
        AttemptAsync(id, async () =>
        {
            var sent = await send.HandleAsync(User, id, version, cancellationToken);
            return $"Sent: the provider is asked to answer by {PathwayText.Day(sent.RespondBy!.Value, Zone)}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostMessageAsync(Guid id, string? text, CancellationToken cancellationToken) =>
        AttemptAsync(id, async () =>
        {
            await write.HandleAsync(User, id, text ?? "", cancellationToken);
            return "Your message is added to the thread.";
        }, cancellationToken);

    private async Task<IActionResult> AttemptAsync(Guid id, Func<Task<string>> change, CancellationToken cancellationToken)
    {
        try
        {
            StatusMessage = await change();
        }
        catch (Exception refused) when (refused is DomainRuleException or IllegalTransitionException or StaleVersionException
            or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", EpisodeMessages.Explain(refused));
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Referral = await get.HandleAsync(User, id, cancellationToken);
        Side = User.SideOf();
    }

    public bool Offers(OnwardReferralState to) => Referral.AllowedMoves.Contains(to);

    /// <summary>The link worker answers a question by moving the referral back to the provider, a move the view lists on the provider's side.</summary>
    public bool CanSupplyInformation => Side == ReferralSide.LinkWorker && Referral.State == OnwardReferralState.NeedsInformation;

    /// <summary>The provider's latest question, while it waits for the answer.</summary>
    public string? OpenQuestion => Referral.State == OnwardReferralState.NeedsInformation
        ? Referral.History.LastOrDefault(e => e.To == nameof(OnwardReferralState.NeedsInformation))?.Reason
        : null;
}
