using Linkwork.Domain.Coding;
using Linkwork.Domain.People;

namespace Linkwork.Interop.Fhir;

/// <summary>One consent decision as it was recorded, for Consent.</summary>
/// <param name="Id">The decision's id.</param>
/// <param name="PersonId">Whose decision.</param>
/// <param name="PersonName">Their name, as the reference's display.</param>
/// <param name="Kind">What it is about (sharing, texts, email, research).</param>
/// <param name="Given">Given, or withdrawn.</param>
/// <param name="InForce">Whether it is the latest decision of its kind (the one that counts now).</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="RecordedById">The member of staff who recorded it, when one did (a Practitioner).</param>
/// <param name="RecordedByName">Their name, or the API client's.</param>
public sealed record ConsentFacts(
    Guid Id, Guid PersonId, string PersonName, ConsentKind Kind, bool Given, bool InForce, DateTimeOffset RecordedAt, Guid? RecordedById, string? RecordedByName);

/// <summary>A need found in an episode's "what matters" conversation, for Condition.</summary>
/// <param name="Id">The Condition's id: the episode's id and the category's number.</param>
/// <param name="PersonId">Whose need.</param>
/// <param name="PersonName">Their name.</param>
/// <param name="Category">The Gravity SDOH category.</param>
/// <param name="Note">What was said about it.</param>
/// <param name="EpisodeOpen">Whether the programme still works with the person on it.</param>
/// <param name="RecordedAt">When the conversation was recorded.</param>
/// <param name="RecordedById">The member of staff who recorded it.</param>
/// <param name="RecordedByName">Their name.</param>
public sealed record NeedFacts(
    string Id, Guid PersonId, string PersonName, SdohCategory Category, string? Note, bool EpisodeOpen, DateTimeOffset RecordedAt, Guid? RecordedById, string? RecordedByName);

/// <summary>One goal of a person's plan with its progress, for Goal.</summary>
/// <param name="Id">The goal's id.</param>
/// <param name="Version">Its version.</param>
/// <param name="PersonId">Whose goal.</param>
/// <param name="PersonName">Their name.</param>
/// <param name="Text">The goal in their words.</param>
/// <param name="Category">Its SDOH category.</param>
/// <param name="TargetDate">When they hope to reach it.</param>
/// <param name="CreatedAt">When it was set.</param>
/// <param name="EpisodeOpen">Whether the plan is still being worked.</param>
/// <param name="Progress">Progress scored 0–10, oldest first (the first is the baseline).</param>
public sealed record GoalFacts(
    Guid Id, int Version, Guid PersonId, string PersonName, string Text, SdohCategory Category, DateOnly? TargetDate, DateTimeOffset CreatedAt,
    bool EpisodeOpen, IReadOnlyList<(int Score, string? Note, DateTimeOffset At)> Progress);

/// <summary>A completed questionnaire, for Observation (the score) and QuestionnaireResponse (the answers).</summary>
/// <param name="Id">The administration's id: both resources'.</param>
/// <param name="Version">Its version.</param>
/// <param name="PersonId">Who answered.</param>
/// <param name="PersonName">Their name.</param>
/// <param name="Instrument">The instrument as shipped (its Questionnaire gives the canonical and answer codings).</param>
/// <param name="Answers">The answers as given, in item order.</param>
/// <param name="Score">The instrument's score, where it has one overall.</param>
/// <param name="Band">The score's band.</param>
/// <param name="CompletedAt">When it was finished.</param>
public sealed record MeasureFacts(
    Guid Id, int Version, Guid PersonId, string PersonName, Measures.InstrumentDefinition Instrument, IReadOnlyList<string?> Answers,
    decimal? Score, string? Band, DateTimeOffset CompletedAt);

/// <summary>A member of the programme's team, for Practitioner and PractitionerRole: name, role and organisation only.</summary>
/// <param name="Id">The account's id: both resources'.</param>
/// <param name="Name">The name they go by at work.</param>
/// <param name="Role">Their role's code in Linkwork ("link-worker", "supervisor").</param>
/// <param name="RoleTitle">The programme's title for the role.</param>
/// <param name="OrganisationId">Their organisation, if any.</param>
/// <param name="OrganisationName">Its name.</param>
public sealed record StaffFacts(Guid Id, string Name, string Role, string RoleTitle, Guid? OrganisationId, string? OrganisationName);

/// <summary>A place of the directory, for Location.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">What it is.</param>
/// <param name="OrganisationId">The organisation that runs it.</param>
/// <param name="OrganisationName">Its name.</param>
/// <param name="AddressLines">The first postal address's lines.</param>
/// <param name="City">Its town or city.</param>
/// <param name="Postcode">Its postcode.</param>
/// <param name="Latitude">Latitude (WGS84).</param>
/// <param name="Longitude">Longitude (WGS84).</param>
/// <param name="Phones">Its phone numbers.</param>
/// <param name="LastModified">meta.lastUpdated.</param>
public sealed record LocationFacts(
    Guid Id, string? Name, string? Description, Guid? OrganisationId, string? OrganisationName, IReadOnlyList<string> AddressLines, string? City,
    string? Postcode, double? Latitude, double? Longitude, IReadOnlyList<string> Phones, DateTimeOffset LastModified);
