using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class TaxonomyConfiguration : IEntityTypeConfiguration<Taxonomy>
{
    public void Configure(EntityTypeBuilder<Taxonomy> builder)
    {
        builder.ToTable("taxonomies");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasData(NeedTaxonomy.Taxonomy());
    }
}

internal sealed class TaxonomyTermConfiguration : IEntityTypeConfiguration<TaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> builder)
    {
        builder.ToTable("taxonomy_terms");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(500);
        builder.Property(t => t.Code).HasMaxLength(100);
        builder.Property(t => t.Need).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<Taxonomy>().WithMany().HasForeignKey(t => t.TaxonomyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.Need).IsUnique();
        builder.HasIndex(t => t.ParentId);

        // Linkwork's own need categories are there from the first migration, so every service can be classified by them.
        builder.HasData(NeedTaxonomy.Terms());
    }
}
