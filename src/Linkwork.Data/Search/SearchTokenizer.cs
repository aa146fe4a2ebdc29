namespace Linkwork.Data.Search;

/// <summary>
/// The text analysis shared by indexing, querying and snippets: words are runs of Unicode letters and digits,
/// lower-cased with accents removed; index terms are those words without stopwords, stemmed.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Longer words are skipped (codes, addresses), which also bounds the work per word.</summary>
    public const int MaxWordLength = 40;

    /// <summary>
    /// The folded words of a query, in order, stopwords included. A hyphenated word is given joined up
    /// ("well-being" gives "wellbeing"), which the index also holds for every hyphenated word it sees.
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        Span<char> buffer = stackalloc char[TokenReader.BufferLength];
        Span<char> joined = stackalloc char[TokenReader.BufferLength];
        var reader = new TokenReader(text, buffer, joined);
        while (reader.Next(out var token))
        {
            if (token.Kind != TokenKind.Part)
            {
                words.Add(reader.Current(token).ToString());
            }
        }

        return words;
    }

    /// <summary>The index terms a text gives: its words without stopwords, stemmed.</summary>
    public static IReadOnlyList<string> Terms(string text) =>
        [.. Words(text).Where(w => !Stopwords.Contains(w)).Select(EnglishStemmer.Stem)];

    /// <summary>Whether the folded word is too common to be indexed or searched.</summary>
    public static bool IsStopword(string word) => Stopwords.Contains(word);
}
