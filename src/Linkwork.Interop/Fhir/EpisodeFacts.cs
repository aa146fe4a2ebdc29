using Linkwork.Domain.Coding;
using Linkwork.Domain.Pathway;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// What the web layer reads about one referral into the programme (an episode), for its ServiceRequest and Task: the
/// request is the referrer's, the programme's team is asked to fulfil it. Plain data, as <see cref="ReferralFacts"/>.
/// </summary>
/// <param name="Id">The episode's id: both the Task's and the ServiceRequest's.</param>
/// <param name="Version">The episode's version: meta.versionId and the ETag.</param>
/// <param name="State">Where the person's time with the programme is.</param>
/// <param name="ReceivedAt">When the referral came in: authoredOn.</param>
/// <param name="UpdatedAt">Its last change: meta.lastUpdated and Task.lastModified.</param>
/// <param name="PersonId">The person referred: Patient id.</param>
/// <param name="PersonName">Their name as a reference's display.</param>
/// <param name="TeamId">The programme's own organisation, asked to fulfil it: Task.owner, ServiceRequest.performer (null if it has none).</param>
/// <param name="TeamName">Its name.</param>
/// <param name="Source">Who referred, by kind: a category of the ServiceRequest.</param>
/// <param name="RequesterOrganisationId">The organisation of whoever made the referral (a referrer's practice, an EHR's client).</param>
/// <param name="RequesterName">Who made it, shown with the requester.</param>
/// <param name="Reasons">Why the person was referred, in the referrer's words: ServiceRequest.reasonCode.text.</param>
/// <param name="Needs">The needs the "what matters" conversation recorded, by Gravity SDOH category.</param>
/// <param name="StatusReason">The reason recorded with the move into the current state (a decline's, a discharge's), if any.</param>
/// <param name="RequesterIdentifier">The requesting system's own identifier for the referral, when it gave one.</param>
public sealed record EpisodeFacts(
    Guid Id,
    int Version,
    EpisodeState State,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    Guid PersonId,
    string PersonName,
    Guid? TeamId,
    string? TeamName,
    ReferralSource Source,
    Guid? RequesterOrganisationId,
    string? RequesterName,
    string Reasons,
    IReadOnlyList<SdohCategory> Needs,
    string? StatusReason,
    RequesterIdentifierFacts? RequesterIdentifier = null);
