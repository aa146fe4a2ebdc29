namespace Linkwork.Data.Search;

/// <summary>A run of snippet text; <paramref name="IsMatch"/> marks a word that matched the search, to highlight.</summary>
public sealed record SnippetSegment(string Text, bool IsMatch);
