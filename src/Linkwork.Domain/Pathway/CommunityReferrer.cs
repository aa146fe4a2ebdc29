using Linkwork.Domain.Common;
using Linkwork.Domain.People;

namespace Linkwork.Domain.Pathway;

/// <summary>
/// Someone from the community (a neighbour, a friend, a volunteer, a support worker) who referred a person from the
/// public form. They have no account, so the team needs their name and a way to reach them, and their word that the
/// person knows of the referral and agrees to it: a referral behind someone's back is not made at all.
/// </summary>
public sealed record CommunityReferrer
{
    public const int NameMaxLength = 100;
    public const int RelationshipMaxLength = 200;
    public const string ContactNeeded = "Give your phone number or email address, so the team can reach you.";
    public const string AgreementNeeded = "Confirm that the person knows about this referral and agrees to it.";

    /// <param name="name">The referrer's name.</param>
    /// <param name="relationship">How they know the person, or the organisation they are from.</param>
    /// <param name="phone">A phone number to reach them; this or <paramref name="email"/> is needed.</param>
    /// <param name="email">An email address to reach them.</param>
    /// <param name="personAgrees">They confirm the person knows of the referral and agrees to it.</param>
    public CommunityReferrer(string? name, string? relationship, string? phone, string? email, bool personAgrees)
    {
        Name = Text.Required(name, "Your name", NameMaxLength);
        Relationship = Text.Required(relationship, "How you know the person", RelationshipMaxLength);
        Phone = ContactDetails.PhoneNumber(phone, "Your phone number");
        Email = EmailAddress.Optional(email, "Your email address");
        if (Phone is null && Email is null)
        {
            throw new DomainRuleException(ContactNeeded);
        }

        if (!personAgrees)
        {
            throw new DomainRuleException(AgreementNeeded);
        }

        PersonAgrees = true;
    }

    public string Name { get; init; }
    public string Relationship { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }

    /// <summary>Always true once made: kept so the record shows what the referrer confirmed.</summary>
    public bool PersonAgrees { get; init; }
}
