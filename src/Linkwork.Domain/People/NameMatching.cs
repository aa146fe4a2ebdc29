using System.Globalization;
using System.Text;

namespace Linkwork.Domain.People;

/// <summary>
/// How alike two names are, after normalising away what people and systems write differently: case, accents,
/// spaces, hyphens and apostrophes ("O'Brien" and "obrien" are the same name).
/// </summary>
public static class NameMatching
{
    public static string Normalise(string? name)
    {
        var decomposed = (name ?? "").Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                kept.Append(char.ToLowerInvariant(c));
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Jaro-Winkler similarity of the normalised names, from 0 (nothing shared) to 1 (the same). It rewards a shared
    /// beginning, which suits names: typing slips and spelling variants ("Smyth", "Jon") tend to keep the start.
    /// </summary>
    public static double Similarity(string? a, string? b)
    {
        var left = Normalise(a);
        var right = Normalise(b);
        if (left.Length == 0 || right.Length == 0)
        {
            return left.Length == right.Length ? 1 : 0;
        }

        var jaro = Jaro(left, right);
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(left.Length, right.Length)) && left[prefix] == right[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }

    private static double Jaro(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        var aMatched = new bool[a.Length];
        var bMatched = new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        double m = matches;
        return ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3;
    }

    internal static string Invariant(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
