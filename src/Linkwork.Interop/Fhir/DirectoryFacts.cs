namespace Linkwork.Interop.Fhir;

/// <summary>An organisation of the directory or the programme, for Organization.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its kind in Linkwork (Provider, Programme, GeneralPractice...), shown as the type's text.</param>
/// <param name="LastModified">meta.lastUpdated.</param>
/// <param name="Phone">Its phone, if published.</param>
/// <param name="Email">Its email, if published.</param>
/// <param name="Website">Its website, if published.</param>
public sealed record OrganizationFacts(Guid Id, string Name, string Kind, DateTimeOffset LastModified, string? Phone, string? Email, string? Website);

/// <summary>A community service of the directory, for HealthcareService.</summary>
/// <param name="Id">Its id.</param>
/// <param name="OrganisationId">The organisation that provides it.</param>
/// <param name="OrganisationName">Its name.</param>
/// <param name="Name">The service's name.</param>
/// <param name="Description">What it offers.</param>
/// <param name="Active">Whether it is listed as active.</param>
/// <param name="AcceptsReferrals">Whether it takes referrals now (otherwise people are signposted).</param>
/// <param name="LastModified">meta.lastUpdated.</param>
/// <param name="Phones">Its phone numbers.</param>
/// <param name="Email">Its email.</param>
/// <param name="Url">Its website.</param>
/// <param name="EligibilityDescription">Who it is for.</param>
/// <param name="Capacity">What the service last said about taking people on, if it has said.</param>
public sealed record HealthcareServiceFacts(
    Guid Id, Guid OrganisationId, string OrganisationName, string Name, string? Description, bool Active, bool AcceptsReferrals,
    DateTimeOffset LastModified, IReadOnlyList<string> Phones, string? Email, string? Url, string? EligibilityDescription,
    Domain.Directory.CapacityStatus? Capacity = null);
