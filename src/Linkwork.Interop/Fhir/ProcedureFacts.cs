using Linkwork.Domain.Coding;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// What a provider did for a completed onward referral, for the SDOHCC Procedure the requester reads back: the
/// completion's move in the pathway's event log (its time, its coded reason, its words) and the referral around it.
/// </summary>
/// <param name="Id">The referral's id: the Procedure's id too, since a referral completes once.</param>
/// <param name="Version">The referral's version.</param>
/// <param name="CompletedAt">When the completion was recorded: performed and meta.lastUpdated.</param>
/// <param name="PersonId">The person: subject.</param>
/// <param name="PersonName">Their name as the reference's display.</param>
/// <param name="OrganisationId">The provider organisation that did it: performer.</param>
/// <param name="OrganisationName">Its name.</param>
/// <param name="ServiceName">The service referred to: the code's text when the provider gave no words.</param>
/// <param name="SnomedCode">What was done as a SNOMED CT concept id, when the provider coded it.</param>
/// <param name="Text">What was done in the provider's words, if any.</param>
/// <param name="Needs">The needs behind the referral, as the Procedure's SDOH categories.</param>
public sealed record ProcedureFacts(
    Guid Id, int Version, DateTimeOffset CompletedAt, Guid PersonId, string PersonName, Guid OrganisationId, string OrganisationName,
    string ServiceName, string? SnomedCode, string? Text, IReadOnlyList<SdohCategory> Needs);
