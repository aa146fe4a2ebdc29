using Linkwork.Domain.People;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// What a Patient sent to us says about a person, as plain text for the People module's own rules to check (names,
/// date of birth, NHS number, phone numbers, postcode...). Nothing here is judged yet: the web host runs it through the
/// same input the REST API uses, so a Patient is held to exactly the rules a form is.
/// </summary>
/// <param name="GivenName">The official (or first) name's first given name.</param>
/// <param name="FamilyName">Its family name.</param>
/// <param name="PreferredName">A usual name's given name, if sent.</param>
/// <param name="BirthDate">birthDate, when it is a full date.</param>
/// <param name="Sex">gender as the administrative sex.</param>
/// <param name="NhsNumber">The identifier of the NHS number system.</param>
/// <param name="LocalIdentifiers">Other identifiers (system, value).</param>
/// <param name="Phone">A home or work phone.</param>
/// <param name="Mobile">A mobile phone (or SMS number).</param>
/// <param name="Email">An email address.</param>
/// <param name="AddressLines">Up to three lines of the home (or first) address.</param>
/// <param name="Postcode">Its postal code.</param>
/// <param name="Language">The preferred language's code.</param>
/// <param name="InterpreterNeeded">The interpreter-required extension.</param>
public sealed record PatientInputFacts(
    string? GivenName,
    string? FamilyName,
    string? PreferredName,
    DateOnly? BirthDate,
    Sex? Sex,
    string? NhsNumber,
    IReadOnlyList<(string System, string Value)> LocalIdentifiers,
    string? Phone,
    string? Mobile,
    string? Email,
    IReadOnlyList<string> AddressLines,
    string? Postcode,
    string? Language,
    bool InterpreterNeeded);
