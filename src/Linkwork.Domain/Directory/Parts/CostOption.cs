namespace Linkwork.Domain.Directory.Parts;

/// <summary>A price for using a service (HSDS cost_option).</summary>
public sealed record CostOption
{
    public required Guid Id { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public string? Option { get; init; }
    /// <summary>ISO 4217 currency code, e.g. GBP.</summary>
    public string? Currency { get; init; }
    public decimal? Amount { get; init; }
    public string? AmountDescription { get; init; }
}
