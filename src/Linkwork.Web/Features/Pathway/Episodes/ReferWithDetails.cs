using System.Security.Claims;
using System.Text.Json.Serialization;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.People;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>
/// A referrer (a practice, a hospital team) refers someone by their details, as on a referral letter, without being
/// able to look anyone up. An NHS number already held in the programme joins the referral to that person; otherwise
/// a new record is made and the link worker sees any possible duplicate. The answer is the same either way, so a
/// referrer learns nothing about who the programme already knows. All or nothing, field errors named together.
/// </summary>
public sealed class ReferWithDetails(LinkworkDbContext db, PostcodeLookup postcodes, AuditTrail audit, TimeProvider clock)
{
    /// <param name="Person">The person's details, as on a referral letter.</param>
    /// <param name="Source">Who referred them.</param>
    /// <param name="Reasons">Why.</param>
    /// <param name="PersonConsentsToSharing">
    /// The referrer confirms the person agrees to their details being shared with the services they are referred to.
    /// </param>
    /// <param name="RequesterIdentifier">
    /// The referring system's own identifier for the referral (a FHIR ServiceRequest's), kept so a retry finds it.
    /// Not part of the REST API's body: only the FHIR transaction sets it.
    /// </param>
    public sealed record Command(
        PersonInput Person, ReferralSource Source, string? Reasons, bool PersonConsentsToSharing, [property: JsonIgnore] RequesterIdentifier? RequesterIdentifier = null);

    public async Task<Episode> HandleAsync(ClaimsPrincipal user, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        user.RequireMayRefer();

        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == user.ProgrammeOf(), cancellationToken);
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        errors.Check("reasons", () => Text.Required(command.Reasons, "The reason for referral", Episode.ReasonsMaxLength));
        errors.Check("source", () => Enum.IsDefined(command.Source) ? command.Source : throw new DomainRuleException($"'{command.Source}' is not a referral source."));
        var (details, nhsNumber) = (command.Person ?? new PersonInput()).ToDetails(errors, programme.EthnicityCodes, now);

        var person = nhsNumber is { } known
            ? await db.People.Include(p => p.ConsentDecisions)
                .SingleOrDefaultAsync(p => p.ProgrammeId == programme.Id && p.NhsNumber == known && p.MergedIntoId == null, cancellationToken)
            : null;
        if (person is null)
        {
            person = Person.Register(Guid.CreateVersion7(now), programme.Id, details, nhsNumber, programme.EthnicityCodes,
                await postcodes.DecileForAsync(details.Contact?.Postcode, cancellationToken), now);
            db.People.Add(person);
            audit.Record("person.created", nameof(Person), person.Id);
        }

        if (command.PersonConsentsToSharing)
        {
            person.RecordConsent(Guid.CreateVersion7(now), ConsentKind.ShareWithReferredOrganisations, given: true, user.Id(),
                "Confirmed by the referrer when referring", now);
            audit.Record("person.consent-given", nameof(Person), person.Id);
        }

        var referrerOrganisation = user.RoleOf() == Role.Referrer ? user.OrganisationOf() : null;
        var episode = Episode.Receive(
            Guid.CreateVersion7(now), programme.Id, person.Id, command.Source, command.Reasons!, referrerOrganisation, user.Id(), now, command.RequesterIdentifier);
        db.Episodes.Add(episode);
        audit.Record("episode.create", nameof(Episode), episode.Id);
        await db.SaveChangesAsync(cancellationToken);
        return episode;
    }
}
