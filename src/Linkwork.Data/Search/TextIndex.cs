using Linkwork.Domain.Directory;

namespace Linkwork.Data.Search;

/// <summary>
/// The inverted index: for each term (a stem), the services it appears in with a field-weighted frequency
/// (BM25F-style: an occurrence in the name counts more than one in the description). Only tokens are kept;
/// descriptions are read once and dropped.
/// </summary>
internal sealed class TextIndex(int minimumDenseFrequency)
{
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];
    private readonly List<PostingList> postings = [];
    private readonly Vocabulary vocabulary = new();

    // Terms in a sixteenth or more of all services also get a byte per document (their weight, 0 if absent):
    // intersecting "walking" with "group" then probes one array instead of merging two long lists.
    // A handful of terms qualify, at about 1 MB each per million services.
    private readonly List<byte[]?> dense = [];
    private int denseCapacity;
    private int denseThreshold = int.MaxValue;

    // Per-document accumulation while indexing one service (writes are serialised, so one set suffices).
    private readonly List<int> documentTerms = [];
    private int[] documentWeights = new int[1024];

    public Vocabulary Vocabulary => vocabulary;

    public int TermCount => terms.Count;

    public long PostingCount => postings.Sum(p => (long)p.Count);

    public int DenseCount => dense.Count(d => d is not null);

    /// <summary>Sum of the weighted lengths of the live documents, for BM25's average length.</summary>
    public long LiveLength { get; private set; }

    public bool TryGetTerm(string stem, out int term) => termIds.TryGetValue(stem, out term);

    public string Term(int term) => terms[term];

    public PostingList Postings(int term) => postings[term];

    /// <summary>The term's weight for every document (0 when absent), for frequent terms only; else null.</summary>
    public byte[]? Dense(int term) => dense[term];

    /// <summary>Grows the dense arrays with the document columns.</summary>
    public void EnsureCapacity(int documents)
    {
        if (documents <= denseCapacity)
        {
            return;
        }

        denseCapacity = documents;
        for (var term = 0; term < dense.Count; term++)
        {
            if (dense[term] is { } weights)
            {
                Array.Resize(ref weights, documents);
                dense[term] = weights;
            }
        }
    }

    /// <summary>
    /// Gives a dense weight array to every term found in a sixteenth or more of <paramref name="documents"/>,
    /// and from now on to any term that becomes that frequent. Called after a bulk build.
    /// </summary>
    public void Densify(int documents, int capacity)
    {
        denseCapacity = Math.Max(denseCapacity, capacity);
        denseThreshold = Math.Max(minimumDenseFrequency, documents / 16);
        for (var term = 0; term < terms.Count; term++)
        {
            if (dense[term] is null && postings[term].Count >= denseThreshold)
            {
                MakeDense(term);
            }
        }
    }

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
            var list = postings[term];
            list.Add(document, documentWeights[term]);
            if (dense[term] is { } weights)
            {
                weights[document] = list.Weights[list.Count - 1];
            }
            else if (list.Count >= denseThreshold)
            {
                MakeDense(term);
            }

            documentWeights[term] = 0;
        }

        documentTerms.Clear();
        length = Math.Min(length, ushort.MaxValue);
        LiveLength += length;
        return length;
    }

    /// <summary>Takes a removed document's length out of the average (its postings stay, skipped by status).</summary>
    public void Forget(int length) => LiveLength -= length;

    /// <summary>
    /// Finishes a batch of writes: makes new words available to prefix search, and sets how frequent a term
    /// must become to get a dense array as the index grows by upserts.
    /// </summary>
    public void Publish(int liveDocuments)
    {
        vocabulary.Publish();
        denseThreshold = Math.Max(minimumDenseFrequency, liveDocuments / 16);
    }

    /// <summary>Gives back the slack of growing arrays after a bulk build.</summary>
    public void Trim()
    {
        foreach (var list in postings)
        {
            list.Trim();
        }
    }

    private void MakeDense(int term)
    {
        var weights = new byte[denseCapacity];
        var list = postings[term];
        for (var p = 0; p < list.Count; p++)
        {
            weights[list.Documents[p]] = list.Weights[p];
        }

        dense[term] = weights;
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
            dense.Add(null);
            if (term >= documentWeights.Length)
            {
                Array.Resize(ref documentWeights, documentWeights.Length * 2);
            }
        }

        vocabulary.Add(surface, term);
        return term;
    }
}
