namespace Linkwork.Data.Search;

/// <summary>
/// Cuts a short extract of a text (a service description, loaded by the caller for the page's hits only)
/// around the words that matched a search, and marks those words. Words are compared as the index compares
/// them (folded and stemmed), so the matched term "counsel" marks "Counselling" and "counsellors".
/// </summary>
public static class SearchSnippet
{
    private const string Ellipsis = "…";

    /// <summary>
    /// The extract as segments: at most <paramref name="maxLength"/> characters of <paramref name="text"/>,
    /// chosen to hold as many matches as possible and cut at spaces, with "…" where text was left out.
    /// </summary>
    /// <param name="text">The full text.</param>
    /// <param name="matchedTerms">Usually <see cref="SearchHit.MatchedTerms"/>; plain words work too.</param>
    /// <param name="maxLength">The most characters of the text to keep (at least 20).</param>
    public static IReadOnlyList<SnippetSegment> Build(string text, IReadOnlyList<string> matchedTerms, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matchedTerms);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 20);
        if (text.Length == 0)
        {
            return [];
        }

        var matches = FindMatches(text, matchedTerms);
        var (start, end) = Window(text, matches, maxLength);
        var segments = new List<SnippetSegment>();
        var plain = start > 0 ? Ellipsis : string.Empty;
        var at = start;
        foreach (var (matchStart, matchEnd) in matches)
        {
            if (matchEnd <= start || matchStart >= end)
            {
                continue;
            }

            var from = Math.Max(matchStart, start);
            var to = Math.Min(matchEnd, end);
            plain += text[at..from];
            if (plain.Length > 0)
            {
                segments.Add(new SnippetSegment(plain, false));
            }

            segments.Add(new SnippetSegment(text[from..to], true));
            plain = string.Empty;
            at = to;
        }

        plain += text[at..end] + (end < text.Length ? Ellipsis : string.Empty);
        if (plain.Length > 0)
        {
            segments.Add(new SnippetSegment(plain, false));
        }

        return segments;
    }

    /// <summary>Character ranges of the words whose stem is one of the terms, in order, overlaps merged.</summary>
    private static List<(int Start, int End)> FindMatches(string text, IReadOnlyList<string> matchedTerms)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in matchedTerms)
        {
            wanted.Add(term);
            wanted.UnionWith(SearchTokenizer.Terms(term));
        }

        var ranges = new List<(int Start, int End)>();
        if (wanted.Count == 0)
        {
            return ranges;
        }

        // A stem keeps its word's first letter (see EnglishStemmer), so a word whose first letter begins no
        // wanted term cannot match and is not stemmed: most words of a description are skipped this way.
        var initials = string.Concat(wanted.Where(w => w.Length > 0).Select(w => w[0]).Distinct());
        Span<char> buffer = stackalloc char[TokenReader.BufferLength];
        Span<char> joined = stackalloc char[TokenReader.BufferLength];
        var reader = new TokenReader(text, buffer, joined);
        while (reader.Next(out var token))
        {
            var word = reader.Current(token);
            if (initials.Contains(word[0], StringComparison.Ordinal) && !Stopwords.Contains(word) && wanted.Contains(EnglishStemmer.Stem(word.ToString())))
            {
                ranges.Add((token.Start, token.End));
            }
        }

        ranges.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    /// <summary>The stretch of text to show: the one with most matches, starting a little before its first.</summary>
    private static (int Start, int End) Window(string text, List<(int Start, int End)> matches, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return (0, text.Length);
        }

        var lead = Math.Min(maxLength / 4, 40);
        var bestStart = 0;
        var bestCount = -1;
        foreach (var (matchStart, _) in matches)
        {
            var start = Math.Max(0, matchStart - lead);
            var count = matches.Count(m => m.Start >= start && m.End <= start + maxLength);
            if (count > bestCount)
            {
                bestCount = count;
                bestStart = start;
            }
        }

        var first = matches.Count > 0 ? matches.First(m => m.Start >= bestStart).Start : int.MaxValue;
        var windowStart = bestStart;
        if (windowStart > 0)
        {
            // Start at a word: skip the rest of a cut word, but never past the first match.
            var space = text.IndexOf(' ', windowStart - 1);
            if (space >= 0 && space + 1 <= first)
            {
                windowStart = space + 1;
            }
        }

        var end = Math.Min(text.Length, windowStart + maxLength);
        if (end < text.Length)
        {
            var lastMatchEnd = matches.Where(m => m.Start >= windowStart && m.End <= end).Select(m => m.End).DefaultIfEmpty(windowStart).Max();
            var space = text.LastIndexOf(' ', end - 1);
            if (space > lastMatchEnd)
            {
                end = space;
            }
        }

        return (windowStart, end);
    }
}
