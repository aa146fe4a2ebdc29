using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
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
        foreach (var chunk in generator.PeopleChunks())
        {
            firstPerson ??= chunk[0];
            await SaveAsync(db => db.People.AddRange(chunk), cancellationToken);
            peopleDone += chunk.Count;
            progress?.Report(new Progress("people", peopleDone, size.People));
        }

        await CreateAccountsAsync(generator, firstPerson!);
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
