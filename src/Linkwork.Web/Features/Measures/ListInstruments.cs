using Linkwork.Interop.Measures;

namespace Linkwork.Web.Features.Measures;

/// <summary>The instruments a programme can use: the built-in ones for now, each with where its definition is.</summary>
public sealed class ListInstruments(BuiltInInstruments instruments)
{
    /// <summary>
    /// <c>Screens</c>: it has a positive screening rule (AHC, HVS, UCLA-3, PHQ-9, GAD-7, DJG-6; the wellbeing scales do
    /// not). <c>Safeguarding</c>: an answer can raise a safeguarding alert. <c>WordingLicensed</c>: the item wording is
    /// licensed and not shipped, so items carry short labels only.
    /// </summary>
    public sealed record InstrumentSummary(string Id, string Title, int ItemCount, string? PanelLoinc, bool Screens, bool Safeguarding, bool WordingLicensed, string Definition);

    public IReadOnlyList<InstrumentSummary> Handle() =>
        [.. instruments.All.Select(d => d.Instrument).Select(i => new InstrumentSummary(
            i.Id, i.Title, i.Items.Count, i.PanelLoinc, i.Parts.Any(p => p.Positive is not null), i.Safeguarding is not null, i.WordingLicensed,
            $"/api/v1/instruments/{i.Id}"))];
}
