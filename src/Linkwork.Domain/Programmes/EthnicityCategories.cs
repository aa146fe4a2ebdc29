using Linkwork.Domain.Common;

namespace Linkwork.Domain.Programmes;

/// <summary>
/// The ethnicity code list a programme records in. England's default is the 19 groups of the 2021 census, coded
/// by high-level group letter (A Asian, B Black, C Mixed, D White, E Other) and position in the ONS's own order;
/// other countries set their own list.
/// </summary>
public static class EthnicityCategories
{
    public const int CodeMaxLength = 20;
    public const int DisplayMaxLength = 120;

    public static IReadOnlyList<CodedConcept> England2021 { get; } =
    [
        new("A1", "Asian: Bangladeshi"),
        new("A2", "Asian: Chinese"),
        new("A3", "Asian: Indian"),
        new("A4", "Asian: Pakistani"),
        new("A5", "Asian: Other Asian"),
        new("B1", "Black: African"),
        new("B2", "Black: Caribbean"),
        new("B3", "Black: Other Black"),
        new("C1", "Mixed: White and Asian"),
        new("C2", "Mixed: White and Black African"),
        new("C3", "Mixed: White and Black Caribbean"),
        new("C4", "Mixed: Other Mixed"),
        new("D1", "White: English, Welsh, Scottish, Northern Irish or British"),
        new("D2", "White: Irish"),
        new("D3", "White: Gypsy or Irish Traveller"),
        new("D4", "White: Roma"),
        new("D5", "White: Other White"),
        new("E1", "Other: Arab"),
        new("E2", "Other: Any other ethnic group"),
    ];

    /// <summary>A list a programme may use: at least one code, each code once, none blank.</summary>
    public static IReadOnlyList<CodedConcept> Checked(IEnumerable<CodedConcept> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var list = codes.Select(c => new CodedConcept(
            Text.Required(c.Code, "An ethnicity code", CodeMaxLength),
            Text.Required(c.Display, $"The words for ethnicity code {c.Code}", DisplayMaxLength))).ToList();
        if (list.Count == 0)
        {
            throw new DomainRuleException("The ethnicity code list needs at least one code.");
        }

        var repeated = list.GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new DomainRuleException($"Ethnicity code {repeated.Key} appears more than once.");
        }

        return list;
    }

    /// <summary>The code as the list writes it, or a rule broken when the list does not have it.</summary>
    public static string? Check(IReadOnlyList<CodedConcept> list, string? code)
    {
        ArgumentNullException.ThrowIfNull(list);
        var trimmed = code?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return list.FirstOrDefault(c => string.Equals(c.Code, trimmed, StringComparison.OrdinalIgnoreCase))?.Code
            ?? throw new DomainRuleException($"'{trimmed}' is not on the programme's ethnicity code list.");
    }
}
