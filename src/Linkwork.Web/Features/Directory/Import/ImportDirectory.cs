using Linkwork.Data;
using Linkwork.Data.Bulk;
using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;
using Linkwork.Interop.Hsds;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory.Search;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Import;

/// <summary>
/// Applies a read and schema-checked HSDS feed to a programme, all or nothing: every record is checked against the
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
        Guid programmeId, HsdsBatch feed, bool fullFeed, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var duplicates = DuplicateIds(feed);
        if (duplicates.Count > 0)
        {
            return ImportReport.Rejected(duplicates);
        }

        var total = feed.Taxonomies.Count + feed.TaxonomyTerms.Count + feed.Organisations.Count + feed.Locations.Count + feed.Services.Count;
        var run = new Run(programmeId, clock.GetUtcNow(), progress, total);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Existing rows are looked up with EF.Parameter: the ids travel as one JSON parameter. As thousands of
        // parameters (EF's default for a list) SQLite would look every name up one by one, which costs more than the query.
        await UpsertAsync(run, "taxonomy", "taxonomies", feed.Taxonomies, t => t.Id,
            ids => db.Taxonomies.Where(t => EF.Parameter(ids).Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken),
            create: t => t,
            revise: (t, taxonomy) => taxonomy.Revise(t.Name, t.Description, t.Uri, t.Version),
            cancellationToken: cancellationToken);

        await UpsertAsync(run, "taxonomy term", "taxonomy terms", feed.TaxonomyTerms, t => t.Id,
            ids => db.TaxonomyTerms.Where(t => EF.Parameter(ids).Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken),
            create: t => t,
            revise: (t, term) =>
            {
                // Linkwork's own need terms are fixed: a feed may use them, not rename them.
                if (term.Need is null)
                {
                    term.Revise(t.Name, t.Description, t.TaxonomyId, t.Code, t.ParentId, t.TaxonomyName, t.Language, t.TermUri, null);
                }
            },
            cancellationToken: cancellationToken);

        await UpsertAsync(run, "organization", "organizations", feed.Organisations, o => o.Id,
            ids => db.Organisations.AsNoTracking().Where(o => EF.Parameter(ids).Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken),
            create: o => o.CreateOrganisation(run.ProgrammeId, run.Now),
            revise: (o, organisation) =>
            {
                if (organisation.ProgrammeId != run.ProgrammeId)
                {
                    throw new DomainRuleException("This id belongs to an organisation of another programme.");
                }

                o.ApplyTo(organisation, run.Now);
            },
            content: organisation => organisation.Listing,
            cancellationToken: cancellationToken);

        // Known after the feed's organisations are in: what locations and services may point at.
        var organisations = (await db.Organisations.Where(o => o.ProgrammeId == run.ProgrammeId).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        organisations.UnionWith(feed.Organisations.Select(o => o.Id));

        await UpsertAsync(run, "location", "locations", feed.Locations, l => l.Id,
            ids => db.Locations.AsNoTracking().Where(l => EF.Parameter(ids).Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken),
            create: l => l.CreateLocation(run.Now),
            revise: (l, location) => location.Revise(l.OrganisationId, l.Details, run.Now),
            content: location => location.Details,
            check: l => RequireKnown("organization_id", l.OrganisationId, organisations),
            cancellationToken: cancellationToken);

        var locations = (await db.Locations.Select(l => l.Id).ToListAsync(cancellationToken)).ToHashSet();
        locations.UnionWith(feed.Locations.Select(l => l.Id));
        var terms = (await db.TaxonomyTerms.Select(t => t.Id).ToListAsync(cancellationToken)).ToHashSet();
        terms.UnionWith(feed.TaxonomyTerms.Select(t => t.Id));

        await UpsertAsync(run, "service", "services", feed.Services, s => s.Id,
            ids => db.Services.AsNoTracking().Where(s => EF.Parameter(ids).Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken),
            create: s => s.CreateService(run.Now),
            revise: (s, service) =>
            {
                if (service.OrganisationId != s.OrganisationId)
                {
                    throw new DomainRuleException($"The service belongs to organisation {service.OrganisationId}; a feed cannot move it to another.");
                }

                // What Linkwork adds beyond HSDS (referral mode, need) stays as curators set it.
                service.Revise(s.Details with { ReferralMode = service.Details.ReferralMode, Need = s.Details.Need ?? service.Details.Need }, run.Now);
            },
            content: service => service.Details,
            check: s =>
            {
                RequireKnown("organization_id", s.OrganisationId, organisations);
                if (s.Details.Locations.FirstOrDefault(at => !locations.Contains(at.LocationId)) is { } missing)
                {
                    throw new DomainRuleException($"service_at_location {missing.Id} points at location {missing.LocationId}, which is neither in the feed nor in the directory.");
                }

                if (s.Details.Attributes.FirstOrDefault(a => !terms.Contains(a.TaxonomyTermId)) is { } unknown)
                {
                    throw new DomainRuleException($"attribute {unknown.Id} uses taxonomy term {unknown.TaxonomyTermId}, which is neither in the feed nor in the directory.");
                }
            },
            changed: run.ChangedServices.Add,
            cancellationToken: cancellationToken);

        if (fullFeed && run.Errors.Count == 0)
        {
            await WithdrawUnlistedAsync(feed, run, cancellationToken);
        }

        if (run.Errors.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return ImportReport.Rejected(run.Errors);
        }

        audit.Record(fullFeed ? DirectorySearch.ImportAuditActions.Full : DirectorySearch.ImportAuditActions.Partial, "Programme", programmeId, programmeId: programmeId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await search.ServicesChangedAsync(run.ChangedServices, imported: true, cancellationToken);
        return new ImportReport(true, [], run.Counts, run.ChangedServices);
    }

    /// <summary>
    /// Creates the records that are new and revises those that exist, a chunk at a time, counting which changed.
    /// A broken rule becomes that record's error; once there is one, the rest are only checked, not written.
    /// </summary>
    private async Task UpsertAsync<TRecord, TEntity>(
        Run run, string entity, string plural, IReadOnlyList<TRecord> records, Func<TRecord, Guid> idOf,
        Func<List<Guid>, Task<Dictionary<Guid, TEntity>>> loadExisting, Func<TRecord, TEntity> create, Action<TRecord, TEntity> revise,
        Action<TRecord>? check = null, Action<Guid>? changed = null, Func<TEntity, object>? content = null, CancellationToken cancellationToken = default)
        where TEntity : class
    {
        var counts = run.CountsFor(plural);
        var fresh = new List<TEntity>(ChunkSize);
        foreach (var chunk in records.Chunk(ChunkSize))
        {
            var existing = await loadExisting([.. chunk.Select(idOf)]);
            fresh.Clear();
            foreach (var record in chunk)
            {
                var id = idOf(record);
                run.Try(entity, id, () =>
                {
                    check?.Invoke(record);
                    if (existing.TryGetValue(id, out var current))
                    {
                        var before = content?.Invoke(current);
                        revise(record, current);
                        if (!Changed(current, before, content))
                        {
                            counts.Unchanged++;
                            return;
                        }

                        counts.Updated++;
                    }
                    else
                    {
                        fresh.Add(create(record));
                        counts.Created++;
                    }

                    changed?.Invoke(id);
                });
            }

            await SaveChunkAsync(run, cancellationToken);
            if (run.Errors.Count == 0)
            {
                // New rows skip the change tracker: nothing about them needs tracking, and that is most of an import's cost.
                await db.InsertNewAsync(fresh, cancellationToken);
            }

            run.Advance(plural, chunk.Length);
        }
    }

    private async Task WithdrawUnlistedAsync(HsdsBatch feed, Run run, CancellationToken cancellationToken)
    {
        var listed = feed.Services.Select(s => s.Id).ToHashSet();
        var publishers = feed.Services.Select(s => s.OrganisationId).Concat(feed.Organisations.Select(o => o.Id)).ToHashSet();
        var unlisted = new List<Guid>();
        foreach (var chunk in publishers.Chunk(ChunkSize))
        {
            unlisted.AddRange(await (
                    from service in db.Services
                    join organisation in db.Organisations on service.OrganisationId equals organisation.Id
                    where organisation.ProgrammeId == run.ProgrammeId && chunk.Contains(service.OrganisationId)
                        && ServiceStatuses.Listed.Contains(service.Details.Status)
                    select service.Id)
                .ToListAsync(cancellationToken));
        }

        unlisted.RemoveAll(listed.Contains);
        var counts = run.CountsFor("services");
        foreach (var chunk in unlisted.Chunk(ChunkSize))
        {
            foreach (var service in await db.Services.Where(s => chunk.Contains(s.Id)).ToListAsync(cancellationToken))
            {
                service.Withdraw(run.Now);
                run.ChangedServices.Add(service.Id);
                counts.Withdrawn++;
            }

            await SaveChunkAsync(run, cancellationToken);
        }
    }

    private static void RequireKnown(string field, Guid? id, HashSet<Guid> known)
    {
        if (id is { } value && !known.Contains(value))
        {
            throw new DomainRuleException($"{field} {value} is neither in the feed nor in the directory.");
        }
    }

    private async Task SaveChunkAsync(Run run, CancellationToken cancellationToken)
    {
        if (run.Errors.Count == 0)
        {
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Whether revising changed an entity. Organisations, locations and services are loaded untracked: their
    /// revisions replace one part (<paramref name="content"/>) whenever anything changes, so comparing that part's
    /// reference says it, and only a changed one is handed to EF to update. Taxonomies are few and tracked.
    /// </summary>
    private bool Changed<TEntity>(TEntity entity, object? before, Func<TEntity, object>? content)
        where TEntity : class
    {
        if (content is null)
        {
            var entry = db.Entry(entity);
            entry.DetectChanges();
            return entry.State == EntityState.Modified;
        }

        if (ReferenceEquals(before, content(entity)))
        {
            return false;
        }

        db.Update(entity);
        return true;
    }

    private static List<RecordError> DuplicateIds(HsdsBatch feed)
    {
        IEnumerable<(string Entity, Guid Id)> all =
        [
            .. feed.Taxonomies.Select(r => ("taxonomy", r.Id)), .. feed.TaxonomyTerms.Select(r => ("taxonomy term", r.Id)),
            .. feed.Organisations.Select(r => ("organization", r.Id)), .. feed.Locations.Select(r => ("location", r.Id)),
            .. feed.Services.Select(r => ("service", r.Id)),
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
