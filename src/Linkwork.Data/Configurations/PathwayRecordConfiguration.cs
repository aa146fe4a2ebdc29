using Linkwork.Domain.Pathway;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data.Configurations;

internal static class PathwayRecordConfiguration
{
    /// <summary>What episodes and onward referrals share: the version is the concurrency token, unsaved events are not columns.</summary>
    public static void PathwayRecord<TRecord, TState>(this EntityTypeBuilder<TRecord> builder)
        where TRecord : PathwayRecord<TState>
        where TState : struct, Enum
    {
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.UnsavedEvents);
        builder.Ignore(r => r.AllowedMoves);
        // Two plain columns rather than a complex type: EF Core cannot index a complex type's columns, and the lookup by
        // identifier needs an index (each configuration adds its own, led by the programme).
        builder.Ignore(r => r.RequesterIdentifier);
        builder.Property(r => r.RequesterIdentifierSystem).HasMaxLength(RequesterIdentifier.SystemMaxLength);
        builder.Property(r => r.RequesterIdentifierValue).HasMaxLength(RequesterIdentifier.ValueMaxLength);
    }

    public static void PathwayRecord(this EntityTypeBuilder<Episode> builder) => builder.PathwayRecord<Episode, EpisodeState>();

    public static void PathwayRecord(this EntityTypeBuilder<OnwardReferral> builder) => builder.PathwayRecord<OnwardReferral, OnwardReferralState>();
}
