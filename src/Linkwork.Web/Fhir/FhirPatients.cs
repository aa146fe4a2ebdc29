using System.Linq.Expressions;
using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// The Patient a caller may see, by the rules the REST API already applies. The programme team reads the whole
/// record through <see cref="GetPerson"/> (programme-scoped, audited). A provider sees a person only while a referral
/// sent to its organisation names them (<see cref="PathwayAccess"/>), and then only what the referral view shares with
/// providers (<c>ReferredPerson</c>: name, date of birth, postcode), which is what the person consented to share
/// before the referral could be sent. Anyone else finds no one. Every read is audited.
/// </summary>
public sealed class FhirPatients(LinkworkDbContext db, GetPerson getPerson, AuditTrail audit)
{
    public async Task<PatientFacts?> ReadAsync(ClaimsPrincipal user, Guid personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.WorksCaseload())
        {
            return await getPerson.HandleAsync(user, personId, cancellationToken) is { } person ? Whole(person) : null;
        }

        if (!await db.OnwardReferrals.AsNoTracking().VisibleTo(user).AnyAsync(r => r.PersonId == personId, cancellationToken))
        {
            return null;
        }

        var shared = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(SharedDetailsOf).SingleOrDefaultAsync(cancellationToken);
        if (shared is null)
        {
            return null;
        }

        await audit.RecordReadsAsync("person.read", nameof(Person), [shared.Id]);
        return Shared(shared);
    }

    /// <summary>What a provider may see of a person, as one row: the columns the referral view shares, nothing more is read.</summary>
    internal sealed record SharedDetails(Guid Id, int Version, DateTimeOffset UpdatedAt, string GivenName, string FamilyName, DateOnly DateOfBirth, string? Postcode);

    /// <summary>The projection to <see cref="SharedDetails"/>, one definition for the read and the search so they cannot drift apart.</summary>
    internal static readonly Expression<Func<Person, SharedDetails>> SharedDetailsOf =
        p => new SharedDetails(p.Id, p.Version, p.UpdatedAt, p.GivenName, p.FamilyName, p.DateOfBirth, p.Contact.Postcode);

    /// <summary>The Patient a provider sees: name, date of birth and postcode, with the record's version.</summary>
    internal static PatientFacts Shared(SharedDetails shared)
    {
        ArgumentNullException.ThrowIfNull(shared);
        return new PatientFacts(shared.Id, shared.Version, shared.UpdatedAt, shared.GivenName, shared.FamilyName, null, shared.DateOfBirth, null, null, [], [], [],
            shared.Postcode, null, false);
    }

    /// <summary>
    /// The programme's own record. Phone numbers are listed; texting and email only while the person's consent to be
    /// contacted that way is given, since a system reading them would use them. The way they prefer is ranked first.
    /// Record numbers come by system: a read and a search load the identifiers by different queries, in no set order.
    /// </summary>
    internal static PatientFacts Whole(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var contact = person.Contact;
        var preferred = person.Preferences.PreferredMethod;
        var telecom = new List<PatientTelecom>();
        if (contact.Phone is { } phone)
        {
            telecom.Add(new PatientTelecom(PatientTelecomKind.Phone, phone, preferred == ContactMethod.Phone));
        }

        if (contact.Mobile is { } mobile)
        {
            telecom.Add(new PatientTelecom(PatientTelecomKind.Mobile, mobile, preferred == ContactMethod.Phone && contact.Phone is null));
            if (person.Consents.IsGiven(ConsentKind.ContactBySms))
            {
                telecom.Add(new PatientTelecom(PatientTelecomKind.Sms, mobile, preferred == ContactMethod.Sms));
            }
        }

        if (contact.Email is { } email && person.Consents.IsGiven(ConsentKind.ContactByEmail))
        {
            telecom.Add(new PatientTelecom(PatientTelecomKind.Email, email, preferred == ContactMethod.Email));
        }

        string[] lines = [.. new[] { contact.AddressLine1, contact.AddressLine2, contact.AddressLine3 }.OfType<string>()];
        return new PatientFacts(
            person.Id, person.Version, person.UpdatedAt, person.GivenName, person.FamilyName, person.PreferredName, person.DateOfBirth, person.Sex,
            person.NhsNumber, person.LocalIdentifiers.OrderBy(i => i.System, StringComparer.Ordinal).Select(i => (i.System, i.Value)).ToList(), telecom, lines, contact.Postcode,
            person.PreferredLanguage, person.InterpreterNeeded);
    }
}
