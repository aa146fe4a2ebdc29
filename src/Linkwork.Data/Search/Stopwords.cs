using System.Collections.Frozen;

namespace Linkwork.Data.Search;

/// <summary>
/// Words too common to tell services apart. They are neither indexed (a million-entry posting list for "the"
/// would cost megabytes and never change a ranking) nor searched for.
/// </summary>
internal static class Stopwords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but",
        "by", "can", "could", "do", "does", "each", "for", "from", "had", "has", "have", "he", "her", "here",
        "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our",
        "ours", "s", "she", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "to", "too", "us", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "will", "with", "would", "you", "your", "yours",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(string word) => Words.Contains(word);

    public static bool Contains(ReadOnlySpan<char> word) => word.Length <= 6 && SpanLookup.Contains(word);
}
