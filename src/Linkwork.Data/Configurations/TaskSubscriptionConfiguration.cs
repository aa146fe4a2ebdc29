using Linkwork.Domain.Access;
using Linkwork.Domain.Notifications;
using Linkwork.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal sealed class TaskSubscriptionConfiguration : IEntityTypeConfiguration<TaskSubscription>
{
    public void Configure(EntityTypeBuilder<TaskSubscription> builder)
    {
        builder.ToTable("fhir_subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Criteria).HasMaxLength(TaskSubscription.CriteriaMaxLength);
        builder.Property(s => s.States).HasMaxLength(TaskSubscription.StatesMaxLength);
        builder.Property(s => s.Reason).HasMaxLength(TaskSubscription.ReasonMaxLength);
        builder.Property(s => s.Endpoint).HasMaxLength(SubscriptionEndpoint.MaxLength);
        builder.Property(s => s.Headers).HasMaxLength(TaskSubscription.HeadersMaxLength);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Error).HasMaxLength(TaskSubscription.ErrorMaxLength);
        builder.Ignore(s => s.StateFilter);
        builder.HasOne<ApiClient>().WithMany().HasForeignKey(s => s.ApiClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Programme>().WithMany().HasForeignKey(s => s.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        // A client lists its own; the worker serves the active ones.
        builder.HasIndex(s => s.ApiClientId);
        builder.HasIndex(s => s.Status);
    }
}
