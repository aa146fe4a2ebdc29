namespace Linkwork.Web.Features.Measures;

/// <summary>The instruments a programme can use: the built-in ones and its own, each with where its definition is.</summary>
public sealed class ListInstruments(InstrumentCatalogue instruments)
{
    /// <summary>
    /// <c>Screens</c>: it has a positive screening rule (AHC, HVS, UCLA-3, PHQ-9, GAD-7, DJG-6; the wellbeing scales do
    /// not). <c>Safeguarding</c>: an answer can raise a safeguarding alert. <c>WordingLicensed</c>: the item wording is
    /// licensed and not shipped, so items carry short labels only until the programme loads its wording;
    /// <c>Worded</c>: every item has its wording.
    /// </summary>
    public sealed record InstrumentSummary(string Id, string Title, int ItemCount, string? PanelLoinc, bool Screens, bool Safeguarding, bool WordingLicensed, bool Worded, string Definition);

    public async Task<IReadOnlyList<InstrumentSummary>> HandleAsync(Guid? programmeId, CancellationToken cancellationToken)
    {
        var summaries = new List<InstrumentSummary>();
        foreach (var id in await instruments.IdsAsync(programmeId, cancellationToken))
        {
            var i = (await instruments.FindAsync(programmeId, id, cancellationToken))!;
            summaries.Add(new InstrumentSummary(
                i.Id, i.Title, i.Items.Count, i.PanelLoinc, i.Parts.Any(p => p.Positive is not null), i.Safeguarding is not null, i.WordingLicensed,
                i.Items.All(item => item.Text is not null), $"/api/v1/instruments/{i.Id}"));
        }

        return summaries;
    }
}
