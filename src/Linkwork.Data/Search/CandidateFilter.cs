using System.Runtime.CompilerServices;

namespace Linkwork.Data.Search;

/// <summary>
/// The query's filters, checked against a service's packed <see cref="DocumentRecord"/> in order of cheapness,
/// reading its <see cref="DocumentDetails"/> only for the age and opening filters. Distance is not checked
/// here: it costs the most and the caller knows when it is needed.
/// </summary>
internal sealed class CandidateFilter
{
    public const int None = -1;

    private readonly OpeningHours hours;
    private readonly DocumentDetails[] details;

    public CandidateFilter(OpeningHours hours, DocumentDetails[] details)
    {
        this.hours = hours;
        this.details = details;
    }

    /// <summary>0 for active only; 1 to include temporarily closed. Removed documents (255) never pass.</summary>
    public byte MaxStatus { get; init; }

    public bool ReferralsOnly { get; init; }

    public int Need { get; init; } = None;

    public int Age { get; init; } = None;

    public bool[]? LanguageSets { get; init; }

    public bool FreeOnly { get; init; }

    public int ModeMask { get; init; }

    public ulong[]? TaxonomyDocuments { get; init; }

    public int OpenAtSecond { get; init; } = None;

    public ulong[]? OpenSlot { get; init; }

    /// <summary>Whether any filter beyond status is set; fixed once the filter is built (see <see cref="Seal"/>).</summary>
    public bool FiltersAttributes { get; private set; }

    /// <summary>
    /// This filter without the criterion that a candidate source already guarantees (the documents of a need
    /// list all have that need), so scanning the source does not check it again for every document.
    /// </summary>
    public CandidateFilter Without(bool need = false, bool taxonomy = false) =>
        new CandidateFilter(hours, details)
        {
            MaxStatus = MaxStatus,
            ReferralsOnly = ReferralsOnly,
            Need = need ? None : Need,
            Age = Age,
            LanguageSets = LanguageSets,
            FreeOnly = FreeOnly,
            ModeMask = ModeMask,
            TaxonomyDocuments = taxonomy ? null : TaxonomyDocuments,
            OpenAtSecond = OpenAtSecond,
            OpenSlot = OpenSlot,
        }.Seal();

    /// <summary>Works out once whether attributes need checking at all, so the common case is one comparison.</summary>
    public CandidateFilter Seal()
    {
        FiltersAttributes = ReferralsOnly || Need != None || Age != None || LanguageSets is not null || FreeOnly
            || ModeMask != 0 || TaxonomyDocuments is not null || OpenAtSecond != None;
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Accepts(int document, in DocumentRecord record)
    {
        if (record.Status > MaxStatus)
        {
            return false;
        }

        if (!FiltersAttributes)
        {
            return true;
        }

        return AcceptsAttributes(document, record);
    }

    private bool AcceptsAttributes(int document, in DocumentRecord record)
    {
        var key = record.FacetKey;
        if ((Need != None && FacetKeys.Need(key) != Need)
            || (FreeOnly && !FacetKeys.IsFree(key))
            || (ModeMask != 0 && ((int)FacetKeys.Modes(key) & ModeMask) == 0)
            || (ReferralsOnly && !record.AcceptsReferrals)
            || (LanguageSets is not null && !LanguageSets[record.LanguageSet])
            || (TaxonomyDocuments is not null && !Bits.Get(TaxonomyDocuments, document)))
        {
            return false;
        }

        if (Age != None)
        {
            ref readonly var detail = ref details[document];
            if (Age < detail.MinimumAge || Age > detail.MaximumAge)
            {
                return false;
            }
        }

        if (OpenAtSecond != None)
        {
            return Bits.Get(OpenSlot!, document) && (record.OpeningsOnSlotBoundaries || hours.IsOpen(details[document], OpenAtSecond));
        }

        return true;
    }
}
