using Linkwork.Domain.Common;

namespace Linkwork.Domain.People;

/// <summary>Someone close to the person: a carer, a relative, a neighbour. Contacted only when <see cref="MayBeContacted"/>.</summary>
public sealed class HouseholdContact
{
    public const int NameMaxLength = 200;
    public const int RelationshipMaxLength = 100;

    private HouseholdContact() { }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>In the person's own words: "daughter", "husband", "neighbour".</summary>
    public string Relationship { get; private set; } = "";

    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public bool IsCarer { get; private set; }
    public bool MayBeContacted { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }

    internal static HouseholdContact Create(Guid id, Guid personId, HouseholdContactDetails details, DateTimeOffset now)
    {
        var contact = new HouseholdContact { Id = id, PersonId = personId, AddedAt = now };
        contact.Revise(details);
        return contact;
    }

    internal void Revise(HouseholdContactDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Name = Text.Required(details.Name, "The contact's name", NameMaxLength);
        Relationship = Text.Required(details.Relationship, "The contact's relationship", RelationshipMaxLength);
        Phone = ContactDetails.PhoneNumber(details.Phone, "The contact's phone number");
        Email = EmailAddress.Optional(details.Email, "The contact's email address");
        if (details.MayBeContacted && Phone is null && Email is null)
        {
            throw new DomainRuleException("A contact who may be contacted needs a phone number or an email address.");
        }

        IsCarer = details.IsCarer;
        MayBeContacted = details.MayBeContacted;
    }

    internal void MoveTo(Person survivor) => PersonId = survivor.Id;

    public bool IsNamed(string name) => NameMatching.Normalise(Name) == NameMatching.Normalise(name);
}

/// <summary>What a page or the API says about a household contact.</summary>
public sealed record HouseholdContactDetails(string? Name, string? Relationship, string? Phone, string? Email, bool IsCarer, bool MayBeContacted);
