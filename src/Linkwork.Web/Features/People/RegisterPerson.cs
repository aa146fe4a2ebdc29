using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.People;

/// <summary>
/// A link worker or supervisor adds someone to the programme. A record with an identifier someone already holds is
/// refused outright; one that looks like someone born the same day is refused until the caller confirms it is not them.
/// </summary>
public sealed class RegisterPerson(LinkworkDbContext db, AuditTrail audit, TimeProvider clock, FindDuplicates duplicates, PostcodeLookup postcodes)
{
    public sealed record Result(Person? Created, FindDuplicates.CertainMatch? CertainDuplicate, IReadOnlyList<FindDuplicates.Candidate> PossibleDuplicates);

    public async Task<Result> HandleAsync(ClaimsPrincipal user, NewPersonInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var programmeId = user.ProgrammeOf() ?? throw new InvalidOperationException("Person records need a caller of a programme.");
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == programmeId, cancellationToken);
        var now = clock.GetUtcNow();

        var errors = new FieldErrors();
        var identifiers = CheckIdentifiers(input.LocalIdentifiers ?? [], errors);
        var (details, nhsNumber) = input.ToDetails(errors, programme.EthnicityCodes, now);

        var certain = await duplicates.SameIdentifierAsync(programmeId, nhsNumber, identifiers, except: null, cancellationToken);
        if (certain is not null)
        {
            return new Result(null, certain, []);
        }

        if (!input.ConfirmNotDuplicate)
        {
            var possible = await duplicates.SimilarAsync(programmeId, details.GivenName!, details.FamilyName!, details.DateOfBirth, cancellationToken);
            if (possible.Count > 0)
            {
                // The candidates' names are shown to the caller: each is a read of that person's record.
                foreach (var candidate in possible)
                {
                    audit.Record("person.listed", nameof(Person), candidate.Id);
                }

                await db.SaveChangesAsync(cancellationToken);
                return new Result(null, null, possible);
            }
        }

        var person = Person.Register(Guid.CreateVersion7(now), programmeId, details, nhsNumber, programme.EthnicityCodes,
            await postcodes.DecileForAsync(details.Contact?.Postcode, cancellationToken), now,
            identifiers.Select(i => (Guid.CreateVersion7(now), i.System, i.Value)));

        db.People.Add(person);
        audit.Record("person.created", nameof(Person), person.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two requests raced with the same identifier and the other saved first: the unique index refused this one.
            db.ChangeTracker.Clear();
            var raced = await duplicates.SameIdentifierAsync(programmeId, nhsNumber, identifiers, except: null, cancellationToken);
            if (raced is null)
            {
                throw;
            }

            return new Result(null, raced, []);
        }

        return new Result(person, null, []);
    }

    private static List<(string System, string Value)> CheckIdentifiers(IReadOnlyList<IdentifierInput> identifiers, FieldErrors errors)
    {
        var checkedOnes = new List<(string System, string Value)>();
        for (var i = 0; i < identifiers.Count; i++)
        {
            var system = errors.Check($"localIdentifiers[{i}].system", () => Domain.Common.Text.Required(identifiers[i].System, "The identifier's system", LocalIdentifier.SystemMaxLength));
            var value = errors.Check($"localIdentifiers[{i}].value", () => Domain.Common.Text.Required(identifiers[i].Value, "The identifier's value", LocalIdentifier.ValueMaxLength));
            if (system is not null && value is not null)
            {
                if (checkedOnes.Any(c => string.Equals(c.System, system, StringComparison.OrdinalIgnoreCase)))
                {
                    errors.Add($"localIdentifiers[{i}].system", $"Only one record number per system: {system} is given twice.");
                }

                checkedOnes.Add((system, value));
            }
        }

        return checkedOnes;
    }
}
