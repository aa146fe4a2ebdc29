namespace Linkwork.Domain.People;

/// <summary>
/// What staff write about a person, whole: names, birth, demographics, language and how to reach them. Identifiers,
/// household contacts and consent have their own methods because each has its own history or uniqueness.
/// </summary>
public sealed record PersonDetails(
    string? GivenName,
    string? FamilyName,
    DateOnly DateOfBirth,
    Sex Sex = Sex.Unknown,
    string? PreferredName = null,
    string? Gender = null,
    string? EthnicityCode = null,
    string? PreferredLanguage = null,
    bool InterpreterNeeded = false,
    ContactDetails? Contact = null,
    ContactPreferences? Preferences = null);
