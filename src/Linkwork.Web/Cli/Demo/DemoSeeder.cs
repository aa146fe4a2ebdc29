using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;
using Linkwork.Domain.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory.Search;

namespace Linkwork.Web.Cli.Demo;

/// <summary>
/// Writes a generated demo programme to the database in chunks, each in its own short-lived context, so
/// memory stays flat from a hundred services to a million.
/// </summary>
public sealed class DemoSeeder(IServiceProvider services, TimeProvider clock)
{
    public sealed record Progress(string What, int Done, int Total);

    public async Task SeedAsync(DemoSize size, IProgress<Progress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (size.People < 1 || size.Services < 1)
        {
            throw new DomainRuleException("A demo needs at least one person and one service.");
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            if (await db.Programmes.AnyAsync(cancellationToken))
            {
                throw new DomainRuleException(
                    "The database already holds a programme, and the demo never overwrites data. Use --data with an empty folder (or an empty PostgreSQL database).");
            }
        }

        // Anchored to the start of today (UTC): the same size and seed give the same records, ids included,
        // all day, while created dates and ages stay current.
        var generator = new DemoGenerator(size, new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero));
        await SaveAsync(db =>
        {
            db.Programmes.Add(generator.Programme);
            db.Organisations.Add(generator.ProgrammeTeam);
            db.Organisations.AddRange(generator.ReferrerOrganisations);
        }, cancellationToken);

        var servicesDone = 0;
        foreach (var chunk in generator.DirectoryChunks())
        {
            await SaveAsync(db =>
            {
                db.Organisations.AddRange(chunk.Organisations);
                db.Locations.AddRange(chunk.Locations);
                db.Services.AddRange(chunk.Services);
            }, cancellationToken);
            servicesDone += chunk.Services.Count;
            progress?.Report(new Progress("services", servicesDone, size.Services));
        }

        // Counted as an import, so a server already running rebuilds its search index with the new listings.
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditTrail>().RecordNowAsync(
                DirectorySearch.ImportAuditActions.Demo, "Programme", generator.Programme.Id, programmeId: generator.Programme.Id, cancellationToken: cancellationToken);
        }

        Person? firstPerson = null;
        var peopleDone = 0;
        var postcodes = new DemoPostcodeLookup();
        foreach (var chunk in generator.PeopleChunks())
        {
            firstPerson ??= chunk[0];
            await SaveAsync(db => db.People.AddRange(chunk), cancellationToken);
            peopleDone += chunk.Count;
            progress?.Report(new Progress("people", peopleDone, size.People));
            foreach (var person in chunk)
            {
                postcodes.Add(person);
            }
        }

        foreach (var rows in postcodes.Rows.Chunk(10_000))
        {
            await SaveAsync(db => db.PostcodeDeprivation.AddRange(rows), cancellationToken);
        }

        await CreateAccountsAsync(generator, firstPerson!);
        await SeedPathwayAsync(generator, size, progress, cancellationToken);
    }

    /// <summary>Episodes and onward referrals for the people, made by the demo's own accounts (who must exist first).</summary>
    private async Task SeedPathwayAsync(DemoGenerator generator, DemoSize size, IProgress<Progress>? progress, CancellationToken cancellationToken)
    {
        var cast = await CastAsync(generator, cancellationToken);
        var builder = new DemoPathwayBuilder(cast, generator.AsOf, size.Seed);
        var (index, done) = (0, 0);
        foreach (var chunk in generator.PeopleChunks(peoplePerChunk: 2_000))
        {
            var pathways = chunk.Select(person => builder.For(person, index++)).ToList();
            await SaveAsync(db => pathways.ForEach(pathway => pathway.AddTo(db)), cancellationToken);
            done += chunk.Count;
            progress?.Report(new Progress("pathways", done, size.People));
        }
    }

    private async Task<DemoPathwayCast> CastAsync(DemoGenerator generator, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var accounts = await db.Users.AsNoTracking().Where(u => u.ProgrammeId == generator.Programme.Id).Select(u => new { u.Id, u.Email, u.Role }).ToListAsync(cancellationToken);
        Guid Account(Role role) => accounts.Single(a => a.Email == DemoAccounts.For(role).Email).Id;
        var taking = db.Services.AsNoTracking().Where(s => s.Details.ReferralMode == ReferralMode.AcceptsReferrals && s.Details.Status == ServiceStatus.Active);
        return new DemoPathwayCast(
            generator.Programme,
            accounts.Where(a => a.Role == Role.LinkWorker).Select(a => a.Id).ToList(),
            Account(Role.LinkWorker),
            Account(Role.Referrer),
            generator.ReferrerOrganisations[0].Id,
            Account(Role.ProviderStaff),
            await taking.Where(s => s.OrganisationId == generator.DemoProvider.Id).ToListAsync(cancellationToken),
            // A few hundred services are plenty of variety, and loading them stays cheap at a million services.
            await taking.OrderBy(s => s.Id).Take(300).ToListAsync(cancellationToken));
    }

    private async Task SaveAsync(Action<LinkworkDbContext> add, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        add(db);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CreateAccountsAsync(DemoGenerator generator, Person person)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        foreach (var account in DemoAccounts.All.Concat(DemoAccounts.MoreLinkWorkers))
        {
            var organisationId = account.Role switch
            {
                Role.Person => (Guid?)null,
                Role.Referrer => generator.ReferrerOrganisations[0].Id,
                Role.ProviderStaff => generator.DemoProvider.Id,
                _ => generator.ProgrammeTeam.Id,
            };
            var user = new UserAccount
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.Role == Role.Person ? $"{person.GivenName} {person.FamilyName}" : account.DisplayName,
                Role = account.Role,
                ProgrammeId = generator.Programme.Id,
                OrganisationId = organisationId,
                PersonId = account.Role == Role.Person ? person.Id : null,
                CreatedAt = clock.GetUtcNow(),
            };
            var result = await users.CreateAsync(user, DemoAccounts.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create the demo {account.Role} account: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }
        }
    }
}
