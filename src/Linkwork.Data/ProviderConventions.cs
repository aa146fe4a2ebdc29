using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Linkwork.Data;

internal static class ProviderConventions
{
    public static void Apply(ModelConfigurationBuilder conventions, DatabaseFacade database)
    {
        if (database.IsSqlite())
        {
            // SQLite has no timestamp type and EF cannot compare or order DateTimeOffset stored as text.
            // Every timestamp is UTC, so a sortable 64-bit number loses nothing.
            conventions.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            conventions.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
