using Linkwork.Domain.People;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// The person details the caller may see, already cut down by the web layer's access rules: a provider gets only
/// what the person consented to share with the organisations they are referred to; the programme team gets the record.
/// </summary>
/// <param name="Id">The person's id.</param>
/// <param name="Version">The record's version (meta.versionId and the ETag), when known.</param>
/// <param name="UpdatedAt">When the record last changed, when known.</param>
/// <param name="GivenName">Given name.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="PreferredName">The name they go by, if recorded.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Sex">Administrative sex, when the caller may see it.</param>
/// <param name="NhsNumber">The NHS number, when the caller may see it.</param>
/// <param name="LocalIdentifiers">Record numbers of other systems (system, value).</param>
/// <param name="Telecom">Phones and email the caller may use.</param>
/// <param name="AddressLines">Postal address lines, when the caller may see them.</param>
/// <param name="Postcode">The postcode.</param>
/// <param name="Language">The preferred language (a BCP 47 tag), if any.</param>
/// <param name="InterpreterNeeded">Whether they need an interpreter.</param>
public sealed record PatientFacts(
    Guid Id,
    int? Version,
    DateTimeOffset? UpdatedAt,
    string GivenName,
    string FamilyName,
    string? PreferredName,
    DateOnly BirthDate,
    Sex? Sex,
    NhsNumber? NhsNumber,
    IReadOnlyList<(string System, string Value)> LocalIdentifiers,
    IReadOnlyList<PatientTelecom> Telecom,
    IReadOnlyList<string> AddressLines,
    string? Postcode,
    string? Language,
    bool InterpreterNeeded);

/// <summary>One way of reaching the person; <paramref name="Preferred"/> marks the method they asked for (rank 1).</summary>
/// <param name="Kind">Phone, mobile, SMS or email.</param>
/// <param name="Value">The number or address.</param>
/// <param name="Preferred">Whether it is their preferred way.</param>
public sealed record PatientTelecom(PatientTelecomKind Kind, string Value, bool Preferred);

public enum PatientTelecomKind
{
    Phone,
    Mobile,

    /// <summary>The mobile number, for texts: listed only with the person's consent to be texted.</summary>
    Sms,
    Email,
}
