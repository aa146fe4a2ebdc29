using Linkwork.Domain.Coding;
using Linkwork.Domain.Common;
using Linkwork.Domain.Programmes;

namespace Linkwork.Domain.Pathway;

/// <summary>
/// What the referrer is told when an episode is decided and when it ends: a composed letter carrying the programme's
/// code (in England, SNOMED CT 871731000000106 when the person accepts the referral, 871711000000103 when they decline
/// it), so the GP record can be coded without re-typing. NHS England codes acceptance once, at the first interaction,
/// so the discharge letter carries no second code.
/// </summary>
public sealed class MessageToReferrer
{
    private MessageToReferrer() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public Guid EpisodeId { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid? ReferrerOrganisationId { get; private set; }
    public Guid? ReferredBy { get; private set; }
    public EpisodeState Outcome { get; private set; }
    public string? CodeSystem { get; private set; }
    public string? Code { get; private set; }
    public string? CodeDisplay { get; private set; }
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset ComposedAt { get; private set; }

    /// <summary>Composes the message for an episode that has just been accepted, declined, closed as unreachable or discharged.</summary>
    public static MessageToReferrer Compose(Guid id, Episode episode, Programme programme, string personName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(episode);
        ArgumentNullException.ThrowIfNull(programme);
        if (episode.State is not (EpisodeState.Accepted or EpisodeState.Declined or EpisodeState.UnableToContact or EpisodeState.Discharged))
        {
            throw new DomainRuleException($"The episode is {episode.State}: the message back is composed when it is accepted, declined, closed as unreachable or discharged.");
        }

        var (code, display) = (programme.CodingProfile, episode.State) switch
        {
            (CodingProfile.UkSnomedCt, EpisodeState.Accepted) => (SocialPrescribingCodes.ReferralToSocialPrescribingService, "Referral to social prescribing service"),
            (CodingProfile.UkSnomedCt, EpisodeState.Declined) => (SocialPrescribingCodes.SocialPrescribingDeclined, "Social prescribing declined"),
            _ => ((string?)null, (string?)null),
        };
        var outcome = episode.State switch
        {
            EpisodeState.Accepted => "accepted the referral and will be supported by a link worker",
            EpisodeState.Declined => "declined the referral",
            EpisodeState.UnableToContact => "could not be reached after repeated attempts",
            _ => $"was supported and has now been discharged ({Describe(episode.DischargeReason)})",
        };
        var body = $"{personName}, referred to {programme.Name} on {episode.CreatedAt:d MMMM yyyy}, {outcome}.";
        if (code is not null)
        {
            body += $" Suggested code: SNOMED CT {code} |{display}|.";
        }

        return new MessageToReferrer
        {
            Id = id, ProgrammeId = episode.ProgrammeId, EpisodeId = episode.Id, PersonId = episode.PersonId,
            ReferrerOrganisationId = episode.ReferrerOrganisationId, ReferredBy = episode.ReferredBy, Outcome = episode.State,
            CodeSystem = code is null ? null : SocialPrescribingCodes.SnomedCtSystem, Code = code, CodeDisplay = display,
            Subject = $"{programme.Name}: referral {SubjectOf(episode.State)}", Body = body, ComposedAt = now,
        };
    }

    // The subject travels in email and notification lists, so it names no one.
    private static string SubjectOf(EpisodeState state) => state switch
    {
        EpisodeState.Accepted => "accepted",
        EpisodeState.Declined => "declined",
        EpisodeState.UnableToContact => "closed: unable to contact",
        _ => "discharged",
    };

    private static string Describe(DischargeReason? reason) => reason switch
    {
        DischargeReason.GoalsMet => "goals met",
        DischargeReason.Disengaged => "stopped engaging",
        DischargeReason.MovedAway => "moved away",
        DischargeReason.ReferredToClinicalCare => "referred to clinical care",
        DischargeReason.Deceased => "deceased",
        _ => "other reason",
    };
}
