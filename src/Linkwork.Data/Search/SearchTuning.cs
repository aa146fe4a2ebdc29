namespace Linkwork.Data.Search;

/// <summary>How the text part of a query is evaluated; the tests force each plan to check they agree.</summary>
internal enum TextPlan
{
    /// <summary>The cheapest plan for the query, by the cost estimates.</summary>
    Automatic,

    /// <summary>Always term-at-a-time through the scratch arrays (no direct merge, no driving clause, no source lookups).</summary>
    TermAtATime,

    /// <summary>Look up the filter's source documents whenever the query has one.</summary>
    FromSource,
}

/// <summary>Internal knobs of the engine: defaults for production, overridden by tests.</summary>
internal sealed record SearchTuning
{
    public static SearchTuning Default { get; } = new();

    /// <summary>A term needs at least this many postings (and a sixteenth of all services) for a dense weight array.</summary>
    public int MinimumDenseFrequency { get; init; } = 4096;

    public TextPlan Plan { get; init; } = TextPlan.Automatic;

    /// <summary>Whether a text query's radius is worked out before its text: null decides by cost.</summary>
    public bool? RadiusFirst { get; init; }
}
