namespace Linkwork.Domain.Measures;

/// <summary>A published table from raw score to reported score (SWEMWBS raw 7–35 to its Rasch metric score).</summary>
public sealed record ConversionTable(IReadOnlyDictionary<int, decimal> Values, string Source)
{
    public decimal Convert(decimal raw) =>
        decimal.IsInteger(raw) && Values.TryGetValue((int)raw, out var converted)
            ? converted
            : throw new InvalidOperationException($"The conversion table has no row for raw score {InstrumentItem.Show(raw)}.");
}
