namespace Linkwork.Data.Search;

/// <summary>
/// Turns query text into clauses against the current vocabulary: words are folded and stemmed; a phrase
/// in the synonym table becomes one clause with its synonyms as weaker alternatives; the last word also
/// matches as a prefix ("couns" finds counselling); a word the index has never seen, with no synonyms,
/// is matched against vocabulary words one or two typos away.
/// </summary>
internal static class TextQueryCompiler
{
    public const int MaxWords = 8;
    private const int MinPrefixLength = 2;
    private const int PrefixWordsExamined = 5_000;
    private const int MaxPrefixTerms = 16;
    private const int MaxTypoTerms = 8;

    /// <summary>The compiled query, or null when the text has no searchable words (only stopwords or punctuation).</summary>
    public static TextQuery? Compile(string text, TextIndex index, SynonymTable synonyms)
    {
        var words = SearchTokenizer.Words(text).Where(w => !Stopwords.Contains(w)).Take(MaxWords).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var stems = words.Select(EnglishStemmer.Stem).ToList();
        var clauses = new List<Clause>();
        for (var i = 0; i < words.Count;)
        {
            var alternatives = new Dictionary<string, Alternative>(StringComparer.Ordinal);
            var hasSynonyms = synonyms.TryMatch(stems, i, out var length, out var expansions);
            if (!hasSynonyms)
            {
                length = 1;
            }

            if (TermsOf(stems.Skip(i).Take(length), index) is { } direct)
            {
                Add(alternatives, direct, 1f);
            }

            var directTerms = TermsOf(stems.Skip(i).Take(length), index);
            foreach (var expansion in expansions)
            {
                // An expansion holding every word typed ("walking group" for "walking") finds nothing new and
                // scores below the word itself: it would only cost time.
                if (TermsOf(expansion, index) is { } terms && (directTerms is null || !directTerms.All(terms.Contains)))
                {
                    // A synonym stands for the words it replaces: "lunch club" for "lonely" is worth one
                    // word, not two, or a two-word synonym would outscore the word that was typed.
                    Add(alternatives, terms, Ranking.SynonymWeight * length / terms.Length);
                }
            }

            if (length == 1)
            {
                var word = words[i];
                if (i == words.Count - 1 && word.Length >= MinPrefixLength)
                {
                    AddCompletions(alternatives, word, index);
                }

                if (alternatives.Count == 0 && !hasSynonyms && !index.Vocabulary.Contains(word))
                {
                    AddCorrections(alternatives, word, index);
                }
            }

            if (alternatives.Count > 0)
            {
                var list = alternatives.Values.ToList();
                clauses.Add(new Clause(list) { Cost = list.Sum(a => (long)a.Terms.Min(t => index.Postings(t).Count)) });
            }

            i += length;
        }

        return new TextQuery(clauses);
    }

    private static void AddCompletions(Dictionary<string, Alternative> alternatives, string prefix, TextIndex index)
    {
        // When the word typed is itself a word of the index, its completions must be at least a hundredth as
        // common to be worth reading: "food" should bring in "foodbank", not a street name that starts "Food".
        var vocabulary = index.Vocabulary;
        var typed = vocabulary.TryGetTerm(prefix, out var term) ? index.Postings(term).Count : 0;
        var terms = vocabulary.StartingWith(prefix, PrefixWordsExamined)
            .Select(vocabulary.TermOf)
            .Distinct()
            .Select(t => (Term: t, Frequency: index.Postings(t).Count))
            .Where(t => t.Frequency * 100L >= typed)
            .OrderByDescending(t => t.Frequency)
            .Take(MaxPrefixTerms);
        foreach (var (completion, _) in terms)
        {
            Add(alternatives, [completion], Ranking.PrefixWeight);
        }
    }

    private static void AddCorrections(Dictionary<string, Alternative> alternatives, string word, TextIndex index)
    {
        var vocabulary = index.Vocabulary;
        var corrections = vocabulary.Near(word)
            .Select(n => (Term: vocabulary.TermOf(n.Id), n.Distance))
            .GroupBy(n => n.Term)
            .Select(g => (Term: g.Key, Distance: g.Min(n => n.Distance)))
            .OrderBy(n => n.Distance)
            .ThenByDescending(n => index.Postings(n.Term).Count)
            .Take(MaxTypoTerms);
        foreach (var (term, distance) in corrections)
        {
            Add(alternatives, [term], distance <= 1 ? Ranking.OneTypoWeight : Ranking.TwoTyposWeight);
        }
    }

    /// <summary>The term ids of the stems, or null if any stem is not in the index (the phrase cannot match).</summary>
    private static int[]? TermsOf(IEnumerable<string> stems, TextIndex index)
    {
        var terms = new List<int>();
        foreach (var stem in stems)
        {
            if (!index.TryGetTerm(stem, out var term))
            {
                return null;
            }

            if (!terms.Contains(term))
            {
                terms.Add(term);
            }
        }

        return terms.Count == 0 ? null : [.. terms];
    }

    /// <summary>Adds an alternative unless the same terms are already there with at least this weight.</summary>
    private static void Add(Dictionary<string, Alternative> alternatives, int[] terms, float weight)
    {
        Array.Sort(terms);
        var key = string.Join(',', terms);
        if (!alternatives.TryGetValue(key, out var existing) || existing.Weight < weight)
        {
            alternatives[key] = new Alternative(terms, weight);
        }
    }
}
