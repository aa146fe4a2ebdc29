using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Data;

/// <summary>
/// Names every table, column, key and index in snake_case, so hand-written SQL (reports, benchmarks, the
/// PostgreSQL yardstick) reads the same on both providers without quoting.
/// </summary>
internal static class SnakeCaseNames
{
    public static void Apply(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            // Converting is idempotent, so an owned type sharing its owner's table gets the same name twice.
            if (entity.GetTableName() is { } table)
            {
                entity.SetTableName(Convert(table));
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(Convert(property.GetColumnName()));
            }

            foreach (var complex in entity.GetComplexProperties())
            {
                NameComplexColumns(complex);
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(Convert(key.GetName()!));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(Convert(foreignKey.GetConstraintName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(Convert(index.GetDatabaseName()!));
            }
        }
    }

    // A complex type's columns carry its name as a prefix (role_titles_supervisor), except a directory record's
    // Details or Listing: that is the record itself, so its columns read plainly (name, not details_name).
    private static readonly string[] UnprefixedComplexProperties = ["Details", "Listing"];

    private static void NameComplexColumns(Microsoft.EntityFrameworkCore.Metadata.IMutableComplexProperty complex)
    {
        var prefix = UnprefixedComplexProperties.Contains(complex.Name) ? "" : Convert(complex.Name) + "_";
        foreach (var property in complex.ComplexType.GetProperties())
        {
            property.SetColumnName(prefix + Convert(property.Name));
        }

        foreach (var nested in complex.ComplexType.GetComplexProperties())
        {
            NameComplexColumns(nested);
        }
    }

    public static string Convert(string name)
    {
        var result = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var startsWord = i > 0 && name[i - 1] != '_' &&
                    (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
                if (startsWord)
                {
                    result.Append('_');
                }

                result.Append(char.ToLowerInvariant(c));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
