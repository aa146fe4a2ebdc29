using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Pathway.Referrals;

/// <summary>
/// Moves an onward referral. The provider answers and records what happened; the link worker answers questions,
/// withdraws and corrects errors. Each side may only make its own moves (<see cref="OnwardReferralMoves.SideOf"/>).
/// </summary>
public sealed class MoveReferral(LinkworkDbContext db, PathwayRecords records, PathwayNotifications notifications, AuditTrail audit, TimeProvider clock)
{
    public async Task<OnwardReferral> HandleAsync(
        ClaimsPrincipal user, Guid referralId, ReferralMove move, ReferralMoveDetails details, int? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(details);
        var referral = await records.ReferralAsync(user, referralId, cancellationToken);
        var side = SideOf(move);
        if (user.SideOf() != side)
        {
            throw new NotPermittedException(side == ReferralSide.Provider
                ? "Only the receiving organisation's staff answer a referral and record what happened."
                : "Only the programme's link workers and supervisors make this move.");
        }

        referral.ExpectVersion(expectedVersion);
        var (by, now, note) = (user.ActorId(), clock.GetUtcNow(), details.Note);
        switch (move)
        {
            case ReferralMove.Accept: referral.Accept(by, now); break;
            case ReferralMove.Waitlist: referral.Waitlist(note, by, now); break;
            case ReferralMove.RequestInformation: referral.AskForInformation(note ?? "", by, now); break;
            case ReferralMove.SupplyInformation: referral.SupplyInformation(note ?? "", by, now); break;
            case ReferralMove.Decline:
                referral.Decline(details.DeclineReason ?? throw new DomainRuleException("A decline needs a reason: Ineligible, NoCapacity, OutOfArea, MissingInformation or Duplicate."), note, by, now);
                break;
            case ReferralMove.RecordEngagement: referral.RecordEngagement(note, by, now); break;
            case ReferralMove.RecordOutcome:
                referral.RecordOutcome(details.Outcome ?? throw new DomainRuleException("Say how the referral ended: Completed, LeftEarly, CouldNotContact, NoLongerInterested, DidNotAttend or Rerouted."), note, by, now, details.WhatWasDoneSnomedCode);
                break;
            case ReferralMove.Withdraw: referral.Withdraw(note ?? "", by, now); break;
            case ReferralMove.EnteredInError: referral.MarkEnteredInError(note ?? "", by, now); break;
            default: throw new DomainRuleException($"'{move}' is not a move of a referral.");
        }

        if (side == ReferralSide.Provider)
        {
            await notifications.ReferralMovedAsync(referral, cancellationToken);
        }

        audit.Record($"referral.{move.ToString().ToLowerInvariant()}", nameof(OnwardReferral), referral.Id);
        await db.SaveChangesAsync(cancellationToken);
        return referral;
    }

    public static ReferralSide SideOf(ReferralMove move) =>
        move is ReferralMove.SupplyInformation or ReferralMove.Withdraw or ReferralMove.EnteredInError ? ReferralSide.LinkWorker : ReferralSide.Provider;
}
