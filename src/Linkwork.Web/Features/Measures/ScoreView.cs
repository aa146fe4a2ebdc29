using Linkwork.Domain.Coding;
using Linkwork.Domain.Measures;

namespace Linkwork.Web.Features.Measures;

/// <summary>
/// A scored instrument as the API answers it. <c>score</c>, <c>band</c> and <c>positive</c> are the instrument's own
/// (null where it reports parts side by side, as AHC's domains and ONS4's measures, or has no screening rule);
/// <c>parts</c> holds each domain, subscale or measure; <c>needs</c> the Gravity SDOH categories its positive parts
/// point to; <c>safeguarding</c> is set only when an answer needs a same-day safety response.
/// </summary>
public sealed record ScoreView(
    string Instrument,
    string Title,
    decimal? Score,
    decimal? RawScore,
    string? Band,
    bool? Positive,
    ScoreView.SafeguardingView? Safeguarding,
    IReadOnlyList<ScoreView.NeedView> Needs,
    IReadOnlyList<ScoreView.PartView> Parts,
    IReadOnlyList<ScoreView.ItemView> Items,
    ScoreView.ChangeView? MeaningfulChange)
{
    public sealed record SafeguardingView(int Item, string LinkId, string Answer, string Message, string Source)
    {
        public static SafeguardingView Of(RaisedSafeguarding raised) => new(raised.ItemNumber, raised.LinkId, raised.Answer, raised.Message, raised.Source);
    }

    public sealed record NeedView(SdohCategory Category, string System, string Code, string Display)
    {
        public static NeedView Of(SdohCategory category) => new(category, SdohCategories.System, category.Code(), category.Label());
    }

    public sealed record PartView(string Id, string Label, string? Loinc, bool Scored, decimal? Score, decimal? RawScore, string? Band, string? BandCode, bool? Positive, IReadOnlyList<NeedView> Needs);

    public sealed record ItemView(int Number, string LinkId, bool Answered, IReadOnlyList<string> Answers, IReadOnlyList<string> Codes, decimal? Value);

    public sealed record ChangeView(decimal Points, string Source, string? Note);

    public static ScoreView Of(Instrument instrument, InstrumentResult result)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(result);
        return new ScoreView(
            instrument.Id,
            instrument.Title,
            result.Score,
            result.RawScore,
            result.Band,
            result.Positive,
            result.Safeguarding is { } raised ? SafeguardingView.Of(raised) : null,
            [.. result.Needs.Select(NeedView.Of)],
            [.. result.Parts.Select(p => new PartView(p.Id, p.Label, p.Loinc, p.Scored, p.Score, p.RawScore, p.Band, p.BandCode, p.Positive, [.. p.Needs.Select(NeedView.Of)]))],
            [.. result.Answers.Select(a => new ItemView(a.Number, a.LinkId, a.Answered, a.Labels, a.Codes, a.Value))],
            result.MeaningfulChange is { } change ? new ChangeView(change.Points, change.Source, change.Note) : null);
    }
}
