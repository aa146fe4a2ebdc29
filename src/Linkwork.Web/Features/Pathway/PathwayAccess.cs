using System.Security.Claims;
using Linkwork.Domain.Access;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Pathway;

/// <summary>
/// Who sees and works which pathway records. The programme team (link workers, supervisors) works every episode of
/// its programme; a referrer sees the episodes they (or their organisation) referred, for the status and the message
/// back; provider staff see only referrals sent to their own organisation. Nobody else sees the pathway.
/// </summary>
public static class PathwayAccess
{
    public static bool WorksCaseload(this ClaimsPrincipal user) => user.RoleOf() is Role.LinkWorker or Role.Supervisor;

    public static IQueryable<Episode> VisibleTo(this IQueryable<Episode> episodes, ClaimsPrincipal user)
    {
        var (programme, userId, organisation) = (user.ProgrammeOf(), user.Id(), user.OrganisationOf());
        return user.RoleOf() switch
        {
            Role.LinkWorker or Role.Supervisor => episodes.Where(e => e.ProgrammeId == programme),
            Role.Referrer => episodes.Where(e => e.ProgrammeId == programme
                && (e.ReferredBy == userId || (organisation != null && e.ReferrerOrganisationId == organisation))),
            _ => episodes.Where(_ => false),
        };
    }

    /// <summary>A provider never sees a draft: a referral becomes theirs when it is sent.</summary>
    public static IQueryable<OnwardReferral> VisibleTo(this IQueryable<OnwardReferral> referrals, ClaimsPrincipal user)
    {
        var (programme, organisation) = (user.ProgrammeOf(), user.OrganisationOf());
        return user.RoleOf() switch
        {
            Role.LinkWorker or Role.Supervisor => referrals.Where(r => r.ProgrammeId == programme),
            Role.ProviderStaff => referrals.Where(r => r.ProgrammeId == programme && r.OrganisationId == organisation && r.State != OnwardReferralState.Draft),
            _ => referrals.Where(_ => false),
        };
    }

    /// <summary>
    /// The rule of <see cref="VisibleTo(IQueryable{OnwardReferral}, ClaimsPrincipal)"/> for one referral already read,
    /// so a read by id is one query. FhirReferralApiTests holds a read by id to the same answers for each kind of caller.
    /// </summary>
    public static bool Sees(this ClaimsPrincipal user, Guid referralProgramme, Guid referralOrganisation, OnwardReferralState state) =>
        referralProgramme == user.ProgrammeOf() && user.RoleOf() switch
        {
            Role.LinkWorker or Role.Supervisor => true,
            Role.ProviderStaff => referralOrganisation == user.OrganisationOf() && state != OnwardReferralState.Draft,
            _ => false,
        };

    /// <summary>
    /// The moves of the onward referrals the user sees. A provider's view of a referral starts when it was sent, so the
    /// moves made while it was a draft are not theirs (as its FHIR history leaves them out).
    /// </summary>
    public static IQueryable<PathwayEvent> ReferralMovesVisibleTo(this IQueryable<PathwayEvent> events, IQueryable<OnwardReferral> referrals, ClaimsPrincipal user)
    {
        var visible = referrals.VisibleTo(user);
        var seesDrafts = user.SideOf() != ReferralSide.Provider;
        var draft = nameof(OnwardReferralState.Draft);
        return events.Where(e => e.RecordType == PathwayRecordType.OnwardReferral
            && visible.Any(r => r.Id == e.RecordId)
            && (seesDrafts || e.ToState != draft));
    }

    /// <summary>
    /// The moves (not the working notes between them) of the episodes the user sees: a referral into the programme's
    /// status changes, as its referrer and the team may follow them.
    /// </summary>
    public static IQueryable<PathwayEvent> EpisodeMovesVisibleTo(this IQueryable<PathwayEvent> events, IQueryable<Episode> episodes, ClaimsPrincipal user)
    {
        var visible = episodes.VisibleTo(user);
        return events.Where(e => e.RecordType == PathwayRecordType.Episode && e.FromState != e.ToState && visible.Any(v => v.Id == e.RecordId));
    }

    /// <summary>Follow-ups are the programme team's own work: nobody outside it sees them.</summary>
    public static IQueryable<FollowUp> VisibleTo(this IQueryable<FollowUp> followUps, ClaimsPrincipal user)
    {
        var programme = user.ProgrammeOf();
        return user.WorksCaseload() ? followUps.Where(f => f.ProgrammeId == programme) : followUps.Where(_ => false);
    }

    /// <summary>Safeguarding concerns are for the programme team alone; a referrer following the status never sees them.</summary>
    public static IQueryable<SafeguardingConcern> VisibleTo(this IQueryable<SafeguardingConcern> concerns, ClaimsPrincipal user)
    {
        var programme = user.ProgrammeOf();
        return user.WorksCaseload() ? concerns.Where(c => c.ProgrammeId == programme) : concerns.Where(_ => false);
    }

    /// <summary>The side the user acts for on a referral, or null when they may only read it.</summary>
    public static ReferralSide? SideOf(this ClaimsPrincipal user) => user.RoleOf() switch
    {
        Role.LinkWorker or Role.Supervisor => ReferralSide.LinkWorker,
        Role.ProviderStaff => ReferralSide.Provider,
        _ => null,
    };

    /// <summary>Referrers and the programme team refer people into the programme; nobody else does.</summary>
    public static void RequireMayRefer(this ClaimsPrincipal user)
    {
        if (!user.WorksCaseload() && user.RoleOf() != Role.Referrer)
        {
            throw new NotPermittedException("Referrers and the programme's link workers and supervisors make referrals into the programme.");
        }
    }

    public static void RequireCaseloadWorker(this ClaimsPrincipal user)
    {
        if (!user.WorksCaseload())
        {
            throw new NotPermittedException("Only the programme's link workers and supervisors work an episode.");
        }
    }

    public static Guid ActorId(this ClaimsPrincipal user) =>
        user.Id() ?? throw new NotPermittedException("Only a signed-in user or API client can change the pathway.");
}
