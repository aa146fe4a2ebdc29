using Linkwork.Domain.Directory;

namespace Linkwork.Data.Search;

/// <summary>
/// Counts of matches per packed facet key and per language set. Filling it costs two increments per match;
/// turning it into <see cref="SearchFacets"/> costs a pass over 2,048 keys and the language sets, whatever the
/// number of matches.
/// </summary>
internal sealed class FacetHistogram
{
    public int[] Keys { get; } = new int[FacetKeys.Size];

    public int[] LanguageSets { get; private set; } = new int[16];

    /// <summary>Empties the histogram and makes room for every language set the index knows.</summary>
    public void Reset(int languageSets)
    {
        Array.Clear(Keys);
        if (LanguageSets.Length < languageSets)
        {
            LanguageSets = new int[Math.Max(languageSets, LanguageSets.Length * 2)];
        }
        else
        {
            Array.Clear(LanguageSets);
        }
    }

    /// <summary>Counts one match. The caller has sized the histogram with <see cref="Reset"/>, so nothing is checked.</summary>
    public void Count(in DocumentRecord record)
    {
        Keys[record.FacetKey]++;
        LanguageSets[record.LanguageSet]++;
    }

    /// <summary>Adds (or with −1 takes away) one service; used to keep the whole-directory totals current.</summary>
    public void Add(in DocumentRecord record, int delta)
    {
        Keys[record.FacetKey] += delta;
        if (record.LanguageSet >= LanguageSets.Length)
        {
            var grown = LanguageSets;
            Array.Resize(ref grown, Math.Max(record.LanguageSet + 1, grown.Length * 2));
            LanguageSets = grown;
        }

        LanguageSets[record.LanguageSet] += delta;
    }

    public void AddAll(FacetHistogram other)
    {
        for (var i = 0; i < Keys.Length; i++)
        {
            Keys[i] += other.Keys[i];
        }

        for (var i = 0; i < Math.Min(LanguageSets.Length, other.LanguageSets.Length); i++)
        {
            LanguageSets[i] += other.LanguageSets[i];
        }
    }

    public int Total()
    {
        var total = 0;
        foreach (var count in Keys)
        {
            total += count;
        }

        return total;
    }

    public SearchFacets ToFacets(LanguageSets sets)
    {
        var byNeed = new Dictionary<NeedCategory, int>();
        var byMode = new Dictionary<DeliveryModes, int>();
        var byCapacity = new Dictionary<CapacityStatus, int>();
        int free = 0, paid = 0, capacityUnknown = 0;
        for (var key = 0; key < Keys.Length; key++)
        {
            var count = Keys[key];
            if (count == 0)
            {
                continue;
            }

            if (FacetKeys.NeedOf(key) is { } need)
            {
                byNeed[need] = byNeed.GetValueOrDefault(need) + count;
            }

            var modes = FacetKeys.Modes(key);
            foreach (var mode in (ReadOnlySpan<DeliveryModes>)[DeliveryModes.InPerson, DeliveryModes.Phone, DeliveryModes.Online])
            {
                if ((modes & mode) != 0)
                {
                    byMode[mode] = byMode.GetValueOrDefault(mode) + count;
                }
            }

            if (FacetKeys.IsFree(key))
            {
                free += count;
            }
            else
            {
                paid += count;
            }

            if (FacetKeys.Capacity(key) is { } capacity)
            {
                byCapacity[capacity] = byCapacity.GetValueOrDefault(capacity) + count;
            }
            else
            {
                capacityUnknown += count;
            }
        }

        var byLanguage = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var set = 0; set < Math.Min(sets.Count, LanguageSets.Length); set++)
        {
            var count = LanguageSets[set];
            if (count == 0)
            {
                continue;
            }

            foreach (var language in sets[set])
            {
                byLanguage[language] = byLanguage.GetValueOrDefault(language) + count;
            }
        }

        return new SearchFacets(byNeed, byLanguage, byMode, free, paid, byCapacity, capacityUnknown);
    }
}
