using Linkwork.Domain.Coding;
using Linkwork.Domain.Pathway;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// What the web layer reads from the domain about one onward referral, for its Task and ServiceRequest. Plain data,
/// so the mappers need no database and the web host needs no FHIR types.
/// </summary>
/// <param name="Id">The referral's id: both the Task's and the ServiceRequest's.</param>
/// <param name="Version">The referral's version: meta.versionId and the ETag.</param>
/// <param name="State">Where the closed loop is.</param>
/// <param name="CreatedAt">When it was drafted: authoredOn while a draft.</param>
/// <param name="UpdatedAt">Its last move: meta.lastUpdated and Task.lastModified.</param>
/// <param name="SentAt">When it was sent (authoredOn once sent), null while a draft.</param>
/// <param name="PersonId">The person referred: Patient id.</param>
/// <param name="PersonName">Their name as a reference's display.</param>
/// <param name="ServiceName">The community service referred to.</param>
/// <param name="OrganisationId">The provider organisation that owns the service and answers: Task.owner, ServiceRequest.performer.</param>
/// <param name="OrganisationName">Its name.</param>
/// <param name="RequesterOrganisationId">The organisation of the link worker who made it (the programme's team): the requester.</param>
/// <param name="RequesterName">The link worker's name, shown with the requester.</param>
/// <param name="Note">The note to the provider.</param>
/// <param name="Needs">The episode's needs by Gravity SDOH category, when the "what matters" conversation found any.</param>
/// <param name="StatusReason">The reason given with the latest move (a decline's reason, the question asked), if any.</param>
/// <param name="RequesterIdentifier">The requesting system's own identifier for the referral, when it gave one: ServiceRequest.identifier.</param>
public sealed record ReferralFacts(
    Guid Id,
    int Version,
    OnwardReferralState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SentAt,
    Guid PersonId,
    string PersonName,
    string ServiceName,
    Guid OrganisationId,
    string OrganisationName,
    Guid? RequesterOrganisationId,
    string? RequesterName,
    string Note,
    IReadOnlyList<SdohCategory> Needs,
    string? StatusReason,
    RequesterIdentifierFacts? RequesterIdentifier = null);
