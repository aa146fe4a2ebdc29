namespace Linkwork.Domain.People;

/// <summary>
/// When a new record is probably someone already known. The same identifier (NHS number, or a local record number
/// of the same system) is certain. Otherwise the same date of birth with names that score at least
/// <see cref="Threshold"/> is possible: both the given and the family name must reach it, compared straight or
/// swapped (given and family names entered the wrong way round), and the known person's preferred name counts
/// as a given name ("Bob" registered as Robert, preferring Bob).
/// </summary>
public static class DuplicateRule
{
    /// <summary>
    /// Jaro-Winkler 0.88 catches one-letter slips and common variants ("Smith"/"Smyth" 0.89, "Jon"/"John" 0.93)
    /// while two different short names ("Mary"/"Maria" 0.85, "Dwayne"/"Duane" 0.84) stay apart. Inclusive.
    /// </summary>
    public const double Threshold = 0.88;

    /// <summary>How alike two people's names are: the better of the straight and the swapped comparison.</summary>
    public static double NameScore(string givenName, string familyName, string otherGiven, string otherFamily, string? otherPreferred = null)
    {
        var given = Math.Max(NameMatching.Similarity(givenName, otherGiven), otherPreferred is null ? 0 : NameMatching.Similarity(givenName, otherPreferred));
        var straight = Math.Min(given, NameMatching.Similarity(familyName, otherFamily));
        var swapped = Math.Min(NameMatching.Similarity(givenName, otherFamily), NameMatching.Similarity(familyName, otherGiven));
        return Math.Max(straight, swapped);
    }

    public static bool IsClose(double score) => score >= Threshold;

    /// <summary>Whether someone with these names and date of birth may be <paramref name="known"/>.</summary>
    public static bool IsPossible(string givenName, string familyName, DateOnly dateOfBirth, Person known)
    {
        ArgumentNullException.ThrowIfNull(known);
        return known.DateOfBirth == dateOfBirth
            && IsClose(NameScore(givenName, familyName, known.GivenName, known.FamilyName, known.PreferredName));
    }
}
