using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Pathway;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.People;
using Linkwork.Web.Features.Programmes;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.PublicReferrals;

/// <summary>
/// A referral from the public form, by the person themselves or by someone who knows or supports them. It always makes
/// a new person record and an unassigned episode in triage: the form never looks up, joins or reveals anyone already
/// known, so the answer is the same whoever is named. Staff see the possible duplicate on the episode instead. The
/// person, their consents, the episode, the audit lines and the team's notifications are saved together or not at all.
/// </summary>
public sealed class ReceivePublicReferral(
    LinkworkDbContext db, GetProgramme programmes, PostcodeLookup postcodes, AuditTrail audit,
    PathwayNotifications notifications, TimeProvider clock, ILogger<ReceivePublicReferral> logger)
{
    public const int WhatWouldHelpMaxLength = 2_000;

    /// <summary>
    /// Only what the public form asks: fields of a person record it does not ask for (an NHS number, an address) cannot
    /// be sent, so nobody can probe for a record by its identifier.
    /// </summary>
    public sealed record Command
    {
        public WhoIsReferring? Who { get; set; }
        public string? ReferrerName { get; set; }
        public string? ReferrerRelationship { get; set; }
        public string? ReferrerPhone { get; set; }
        public string? ReferrerEmail { get; set; }
        public bool PersonAgrees { get; set; }
        public string? GivenName { get; set; }
        public string? FamilyName { get; set; }
        public DateOnly? DateOfBirth { get; set; }
        public string? Postcode { get; set; }
        public string? Mobile { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public ContactMethod? PreferredContactMethod { get; set; }
        public string? PreferredLanguage { get; set; }
        public bool InterpreterNeeded { get; set; }
        public string? WhatWouldHelp { get; set; }
        public List<NeedCategory> Needs { get; set; } = [];
        public bool ConsentToShare { get; set; }
        public bool ConsentToSms { get; set; }
        public bool ConsentToEmail { get; set; }

        /// <summary>The directory service the form was opened from, if any: a hint for the link worker.</summary>
        public Guid? ServiceId { get; set; }
    }

    public sealed record Result(string Reference, ReferralSource Source);

    public async Task<Result> HandleAsync(ClaimsPrincipal user, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var programme = await programmes.HandleAsync(user.ProgrammeOf(), cancellationToken)
            ?? throw new DomainRuleException("This Linkwork has no programme to refer to yet.");
        var now = clock.GetUtcNow();

        var errors = new FieldErrors();
        var who = errors.Check("who", () => command.Who is { } w && Enum.IsDefined(w) ? w
            : throw new DomainRuleException("Say whether you are referring yourself or someone you know or support."));
        var referrer = who == WhoIsReferring.SomeoneElse ? CheckReferrer(command, errors) : null;
        var reasons = errors.Check("whatWouldHelp", () => Text.Required(command.WhatWouldHelp, "What would help", WhatWouldHelpMaxLength));
        errors.Check("needs", () => command.Needs.All(n => Enum.IsDefined(n)) ? true : throw new DomainRuleException("Choose kinds of support from the list."));
        if (string.IsNullOrWhiteSpace(command.Mobile) && string.IsNullOrWhiteSpace(command.Phone) && string.IsNullOrWhiteSpace(command.Email))
        {
            errors.Add("mobile", who == WhoIsReferring.SomeoneElse
                ? "Give their phone number or email address, so the team can reach them."
                : "Give your phone number or email address, so the team can reach you.");
        }

        // Last, because it throws with every field error found so far, these included.
        var (details, _) = PersonFields(command).ToDetails(errors, programme.EthnicityCodes, now);

        var person = Person.Register(Guid.CreateVersion7(now), programme.Id, details, nhsNumber: null, programme.EthnicityCodes,
            await postcodes.DecileForAsync(details.Contact?.Postcode, cancellationToken), now);
        RecordConsents(person, command, referrer is not null, now);
        var episode = Episode.ReceiveFromPublicForm(Guid.CreateVersion7(now), programme.Id, person.Id,
            await ReasonsAsync(reasons!, command, cancellationToken), PublicReferences.New(), referrer, now);

        db.People.Add(person);
        db.Episodes.Add(episode);
        audit.Record("person.created", nameof(Person), person.Id, programmeId: programme.Id);
        audit.Record("episode.create", nameof(Episode), episode.Id, programmeId: programme.Id);
        await notifications.PublicReferralWaitingAsync(episode, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        PublicReferralLog.Received(logger, episode.Id, episode.Source);
        return new Result(episode.PublicReference!, episode.Source);
    }

    /// <summary>Each part is checked on its own so every box with a problem is named, then the whole is made by the domain.</summary>
    private static CommunityReferrer? CheckReferrer(Command command, FieldErrors errors)
    {
        errors.Check("referrerName", () => Text.Required(command.ReferrerName, "Your name", CommunityReferrer.NameMaxLength));
        errors.Check("referrerRelationship", () => Text.Required(command.ReferrerRelationship, "How you know the person", CommunityReferrer.RelationshipMaxLength));
        // An empty box reads as "" and a broken one as null, so a broken box is not also told it is missing.
        var phone = errors.Check("referrerPhone", () => ContactDetails.PhoneNumber(command.ReferrerPhone, "Your phone number") ?? "");
        var email = errors.Check("referrerEmail", () => EmailAddress.Optional(command.ReferrerEmail, "Your email address") ?? "");
        if (phone == "" && email == "")
        {
            errors.Add("referrerPhone", CommunityReferrer.ContactNeeded);
        }

        if (!command.PersonAgrees)
        {
            errors.Add("personAgrees", CommunityReferrer.AgreementNeeded);
        }

        return errors.Any ? null
            : new CommunityReferrer(command.ReferrerName, command.ReferrerRelationship, command.ReferrerPhone, command.ReferrerEmail, command.PersonAgrees);
    }

    private static PersonInput PersonFields(Command command) => new()
    {
        GivenName = command.GivenName,
        FamilyName = command.FamilyName,
        DateOfBirth = command.DateOfBirth,
        Postcode = command.Postcode,
        Mobile = command.Mobile,
        Phone = command.Phone,
        Email = command.Email,
        PreferredContactMethod = command.PreferredContactMethod,
        PreferredLanguage = command.PreferredLanguage,
        InterpreterNeeded = command.InterpreterNeeded,
    };

    /// <summary>
    /// Only ticked boxes are recorded: an unticked box on a public form is not a considered "no". When a community
    /// member sent the form, the note says so, because they ticked the boxes on the person's behalf.
    /// </summary>
    private void RecordConsents(Person person, Command command, bool byCommunityReferrer, DateTimeOffset now)
    {
        var note = byCommunityReferrer
            ? "Given on the public form by the person who referred them, on their behalf"
            : "Given by the person, on the public form";
        foreach (var (kind, ticked) in new[] { (ConsentKind.ShareWithReferredOrganisations, command.ConsentToShare), (ConsentKind.ContactBySms, command.ConsentToSms), (ConsentKind.ContactByEmail, command.ConsentToEmail) })
        {
            if (ticked)
            {
                person.RecordConsent(Guid.CreateVersion7(now), kind, given: true, recordedBy: null, note, now);
                audit.Record("person.consent-given", nameof(Person), person.Id, programmeId: person.ProgrammeId);
            }
        }
    }

    /// <summary>The person's own words, then what they ticked and the service they came from, for the link worker to read.</summary>
    private async Task<string> ReasonsAsync(string inTheirWords, Command command, CancellationToken cancellationToken)
    {
        var lines = new List<string> { inTheirWords };
        if (command.Needs.Count > 0)
        {
            lines.Add("");
            lines.Add("Kinds of support ticked: " + string.Join(", ", command.Needs.Distinct().Select(n => n.Label())) + ".");
        }

        if (command.ServiceId is { } serviceId
            && await db.Services.AsNoTracking().Where(s => s.Id == serviceId).Select(s => s.Details.Name).SingleOrDefaultAsync(cancellationToken) is { } service)
        {
            lines.Add($"Sent from the directory page of: {service}.");
        }

        return string.Join('\n', lines);
    }
}

/// <summary>Who filled in the public form.</summary>
public enum WhoIsReferring
{
    Myself,
    SomeoneElse,
}
