using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Programmes;

namespace Linkwork.Domain.People;

/// <summary>
/// Someone supported by a programme. Their record is health data: read and change it through audited use cases only.
/// Every change raises <see cref="Version"/>, which callers send back (If-Match) so two editors never overwrite each other.
/// A duplicate is never deleted: it is merged into the record that stays and remembers where it went.
/// </summary>
public sealed class Person
{
    public const int NameMaxLength = 100;
    public const int GenderMaxLength = 100;
    public const int LanguageMaxLength = 35;

    private readonly List<LocalIdentifier> _identifiers = [];
    private readonly List<HouseholdContact> _contacts = [];
    private readonly List<ConsentDecision> _consentDecisions = [];

    private Person() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public string GivenName { get; private set; } = "";
    public string FamilyName { get; private set; } = "";

    /// <summary>The name they go by, when it is not their given name.</summary>
    public string? PreferredName { get; private set; }

    public DateOnly DateOfBirth { get; private set; }
    public Sex Sex { get; private set; }

    /// <summary>Gender identity in the person's own words, when they want it recorded.</summary>
    public string? Gender { get; private set; }

    /// <summary>A code from the programme's ethnicity code list (England: the 2021 census categories).</summary>
    public string? EthnicityCode { get; private set; }

    /// <summary>Index of Multiple Deprivation decile of the home area: 1 is the most deprived tenth. Filled from the postcode lookup.</summary>
    public int? DeprivationDecile { get; private set; }

    /// <summary>A language code (ISO 639, e.g. "ur", or a BCP 47 tag).</summary>
    public string? PreferredLanguage { get; private set; }

    public bool InterpreterNeeded { get; private set; }
    public ContactDetails Contact { get; private set; } = ContactDetails.None;
    public ContactPreferences Preferences { get; private set; } = ContactPreferences.None;

    public string? Postcode => Contact.Postcode;

    public NhsNumber? NhsNumber { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>1 when created, one more for every change.</summary>
    public int Version { get; private set; }

    /// <summary>Set when this record was a duplicate: the record that stays. A merged record no longer changes.</summary>
    public Guid? MergedIntoId { get; private set; }

    public DateTimeOffset? MergedAt { get; private set; }
    public Guid? MergedBy { get; private set; }

    public IReadOnlyList<LocalIdentifier> LocalIdentifiers => _identifiers;
    public IReadOnlyList<HouseholdContact> HouseholdContacts => _contacts;
    public IReadOnlyList<ConsentDecision> ConsentDecisions => _consentDecisions;
    public PersonConsents Consents => new(_consentDecisions);

    public bool IsMerged => MergedIntoId is not null;

    /// <summary>A record with the essentials only, as the demo and older callers make it.</summary>
    public static Person Create(
        Guid id, Guid programmeId, string givenName, string familyName, DateOnly dateOfBirth, Sex sex,
        DateTimeOffset now, string? ethnicityCode = null, int? deprivationDecile = null, string? postcode = null,
        NhsNumber? nhsNumber = null) =>
        Register(id, programmeId,
            new PersonDetails(givenName, familyName, dateOfBirth, sex, EthnicityCode: ethnicityCode, Contact: new ContactDetails(postcode: postcode)),
            nhsNumber, ethnicityCodes: null, deprivationDecile, now);

    /// <summary>
    /// A new record. The ethnicity must come from <paramref name="ethnicityCodes"/> (null accepts any short code);
    /// the decile is what the lookup gives the postcode, if it knows it.
    /// </summary>
    public static Person Register(
        Guid id, Guid programmeId, PersonDetails details, NhsNumber? nhsNumber,
        IReadOnlyList<CodedConcept>? ethnicityCodes, int? deprivationDecile, DateTimeOffset now,
        IEnumerable<(Guid Id, string System, string Value)>? localIdentifiers = null)
    {
        var person = new Person { Id = id, ProgrammeId = programmeId, CreatedAt = now, UpdatedAt = now };
        person.Apply(details, nhsNumber, ethnicityCodes, now);
        person.DeprivationDecile = DeprivationDeciles.Check(deprivationDecile);
        foreach (var (identifierId, system, value) in localIdentifiers ?? [])
        {
            person.AddIdentifier(identifierId, system, value, now);
        }

        // Born at version 1, however many parts it was made with.
        person.Version = 1;
        return person;
    }

    /// <summary>Replaces what staff wrote. The decile follows the postcode: a new postcode the lookup does not know clears it.</summary>
    public void Revise(PersonDetails details, NhsNumber? nhsNumber, IReadOnlyList<CodedConcept>? ethnicityCodes, int? deprivationDecile, DateTimeOffset now)
    {
        EnsureNotMerged();
        var oldPostcode = Postcode;
        Apply(details, nhsNumber, ethnicityCodes, now);
        DeprivationDecile = DeprivationDeciles.Check(deprivationDecile) ?? (Postcode == oldPostcode ? DeprivationDecile : null);
        Changed(now);
    }

    public LocalIdentifier AddIdentifier(Guid id, string? system, string? value, DateTimeOffset now)
    {
        EnsureNotMerged();
        var identifier = LocalIdentifier.Create(id, this, system!, value!);
        if (_identifiers.Any(i => string.Equals(i.System, identifier.System, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainRuleException($"This person already has a record number in {identifier.System}; remove it before adding another.");
        }

        _identifiers.Add(identifier);
        Changed(now);
        return identifier;
    }

    public void RemoveIdentifier(Guid identifierId, DateTimeOffset now)
    {
        EnsureNotMerged();
        var identifier = _identifiers.SingleOrDefault(i => i.Id == identifierId)
            ?? throw new DomainRuleException("This person has no such record number.");
        _identifiers.Remove(identifier);
        Changed(now);
    }

    public HouseholdContact AddContact(Guid id, HouseholdContactDetails details, DateTimeOffset now)
    {
        EnsureNotMerged();
        var contact = HouseholdContact.Create(id, Id, details, now);
        _contacts.Add(contact);
        Changed(now);
        return contact;
    }

    public void ReviseContact(Guid contactId, HouseholdContactDetails details, DateTimeOffset now)
    {
        EnsureNotMerged();
        ContactOf(contactId).Revise(details);
        Changed(now);
    }

    public void RemoveContact(Guid contactId, DateTimeOffset now)
    {
        EnsureNotMerged();
        _contacts.Remove(ContactOf(contactId));
        Changed(now);
    }

    /// <summary>Appends a decision; earlier ones stay as they were.</summary>
    public ConsentDecision RecordConsent(Guid id, ConsentKind kind, bool given, Guid? recordedBy, string? note, DateTimeOffset now)
    {
        EnsureNotMerged();
        var decision = ConsentDecision.Create(id, Id, Version + 1, kind, given, recordedBy, now, note);
        Changed(now);
        _consentDecisions.Add(decision);
        return decision;
    }

    /// <summary>
    /// This record is a duplicate of <paramref name="survivor"/>. Nothing is deleted: what the survivor lacks moves to it
    /// (the NHS number, record numbers of systems it has none in, household contacts it does not name, consent of kinds
    /// it has no decision on, empty contact details and demographics), and this record remembers where it went.
    /// </summary>
    public MergeSummary MergeInto(Person survivor, Guid? mergedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(survivor);
        if (survivor.Id == Id)
        {
            throw new DomainRuleException("A record cannot be merged into itself.");
        }

        if (survivor.ProgrammeId != ProgrammeId)
        {
            throw new DomainRuleException("Records of different programmes cannot be merged.");
        }

        EnsureNotMerged();
        survivor.EnsureNotMerged();
        if (NhsNumber is { } mine && survivor.NhsNumber is { } theirs && mine != theirs)
        {
            throw new DomainRuleException($"The two records have different NHS numbers ({mine} and {theirs}), so they are not the same person.");
        }

        var nhsMoved = NhsNumber is not null && survivor.NhsNumber is null;
        if (nhsMoved)
        {
            survivor.NhsNumber = NhsNumber;
            NhsNumber = null;
        }

        var identifiers = _identifiers.Where(i => !survivor._identifiers.Any(s => string.Equals(s.System, i.System, StringComparison.OrdinalIgnoreCase))).ToList();
        foreach (var identifier in identifiers)
        {
            _identifiers.Remove(identifier);
            identifier.MoveTo(survivor);
            survivor._identifiers.Add(identifier);
        }

        var contacts = _contacts.Where(c => !survivor._contacts.Any(s => s.IsNamed(c.Name))).ToList();
        foreach (var contact in contacts)
        {
            _contacts.Remove(contact);
            contact.MoveTo(survivor);
            survivor._contacts.Add(contact);
        }

        var undecided = Enum.GetValues<ConsentKind>().Where(k => !survivor.Consents.HasDecided(k)).ToHashSet();
        var decisions = _consentDecisions.Where(d => undecided.Contains(d.Kind)).ToList();
        foreach (var decision in decisions)
        {
            _consentDecisions.Remove(decision);
            decision.MoveTo(survivor);
            survivor._consentDecisions.Add(decision);
        }

        survivor.Contact = survivor.Contact.FilledFrom(Contact);
        survivor.Preferences = survivor.Preferences.PreferredMethod is null && survivor.Preferences.Notes is null ? Preferences : survivor.Preferences;
        survivor.PreferredName ??= PreferredName;
        survivor.Gender ??= Gender;
        survivor.EthnicityCode ??= EthnicityCode;
        survivor.PreferredLanguage ??= PreferredLanguage;
        survivor.InterpreterNeeded |= InterpreterNeeded;
        survivor.DeprivationDecile ??= DeprivationDecile;
        if (survivor.Sex == Sex.Unknown)
        {
            survivor.Sex = Sex;
        }

        MergedIntoId = survivor.Id;
        MergedAt = now;
        MergedBy = mergedBy;
        Changed(now);
        survivor.Changed(now);
        return new MergeSummary(nhsMoved, identifiers.Count, contacts.Count, decisions.Count);
    }

    public static DateOnly CheckDateOfBirth(DateOnly dateOfBirth, DateTimeOffset now) =>
        dateOfBirth > DateOnly.FromDateTime(now.UtcDateTime)
            ? throw new DomainRuleException("The date of birth cannot be in the future.")
            : dateOfBirth;

    public int AgeOn(DateOnly day)
    {
        var age = day.Year - DateOfBirth.Year;
        return DateOfBirth.AddYears(age) > day ? age - 1 : age;
    }

    private void Apply(PersonDetails details, NhsNumber? nhsNumber, IReadOnlyList<CodedConcept>? ethnicityCodes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        CheckDateOfBirth(details.DateOfBirth, now);

        if (!Enum.IsDefined(details.Sex))
        {
            throw new DomainRuleException($"'{details.Sex}' is not a recorded sex: Female, Male, Other or Unknown.");
        }

        var contact = details.Contact ?? ContactDetails.None;
        var preferences = details.Preferences ?? ContactPreferences.None;
        preferences.CheckPossibleWith(contact);
        var language = Text.Optional(details.PreferredLanguage, "The preferred language", LanguageMaxLength);
        LanguageCodes.Check(language);

        GivenName = Text.Required(details.GivenName, "The given name", NameMaxLength);
        FamilyName = Text.Required(details.FamilyName, "The family name", NameMaxLength);
        PreferredName = Text.Optional(details.PreferredName, "The preferred name", NameMaxLength);
        DateOfBirth = details.DateOfBirth;
        Sex = details.Sex;
        Gender = Text.Optional(details.Gender, "The gender", GenderMaxLength);
        EthnicityCode = ethnicityCodes is null
            ? Text.Optional(details.EthnicityCode, "The ethnicity code", EthnicityCategories.CodeMaxLength)
            : EthnicityCategories.Check(ethnicityCodes, details.EthnicityCode);
        PreferredLanguage = language;
        InterpreterNeeded = details.InterpreterNeeded;
        Contact = contact;
        Preferences = preferences;
        NhsNumber = nhsNumber;
    }

    private HouseholdContact ContactOf(Guid contactId) =>
        _contacts.SingleOrDefault(c => c.Id == contactId) ?? throw new DomainRuleException("This person has no such household contact.");

    private void EnsureNotMerged()
    {
        if (MergedIntoId is { } survivor)
        {
            throw new DomainRuleException($"This record was merged into {survivor}; change that record instead.");
        }
    }

    private void Changed(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }
}
