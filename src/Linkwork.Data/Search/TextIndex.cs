using Linkwork.Domain.Directory;

namespace Linkwork.Data.Search;

/// <summary>
/// The inverted index: for each term (a stem), the services it appears in with a field-weighted frequency
/// (BM25F-style: an occurrence in the name counts more than one in the description). Only tokens are kept;
/// descriptions are read once and dropped.
/// </summary>
internal sealed class TextIndex
{
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];
    private readonly List<PostingList> postings = [];
    private readonly Vocabulary vocabulary = new();

    // Per-document accumulation while indexing one service (writes are serialised, so one set suffices).
    private readonly List<int> documentTerms = [];
    private int[] documentWeights = new int[1024];

    public Vocabulary Vocabulary => vocabulary;

    public int TermCount => terms.Count;

    /// <summary>Sum of the weighted lengths of the live documents, for BM25's average length.</summary>
    public long LiveLength { get; private set; }

    public bool TryGetTerm(string stem, out int term) => termIds.TryGetValue(stem, out term);

    public string Term(int term) => terms[term];

    public PostingList Postings(int term) => postings[term];

    /// <summary>Indexes the text of a service under <paramref name="document"/>; returns its weighted length.</summary>
    public int Add(int document, SearchDocument service)
    {
        var length = 0;
        length += AddField(service.Name, Ranking.NameWeight);
        foreach (var taxonomyName in service.TaxonomyTermNames)
        {
            length += AddField(taxonomyName, Ranking.TaxonomyWeight);
        }

        if (service.Need is { } need)
        {
            length += AddField(need.Label(), Ranking.TaxonomyWeight);
        }

        length += AddField(service.AlternateName, Ranking.AlternateNameWeight);
        length += AddField(service.OrganisationName, Ranking.AlternateNameWeight);
        length += AddField(service.Description, Ranking.DescriptionWeight);

        foreach (var term in documentTerms)
        {
            postings[term].Add(document, documentWeights[term]);
            documentWeights[term] = 0;
        }

        documentTerms.Clear();
        length = Math.Min(length, ushort.MaxValue);
        LiveLength += length;
        return length;
    }

    /// <summary>Takes a removed document's length out of the average (its postings stay, skipped by status).</summary>
    public void Forget(int length) => LiveLength -= length;

    /// <summary>Finishes a batch of writes: makes new words available to prefix search.</summary>
    public void Publish() => vocabulary.Publish();

    /// <summary>Gives back the slack of growing arrays after a bulk build.</summary>
    public void Trim()
    {
        foreach (var list in postings)
        {
            list.Trim();
        }
    }

    private int AddField(string? text, int weight)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var length = 0;
        Span<char> buffer = stackalloc char[TokenReader.BufferLength];
        Span<char> joined = stackalloc char[TokenReader.BufferLength];
        var reader = new TokenReader(text, buffer, joined);
        while (reader.Next(out var token))
        {
            var word = reader.Current(token);
            if (Stopwords.Contains(word))
            {
                continue;
            }

            var term = TermFor(word);
            if (documentWeights[term] == 0)
            {
                documentTerms.Add(term);
            }

            documentWeights[term] += weight;
            if (token.Kind != TokenKind.Compound)
            {
                length += weight;
            }
        }

        return length;
    }

    private int TermFor(ReadOnlySpan<char> word)
    {
        if (vocabulary.TryGetTerm(word, out var term))
        {
            return term;
        }

        var surface = word.ToString();
        var stem = EnglishStemmer.Stem(surface);
        if (!termIds.TryGetValue(stem, out term))
        {
            term = terms.Count;
            termIds.Add(stem, term);
            terms.Add(stem);
            postings.Add(new PostingList());
            if (term >= documentWeights.Length)
            {
                Array.Resize(ref documentWeights, documentWeights.Length * 2);
            }
        }

        vocabulary.Add(surface, term);
        return term;
    }
}
