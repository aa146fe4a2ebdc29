using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory.Search;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Import;

/// <summary>
/// Applies a batch of directory records to a programme, all or nothing: every record is checked against the
/// domain's rules and against what it refers to, and if any fails the transaction is rolled back and the report
/// lists every failure. Records are matched by id, so a re-import updates in place. A full feed speaks for the
/// organisations it publishes: their active services it no longer lists become inactive, while services of
/// other organisations (curated by hand, or from another feed) are left alone.
/// </summary>
public sealed class ImportDirectory(LinkworkDbContext db, AuditTrail audit, TimeProvider clock, DirectorySearch search)
{
    // Large enough to keep round trips few, small enough that the change tracker stays cheap.
    private const int ChunkSize = 2_000;

    public async Task<ImportReport> HandleAsync(
        Guid programmeId, DirectoryBatch batch, bool fullFeed, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var duplicates = DuplicateIds(batch);
        if (duplicates.Count > 0)
        {
            return ImportReport.Rejected(duplicates);
        }

        var now = clock.GetUtcNow();
        var run = new Run(programmeId, now, progress, batch.Count);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        await ApplyTaxonomiesAsync(batch.Taxonomies, run, cancellationToken);
        await ApplyTermsAsync(batch.Terms, run, cancellationToken);
        await ApplyOrganisationsAsync(batch.Organisations, run, cancellationToken);
        await ApplyLocationsAsync(batch, run, cancellationToken);
        await ApplyServicesAsync(batch, run, cancellationToken);
        if (fullFeed && run.Errors.Count == 0)
        {
            await WithdrawUnlistedAsync(batch, run, cancellationToken);
        }

        if (run.Errors.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return ImportReport.Rejected(run.Errors);
        }

        audit.Record(fullFeed ? DirectorySearch.ImportAuditPrefix + ".full" : DirectorySearch.ImportAuditPrefix, "Programme", programmeId, programmeId: programmeId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await search.ServicesChangedAsync(run.ChangedServices, imported: true, cancellationToken);
        return new ImportReport(true, [], run.Counts, run.ChangedServices);
    }

    private async Task ApplyTaxonomiesAsync(IReadOnlyList<TaxonomyRecord> records, Run run, CancellationToken cancellationToken)
    {
        var counts = run.CountsFor("taxonomies");
        await InChunksAsync(records, run, "taxonomies", async chunk =>
        {
            var ids = chunk.Select(r => r.Id).ToList();
            var existing = await db.Taxonomies.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
            foreach (var record in chunk)
            {
                run.Try("taxonomy", record.Id, () =>
                {
                    if (existing.TryGetValue(record.Id, out var taxonomy))
                    {
                        taxonomy.Revise(record.Name, record.Description ?? "", record.Uri, record.Version);
                        Count(counts, db.Entry(taxonomy));
                    }
                    else
                    {
                        db.Taxonomies.Add(Taxonomy.Create(record.Id, record.Name, record.Description ?? "", record.Uri, record.Version));
                        counts.Created++;
                    }
                });
            }
        }, cancellationToken);
    }

    private async Task ApplyTermsAsync(IReadOnlyList<TermRecord> records, Run run, CancellationToken cancellationToken)
    {
        var counts = run.CountsFor("taxonomy terms");
        await InChunksAsync(records, run, "taxonomy terms", async chunk =>
        {
            var ids = chunk.Select(r => r.Id).ToList();
            var existing = await db.TaxonomyTerms.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
            foreach (var record in chunk)
            {
                run.Try("taxonomy term", record.Id, () =>
                {
                    if (existing.TryGetValue(record.Id, out var term))
                    {
                        // Linkwork's own need terms are fixed: a feed may use them, not rename them.
                        if (term.Need is null)
                        {
                            term.Revise(record.Name, record.Description, record.TaxonomyId, record.Code, record.ParentId, record.TaxonomyName, record.Language, record.TermUri, null);
                        }

                        Count(counts, db.Entry(term));
                    }
                    else
                    {
                        db.TaxonomyTerms.Add(TaxonomyTerm.Create(record.Id, record.Name, record.Description, record.TaxonomyId, record.Code, record.ParentId, record.TaxonomyName, record.Language, record.TermUri));
                        counts.Created++;
                    }
                });
            }
        }, cancellationToken);
    }

    private async Task ApplyOrganisationsAsync(IReadOnlyList<OrganisationRecord> records, Run run, CancellationToken cancellationToken)
    {
        var counts = run.CountsFor("organizations");
        await InChunksAsync(records, run, "organizations", async chunk =>
        {
            var ids = chunk.Select(r => r.Id).ToList();
            var existing = await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
            foreach (var record in chunk)
            {
                run.Try("organization", record.Id, () =>
                {
                    if (existing.TryGetValue(record.Id, out var organisation))
                    {
                        if (organisation.ProgrammeId != run.ProgrammeId)
                        {
                            throw new DomainRuleException("This id belongs to an organisation of another programme.");
                        }

                        organisation.ReviseListing(record.Name, record.Description, record.Website, record.Email, record.Phone, record.Listing, run.Now);
                        Count(counts, db.Entry(organisation));
                    }
                    else
                    {
                        var created = Organisation.Create(record.Id, run.ProgrammeId, record.Name, OrganisationKind.Provider, run.Now,
                            record.Description, record.Website, record.Email, record.Phone);
                        created.ReviseListing(record.Name, record.Description, record.Website, record.Email, record.Phone, record.Listing, run.Now);
                        db.Organisations.Add(created);
                        counts.Created++;
                    }
                });
            }
        }, cancellationToken);
    }

    private async Task ApplyLocationsAsync(DirectoryBatch batch, Run run, CancellationToken cancellationToken)
    {
        var organisations = await KnownOrganisationsAsync(batch, run, cancellationToken);
        var counts = run.CountsFor("locations");
        await InChunksAsync(batch.Locations, run, "locations", async chunk =>
        {
            var ids = chunk.Select(r => r.Id).ToList();
            var existing = await db.Locations.Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
            foreach (var record in chunk)
            {
                run.Try("location", record.Id, () =>
                {
                    if (record.OrganisationId is { } organisationId && !organisations.Contains(organisationId))
                    {
                        throw new DomainRuleException($"organization_id {organisationId} is neither in the feed nor in the directory.");
                    }

                    if (existing.TryGetValue(record.Id, out var location))
                    {
                        location.Revise(record.OrganisationId, record.Details, run.Now);
                        Count(counts, db.Entry(location));
                    }
                    else
                    {
                        db.Locations.Add(Location.Create(record.Id, record.OrganisationId, record.Details, run.Now));
                        counts.Created++;
                    }
                });
            }
        }, cancellationToken);
    }

    private async Task ApplyServicesAsync(DirectoryBatch batch, Run run, CancellationToken cancellationToken)
    {
        var organisations = await KnownOrganisationsAsync(batch, run, cancellationToken);
        var locations = batch.Locations.Select(l => l.Id).ToHashSet();
        locations.UnionWith(await db.Locations.Select(l => l.Id).ToListAsync(cancellationToken));
        var terms = batch.Terms.Select(t => t.Id).ToHashSet();
        terms.UnionWith(await db.TaxonomyTerms.Select(t => t.Id).ToListAsync(cancellationToken));

        var counts = run.CountsFor("services");
        await InChunksAsync(batch.Services, run, "services", async chunk =>
        {
            var ids = chunk.Select(r => r.Id).ToList();
            var existing = await db.Services.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
            foreach (var record in chunk)
            {
                run.Try("service", record.Id, () =>
                {
                    var organisationId = record.OrganisationId
                        ?? throw new DomainRuleException("A service must name the organization that runs it (organization_id).");
                    if (!organisations.Contains(organisationId))
                    {
                        throw new DomainRuleException($"organization_id {organisationId} is neither in the feed nor in the directory.");
                    }

                    if (record.Details.Locations.FirstOrDefault(at => !locations.Contains(at.LocationId)) is { } missing)
                    {
                        throw new DomainRuleException($"service_at_location {missing.Id} points at location {missing.LocationId}, which is neither in the feed nor in the directory.");
                    }

                    if (record.Details.Attributes.FirstOrDefault(a => !terms.Contains(a.TaxonomyTermId)) is { } unknown)
                    {
                        throw new DomainRuleException($"attribute {unknown.Id} uses taxonomy term {unknown.TaxonomyTermId}, which is neither in the feed nor in the directory.");
                    }

                    if (existing.TryGetValue(record.Id, out var service))
                    {
                        if (service.OrganisationId != organisationId)
                        {
                            throw new DomainRuleException($"The service belongs to organisation {service.OrganisationId}; a feed cannot move it to another.");
                        }

                        // What Linkwork adds beyond HSDS (referral mode, delivery modes) stays as curators set it.
                        service.Revise(record.Details with { ReferralMode = service.Details.ReferralMode, Need = record.Details.Need ?? service.Details.Need }, run.Now);
                        if (Count(counts, db.Entry(service)))
                        {
                            run.ChangedServices.Add(service.Id);
                        }
                    }
                    else
                    {
                        db.Services.Add(Service.Create(record.Id, organisationId, record.Details, run.Now));
                        counts.Created++;
                        run.ChangedServices.Add(record.Id);
                    }
                });
            }
        }, cancellationToken);
    }

    private async Task WithdrawUnlistedAsync(DirectoryBatch batch, Run run, CancellationToken cancellationToken)
    {
        var listed = batch.Services.Select(s => s.Id).ToHashSet();
        var publishers = batch.Services.Select(s => s.OrganisationId).Concat(batch.Organisations.Select(o => (Guid?)o.Id)).ToHashSet();
        var unlisted = new List<Guid>();
        foreach (var chunk in publishers.OfType<Guid>().Chunk(ChunkSize))
        {
            unlisted.AddRange(await (
                    from service in db.Services
                    join organisation in db.Organisations on service.OrganisationId equals organisation.Id
                    where organisation.ProgrammeId == run.ProgrammeId && chunk.Contains(service.OrganisationId)
                        && (service.Details.Status == ServiceStatus.Active || service.Details.Status == ServiceStatus.TemporarilyClosed)
                    select service.Id)
                .ToListAsync(cancellationToken));
        }

        unlisted.RemoveAll(listed.Contains);

        var counts = run.CountsFor("services");
        foreach (var chunk in unlisted.Chunk(ChunkSize))
        {
            var services = await db.Services.Where(s => chunk.Contains(s.Id)).ToListAsync(cancellationToken);
            foreach (var service in services)
            {
                service.Withdraw(run.Now);
                run.ChangedServices.Add(service.Id);
                counts.Withdrawn++;
            }

            await SaveAndForgetAsync(cancellationToken);
        }
    }

    private async Task<HashSet<Guid>> KnownOrganisationsAsync(DirectoryBatch batch, Run run, CancellationToken cancellationToken)
    {
        var known = batch.Organisations.Select(o => o.Id).ToHashSet();
        known.UnionWith(await db.Organisations.Where(o => o.ProgrammeId == run.ProgrammeId).Select(o => o.Id).ToListAsync(cancellationToken));
        return known;
    }

    private async Task InChunksAsync<T>(IReadOnlyList<T> records, Run run, string stage, Func<T[], Task> apply, CancellationToken cancellationToken)
    {
        foreach (var chunk in records.Chunk(ChunkSize))
        {
            await apply(chunk);
            // Once a record has failed nothing will be kept, so the rest is only checked, not written.
            if (run.Errors.Count == 0)
            {
                await SaveAndForgetAsync(cancellationToken);
            }
            else
            {
                db.ChangeTracker.Clear();
            }

            run.Advance(stage, chunk.Length);
        }
    }

    private async Task SaveAndForgetAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Counts a revised record as updated or unchanged; true when it changed.</summary>
    private static bool Count(ImportCounts counts, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        entry.DetectChanges();
        if (entry.State == EntityState.Modified)
        {
            counts.Updated++;
            return true;
        }

        counts.Unchanged++;
        return false;
    }

    private static List<RecordError> DuplicateIds(DirectoryBatch batch)
    {
        IEnumerable<(string Entity, Guid Id)> all =
        [
            .. batch.Taxonomies.Select(r => ("taxonomy", r.Id)), .. batch.Terms.Select(r => ("taxonomy term", r.Id)),
            .. batch.Organisations.Select(r => ("organization", r.Id)), .. batch.Locations.Select(r => ("location", r.Id)),
            .. batch.Services.Select(r => ("service", r.Id)),
        ];
        return [.. all.GroupBy(r => r).Where(g => g.Count() > 1)
            .Select(g => new RecordError(g.Key.Entity, g.Key.Id.ToString(), "feed", $"The id appears {g.Count()} times; each record needs its own id."))];
    }

    /// <summary>The state of one import as it goes.</summary>
    private sealed class Run(Guid programmeId, DateTimeOffset now, IProgress<ImportProgress>? progress, int total)
    {
        private int _done;

        public Guid ProgrammeId { get; } = programmeId;
        public DateTimeOffset Now { get; } = now;
        public List<RecordError> Errors { get; } = [];
        public Dictionary<string, ImportCounts> Counts { get; } = [];
        public List<Guid> ChangedServices { get; } = [];

        public ImportCounts CountsFor(string entity)
        {
            if (!Counts.TryGetValue(entity, out var counts))
            {
                Counts[entity] = counts = new ImportCounts();
            }

            return counts;
        }

        public void Try(string entity, Guid id, Action apply)
        {
            try
            {
                apply();
            }
            catch (DomainRuleException failure)
            {
                Errors.Add(new RecordError(entity, id.ToString(), "database", failure.Message));
            }
        }

        public void Advance(string stage, int records)
        {
            _done += records;
            progress?.Report(new ImportProgress(stage, _done, total));
        }
    }
}
