using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Measures;
using Linkwork.Domain.Notifications;
using Linkwork.Domain.Pathway;
using Linkwork.Domain.People;
using Linkwork.Domain.Programmes;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Data;

/// <summary>
/// The one DbContext. Provider-specific differences live in <see cref="ProviderConventions"/>. It also keeps
/// the keys that protect sign-in cookies, so every instance of the app shares them and restarts keep people signed in.
/// </summary>
public sealed class LinkworkDbContext(DbContextOptions<LinkworkDbContext> options)
    : IdentityUserContext<UserAccount, Guid>(options)
{
    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();

    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<Taxonomy> Taxonomies => Set<Taxonomy>();
    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();
    public DbSet<ServiceChangeRequest> ServiceChangeRequests => Set<ServiceChangeRequest>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<LocalIdentifier> PersonIdentifiers => Set<LocalIdentifier>();
    public DbSet<HouseholdContact> HouseholdContacts => Set<HouseholdContact>();
    public DbSet<ConsentDecision> ConsentDecisions => Set<ConsentDecision>();
    public DbSet<PostcodeDeprivation> PostcodeDeprivation => Set<PostcodeDeprivation>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Episode> Episodes => Set<Episode>();
    public DbSet<OnwardReferral> OnwardReferrals => Set<OnwardReferral>();
    public DbSet<PathwayEvent> PathwayEvents => Set<PathwayEvent>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<Signpost> Signposts => Set<Signpost>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<SafeguardingConcern> SafeguardingConcerns => Set<SafeguardingConcern>();
    public DbSet<ReferralMessage> ReferralMessages => Set<ReferralMessage>();
    public DbSet<MessageToReferrer> MessagesToReferrers => Set<MessageToReferrer>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Administration> MeasureAdministrations => Set<Administration>();
    public DbSet<ProgrammeInstrument> ProgrammeInstruments => Set<ProgrammeInstrument>();
    public DbSet<TaskSubscription> TaskSubscriptions => Set<TaskSubscription>();
    public DbSet<SubscriptionDelivery> SubscriptionDeliveries => Set<SubscriptionDelivery>();

    // Every pathway move's event is saved with the record that moved, or neither is.
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var sources = AddUnsavedPathwayEvents();
        try
        {
            using var turn = await SqliteWriteQueue.WaitForTurnAsync(Database, cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            sources.ForEach(s => s.MarkEventsSaved());
            return saved;
        }
        catch (DbUpdateException exception) when (sources.Count > 0 && LostVersionRace.Is(exception))
        {
            throw LostVersionRace.AsConcurrencyException(exception);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var sources = AddUnsavedPathwayEvents();
        try
        {
            using var turn = SqliteWriteQueue.WaitForTurn(Database);
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            sources.ForEach(s => s.MarkEventsSaved());
            return saved;
        }
        catch (DbUpdateException exception) when (sources.Count > 0 && LostVersionRace.Is(exception))
        {
            throw LostVersionRace.AsConcurrencyException(exception);
        }
    }

    private List<IPathwayEventSource> AddUnsavedPathwayEvents()
    {
        var sources = ChangeTracker.Entries<IPathwayEventSource>().Select(e => e.Entity).Where(s => s.UnsavedEvents.Count > 0).ToList();
        foreach (var source in sources)
        {
            PathwayEvents.AddRange(source.UnsavedEvents);
        }

        return sources;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        ProviderConventions.Apply(configurationBuilder, Database);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LinkworkDbContext).Assembly);
        SnakeCaseNames.Apply(builder);
    }
}
