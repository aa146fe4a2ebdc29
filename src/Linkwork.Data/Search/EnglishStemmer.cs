using System.Collections.Frozen;

namespace Linkwork.Data.Search;

/// <summary>
/// Reduces an English word to its stem so that "groups" meets "group" and "walking" meets "walk".
/// This follows the Porter2 (Snowball English) algorithm, with four additions for British spelling and the
/// words of a service directory: "-ise", "-iser" and "-isation" are treated like "-ize", "-izer" and
/// "-ization", and "-or" is removed like "-er", so "counsellor", "counselling" and "counseling" all stem to
/// "counsel". Input is a folded (lower-case, unaccented) word; anything that is not plain a–z is returned
/// unchanged. Every rule works on suffixes, so a stem always starts with its word's first letter (snippets
/// rely on this).
/// </summary>
public static class EnglishStemmer
{
    private static readonly FrozenDictionary<string, string> WholeWordExceptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> InvariantAfterStep1A = new[]
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Each table is searched longest suffix first: Porter2 acts on the longest suffix that matches, or not at all.
    private static readonly (string Suffix, string Replacement)[] Step2Suffixes = ByLengthDescending(
    [
        ("ization", "ize"), ("isation", "ise"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"),
        ("iveness", "ive"), ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"),
        ("ation", "ate"), ("alism", "al"), ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"),
        ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("iser", "ise"), ("ator", "ate"),
        ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ]);

    private static readonly (string Suffix, string Replacement)[] Step3Suffixes = ByLengthDescending(
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("alise", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ]);

    private static readonly string[] Step4Suffixes =
    [
        .. new[]
        {
            "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
            "ise", "ion", "al", "er", "ic", "or",
        }.OrderByDescending(s => s.Length),
    ];

    /// <summary>The stem of a folded word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2 || !IsPlainLetters(word))
        {
            return word;
        }

        if (WholeWordExceptions.TryGetValue(word, out var exception))
        {
            return exception;
        }

        var w = new StemmedWord(word);
        w.Step1A();
        if (InvariantAfterStep1A.Contains(w.ToString()))
        {
            return w.ToString();
        }

        w.Step1B();
        w.Step1C();
        w.Step2(Step2Suffixes);
        w.Step3(Step3Suffixes);
        w.Step4(Step4Suffixes);
        w.Step5();
        return w.ToString();
    }

    private static bool IsPlainLetters(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static (string, string)[] ByLengthDescending((string Suffix, string Replacement)[] rules) =>
        [.. rules.OrderByDescending(r => r.Suffix.Length)];

    /// <summary>The word being stemmed, with its R1 and R2 regions (Porter2's names).</summary>
    private sealed class StemmedWord
    {
        private readonly char[] chars;
        private readonly int r1;
        private readonly int r2;
        private int length;

        public StemmedWord(string word)
        {
            // Room for the "e" that step 1b may add.
            chars = new char[word.Length + 1];
            word.CopyTo(0, chars, 0, word.Length);
            length = word.Length;

            // A "y" that acts as a consonant is marked "Y" so that it is not taken for a vowel.
            if (chars[0] == 'y')
            {
                chars[0] = 'Y';
            }

            for (var i = 1; i < length; i++)
            {
                if (chars[i] == 'y' && IsVowel(chars[i - 1]))
                {
                    chars[i] = 'Y';
                }
            }

            r1 = word.StartsWith("gener", StringComparison.Ordinal) || word.StartsWith("arsen", StringComparison.Ordinal) ? 5
                : word.StartsWith("commun", StringComparison.Ordinal) ? 6
                : RegionAfter(0);
            r2 = RegionAfter(r1);
        }

        public override string ToString() => new string(chars, 0, length).Replace('Y', 'y');

        public void Step1A()
        {
            if (EndsWith("sses"))
            {
                length -= 2;
            }
            else if (EndsWith("ied") || EndsWith("ies"))
            {
                length -= length > 4 ? 2 : 1;
            }
            else if (EndsWith("us") || EndsWith("ss"))
            {
                // Kept: "bus", "class".
            }
            else if (EndsWith("s") && HasVowel(0, length - 2))
            {
                length--;
            }
        }

        public void Step1B()
        {
            if (EndsWith("eedly") || EndsWith("eed"))
            {
                var suffix = EndsWith("eedly") ? 5 : 3;
                if (length - suffix >= r1)
                {
                    length -= suffix - 2;
                }

                return;
            }

            var found = EndsWith("ingly") ? 5 : EndsWith("edly") ? 4 : EndsWith("ing") ? 3 : EndsWith("ed") ? 2 : 0;
            if (found == 0 || !HasVowel(0, length - found))
            {
                return;
            }

            length -= found;
            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz") || EndsWith("is"))
            {
                chars[length++] = 'e';
            }
            else if (EndsWithDouble())
            {
                length--;
            }
            else if (IsShort())
            {
                chars[length++] = 'e';
            }
        }

        public void Step1C()
        {
            if (length > 2 && chars[length - 1] is 'y' or 'Y' && !IsVowel(chars[length - 2]))
            {
                chars[length - 1] = 'i';
            }
        }

        public void Step2((string Suffix, string Replacement)[] rules)
        {
            foreach (var (suffix, replacement) in rules)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }

                var stem = length - suffix.Length;
                if (stem < r1)
                {
                    return;
                }

                if (suffix == "ogi" && (stem == 0 || chars[stem - 1] != 'l'))
                {
                    return;
                }

                if (suffix == "li" && (stem == 0 || chars[stem - 1] is not ('c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't')))
                {
                    return;
                }

                Replace(suffix.Length, replacement);
                return;
            }
        }

        public void Step3((string Suffix, string Replacement)[] rules)
        {
            foreach (var (suffix, replacement) in rules)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }

                var stem = length - suffix.Length;
                if (stem >= r1 && (suffix != "ative" || stem >= r2))
                {
                    Replace(suffix.Length, replacement);
                }

                return;
            }
        }

        public void Step4(string[] suffixes)
        {
            foreach (var suffix in suffixes)
            {
                if (!EndsWith(suffix))
                {
                    continue;
                }

                var stem = length - suffix.Length;
                if (stem >= r2 && (suffix != "ion" || (stem > 0 && chars[stem - 1] is 's' or 't')))
                {
                    length = stem;
                }

                return;
            }
        }

        public void Step5()
        {
            if (length == 0)
            {
                return;
            }

            var last = length - 1;
            if (chars[last] == 'e' && (last >= r2 || (last >= r1 && !EndsInShortSyllable(last))))
            {
                length--;
            }
            else if (chars[last] == 'l' && last >= r2 && last > 0 && chars[last - 1] == 'l')
            {
                length--;
            }
        }

        private void Replace(int suffixLength, string replacement)
        {
            length -= suffixLength;
            replacement.CopyTo(0, chars, length, replacement.Length);
            length += replacement.Length;
        }

        private bool EndsWith(string suffix) =>
            suffix.Length <= length && chars.AsSpan(length - suffix.Length, suffix.Length).SequenceEqual(suffix);

        private bool EndsWithDouble() =>
            length >= 2 && chars[length - 1] == chars[length - 2] && chars[length - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

        private bool IsShort() => EndsInShortSyllable(length) && r1 >= length;

        /// <summary>Whether the first <paramref name="end"/> letters end in a short syllable.</summary>
        private bool EndsInShortSyllable(int end)
        {
            if (end == 2)
            {
                return IsVowel(chars[0]) && !IsVowel(chars[1]);
            }

            return end >= 3 && !IsVowel(chars[end - 3]) && IsVowel(chars[end - 2]) && !IsVowel(chars[end - 1])
                && chars[end - 1] is not ('w' or 'x' or 'Y');
        }

        private bool HasVowel(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (IsVowel(chars[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The region after the first non-vowel that follows a vowel, looking from <paramref name="start"/>.</summary>
        private int RegionAfter(int start)
        {
            for (var i = start + 1; i < length; i++)
            {
                if (!IsVowel(chars[i]) && IsVowel(chars[i - 1]))
                {
                    return i + 1;
                }
            }

            return length;
        }

        private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
    }
}
