using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
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
