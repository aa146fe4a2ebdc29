using System.Security.Claims;
using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.Pathway.Referrals;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Fhir;

/// <summary>
/// PUT and PATCH of a Task: Interop reads what the Task asks for (<see cref="FhirTaskUpdate"/>), and the move is made by
/// the REST provider inbox's own use cases, <see cref="MoveReferral"/> (and <see cref="GetReferral"/> for a first
/// opening, <see cref="SendReferral"/> for a draft's sending), so the state machine, the sides' rights, the audit and
/// the notifications are the same whichever door the move came through. The referral is found through
/// <c>PathwayAccess</c>: another organisation's Task is not found. The version read (If-Match, else the one the Task
/// was checked against) is the one the move must apply to, so two writers never both win.
/// </summary>
public sealed class UpdateTaskResource(FhirReferralFacts facts, FhirEpisodeFacts episodes, MoveReferral move, GetReferral get, SendReferral send)
{
    public Task<ReferralFacts> PutAsync(ClaimsPrincipal user, Guid id, string json, int? expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(user, id, current => FhirTaskUpdate.Read(json, current), expectedVersion, cancellationToken);

    public Task<ReferralFacts> PatchAsync(ClaimsPrincipal user, Guid id, string patch, int? expectedVersion, CancellationToken cancellationToken) =>
        ApplyAsync(user, id, current => FhirTaskUpdate.Patch(patch, current), expectedVersion, cancellationToken);

    private async Task<ReferralFacts> ApplyAsync(
        ClaimsPrincipal user, Guid id, Func<ReferralFacts, TaskChange> read, int? expectedVersion, CancellationToken cancellationToken)
    {
        var current = await LoadAsync(user, id, cancellationToken);
        StaleVersionException.ThrowIfStale("referral", expectedVersion, current.Version);
        var change = read(current);
        if (change.Target is { } target)
        {
            await MoveAsync(user, current, target, change, cancellationToken);
            current = await LoadAsync(user, id, cancellationToken);
        }

        return current;
    }

    private async Task<ReferralFacts> LoadAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await facts.FindAsync(user, id, cancellationToken)
        ?? (await episodes.FindAsync(user, id, cancellationToken) is null
            ? throw new RecordNotFoundException("Task", id)
            // The programme's moves (contact, assessment, discharge) carry what a Task cannot: they are made in Linkwork.
            : throw FhirInputException.Unprocessable(
                $"Task/{id} is a referral into the programme: its team moves it in Linkwork (the episode), not over FHIR. Read it to follow it."));

    private async Task MoveAsync(ClaimsPrincipal user, ReferralFacts current, OnwardReferralState target, TaskChange change, CancellationToken cancellationToken)
    {
        var (id, version, note) = (current.Id, current.Version, change.Note);
        switch (target)
        {
            // A provider's first look opens it, exactly as its first read does.
            case OnwardReferralState.Opened when OnwardReferral.OpensOnReadBy(user.SideOf(), current.State):
                await get.ReadAsync(user, id, cancellationToken);
                return;
            case OnwardReferralState.Sent:
                await send.HandleAsync(user, id, version, cancellationToken);
                return;
            case OnwardReferralState.Draft or OnwardReferralState.Expired:
                // Nobody moves a referral back to a draft, and only the deadline job expires one.
                throw new IllegalTransitionException("referral", current.State.ToString(), target.ToString(),
                    OnwardReferralMoves.Table.AllowedFrom(current.State).Select(s => s.ToString()).ToList());
        }

        var (named, details) = target switch
        {
            OnwardReferralState.Opened => (ReferralMove.SupplyInformation, new ReferralMoveDetails(note)),
            OnwardReferralState.Accepted => (ReferralMove.Accept, new ReferralMoveDetails(note)),
            OnwardReferralState.Waitlisted => (ReferralMove.Waitlist, new ReferralMoveDetails(note)),
            OnwardReferralState.NeedsInformation => (ReferralMove.RequestInformation, new ReferralMoveDetails(note)),
            OnwardReferralState.Declined => (ReferralMove.Decline, new ReferralMoveDetails(note, change.DeclineReason)),
            OnwardReferralState.Engaged => (ReferralMove.RecordEngagement, new ReferralMoveDetails(note)),
            OnwardReferralState.Withdrawn => (ReferralMove.Withdraw, new ReferralMoveDetails(note)),
            OnwardReferralState.EnteredInError => (ReferralMove.EnteredInError, new ReferralMoveDetails(note)),
            _ => (ReferralMove.RecordOutcome, new ReferralMoveDetails(note, Outcome: target, WhatWasDoneSnomedCode: change.WhatWasDone?.SnomedCode)),
        };
        await move.HandleAsync(user, id, named, details, version, cancellationToken);
    }
}
