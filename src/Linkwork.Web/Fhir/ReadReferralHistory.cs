using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.Pathway.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// The versions of an onward referral's Task and ServiceRequest, read from the pathway's event log: every move
/// appended one event carrying the version it made, so version N of the resource is the referral as event N left it
/// (its state, when it moved, the reason given, when it was sent). The rest (the note, the service, the person, the
/// needs) is the record as it stands: the log keeps moves, not edits. A provider's history starts when the referral
/// was sent, since a provider never sees a draft. Access, audit and the provider's first-read
/// opening are the read's own, through <see cref="GetReferral"/>, so the history shows no more than the read.
/// </summary>
public sealed class ReadReferralHistory(LinkworkDbContext db, GetReferral getReferral, FhirReferralFacts facts)
{
    /// <summary>Every version, newest first (as a FHIR history lists them).</summary>
    public async Task<IReadOnlyList<ReferralFacts>> HandleAsync(ClaimsPrincipal user, Guid referralId, CancellationToken cancellationToken)
    {
        var view = await getReferral.HandleAsync(user, referralId, cancellationToken);
        var current = (await facts.LoadAsync(db.OnwardReferrals.AsNoTracking().Where(r => r.Id == referralId), cancellationToken)).Single();
        var sent = view.History.FirstOrDefault(e => e.To == nameof(OnwardReferralState.Sent));
        // A provider never sees a draft, so its history of a referral starts when it was sent.
        var provider = user.SideOf() == ReferralSide.Provider;
        return view.History
            .Where(e => !(provider && e.To == nameof(OnwardReferralState.Draft)))
            .OrderByDescending(e => e.Version)
            .Select(e => AsOf(current, e.Version, e.To, e.At, e.ReasonCode, e.Reason, sent is null ? null : (sent.Version, sent.At)))
            .ToList();
    }

    /// <summary>The referral as the move that made <paramref name="version"/> left it; the rest is the record as it stands.</summary>
    /// <param name="current">The referral now.</param>
    /// <param name="version">The version the move made.</param>
    /// <param name="toState">The state it moved to.</param>
    /// <param name="at">When.</param>
    /// <param name="reasonCode">The coded reason recorded with the move (a decline's), if any.</param>
    /// <param name="reason">The reason given, if any.</param>
    /// <param name="sent">The version and time of its sending, if it was ever sent.</param>
    internal static ReferralFacts AsOf(
        ReferralFacts current, int version, string toState, DateTimeOffset at, string? reasonCode, string? reason, (int Version, DateTimeOffset At)? sent)
    {
        var state = Enum.Parse<OnwardReferralState>(toState);
        var declined = state == OnwardReferralState.Declined && Enum.TryParse<DeclineReason>(reasonCode, out var coded) ? coded : (DeclineReason?)null;
        return current with
        {
            Version = version,
            State = state,
            UpdatedAt = at,
            SentAt = sent is { } s && version >= s.Version ? s.At : null,
            StatusReason = FhirReferralFacts.StatusReason(declined, reason),
        };
    }

    /// <summary>One version, or null when the referral never had it.</summary>
    public async Task<ReferralFacts?> VersionAsync(ClaimsPrincipal user, Guid referralId, int version, CancellationToken cancellationToken) =>
        (await HandleAsync(user, referralId, cancellationToken)).FirstOrDefault(v => v.Version == version);
}
