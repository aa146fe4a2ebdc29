namespace Linkwork.Domain.Measures;

/// <summary>The smallest change in a person's score that the literature counts as meaningful, with its source.</summary>
public sealed record MeaningfulChange(decimal Points, string Source, string? Note = null);
