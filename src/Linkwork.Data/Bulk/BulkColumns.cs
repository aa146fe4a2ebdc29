using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkwork.Data.Bulk;

/// <summary>
/// The columns of an entity's table exactly as EF maps them, taken from the model itself: each column's name, EF's
/// type mapping for it, and how to read its value off an entity (through complex properties such as
/// Service.Details) and convert it for the database (<see cref="JsonColumns"/>, enums as text, SQLite's
/// timestamps as numbers ...). A bulk write built on these cannot drift from what EF writes.
/// </summary>
internal sealed class BulkColumns
{
    private BulkColumns(string table, IReadOnlyList<BulkColumn> columns)
    {
        Table = table;
        Columns = columns;
    }

    public string Table { get; }

    public IReadOnlyList<BulkColumn> Columns { get; }

    public static BulkColumns For(IModel model, Type entityClrType)
    {
        var entityType = model.FindEntityType(entityClrType)
            ?? throw new InvalidOperationException($"{entityClrType.Name} is not an entity of the model.");
        var mapping = entityType.GetTableMappings().Single();
        var columns = new List<BulkColumn>();
        foreach (var column in mapping.Table.Columns)
        {
            var property = column.PropertyMappings.Single().Property;
            if (property.ValueGenerated != ValueGenerated.Never || property.IsShadowProperty())
            {
                // EF would leave such a column to the database or fill it from its own state: not a plain copy.
                throw new NotSupportedException($"{entityType.DisplayName()}.{property.Name} is generated or shadow; the bulk path copies plain properties only.");
            }

            var typeMapping = (RelationalTypeMapping)column.PropertyMappings.Single().TypeMapping;
            columns.Add(new BulkColumn(column.Name, column.StoreType, typeMapping, property.GetGetter()));
        }

        return new BulkColumns(mapping.Table.Name, columns);
    }
}

/// <summary>One column: its name and store type, EF's type mapping, and the getter of the property behind it.</summary>
internal sealed class BulkColumn(string name, string storeType, RelationalTypeMapping typeMapping, IClrPropertyGetter getter)
{
    public string Name { get; } = name;

    public string StoreType { get; } = storeType;

    public RelationalTypeMapping TypeMapping { get; } = typeMapping;

    /// <summary>The value EF would send for this column of <paramref name="entity"/>: converted, or null.</summary>
    public object? ProviderValue(object entity)
    {
        var value = getter.GetClrValueUsingContainingEntity(entity);
        if (value is null)
        {
            return null;
        }

        if (TypeMapping.Converter is { } converter)
        {
            return converter.ConvertToProvider(value);
        }

        // As EF sends an enum without a converter: as its number.
        return value is Enum ? Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), System.Globalization.CultureInfo.InvariantCulture) : value;
    }
}
