namespace Linkwork.Domain.Measures;

/// <summary>
/// When a part screens positive, with its source. A scored part is positive inside <see cref="Min"/>–<see cref="Max"/>
/// (AHC safety 11–20); an either/or screen is positive when any answer marked positive is given, and then reads
/// <see cref="Label"/> (the Hunger Vital Sign's "At risk", LOINC LA19952-3) rather than a band.
/// </summary>
public sealed record PositiveRule(string Source, decimal? Min = null, decimal? Max = null, string? Label = null, string? Code = null, string? NegativeLabel = null, string? NegativeCode = null)
{
    public bool IsPositive(decimal score) => (Min is null || score >= Min) && (Max is null || score <= Max);
}
