using System.Collections.Immutable;

namespace Linkwork.Web.Cli.Demo;

public static partial class DemoCatalogue
{
    /// <summary>
    /// The 19 ethnic groups of the England and Wales 2021 census, coded by high-level group letter and the
    /// position within the group in the ONS's own order: A Asian, B Black, C Mixed, D White, E Other. So A4 is
    /// Pakistani and D1 is White British. The codes are this demo's; they are stable and short, but they are not
    /// the NHS Data Dictionary's older single-letter ethnic category codes.
    /// Weights are per 10,000 and follow Rotherham's 2021 profile: about 88% White British, Pakistani the
    /// largest minority, then Other White (mainly Slovak, Czech, Polish and Romanian).
    /// </summary>
    public static ImmutableArray<DemoEthnicity> Ethnicities { get; } =
    [
        new("A1", "Asian: Bangladeshi", 10, [NameOrigin.Bangladeshi], false),
        new("A2", "Asian: Chinese", 30, [NameOrigin.Chinese], false),
        new("A3", "Asian: Indian", 40, [NameOrigin.Indian], false),
        new("A4", "Asian: Pakistani", 350, [NameOrigin.Pakistani], false),
        new("A5", "Asian: Other Asian", 60, [NameOrigin.OtherAsian], false),
        new("B1", "Black: African", 100, [NameOrigin.African], false),
        new("B2", "Black: Caribbean", 10, [NameOrigin.Caribbean], false),
        new("B3", "Black: Other Black", 20, [NameOrigin.Caribbean, NameOrigin.African], false),
        new("C1", "Mixed: White and Asian", 50, [NameOrigin.British, NameOrigin.Pakistani], true),
        new("C2", "Mixed: White and Black African", 20, [NameOrigin.British, NameOrigin.African], true),
        new("C3", "Mixed: White and Black Caribbean", 50, [NameOrigin.British, NameOrigin.Caribbean], true),
        new("C4", "Mixed: Other Mixed", 40, [NameOrigin.British, NameOrigin.Arab, NameOrigin.Caribbean], true),
        new("D1", "White: English, Welsh, Scottish, Northern Irish or British", 8800, [NameOrigin.British], false),
        new("D2", "White: Irish", 20, [NameOrigin.Irish], false),
        new("D3", "White: Gypsy or Irish Traveller", 10, [NameOrigin.Traveller], false),
        new("D4", "White: Roma", 30, [NameOrigin.Roma], false),
        new("D5", "White: Other White", 240, [NameOrigin.Roma, NameOrigin.Polish, NameOrigin.Romanian], false),
        new("E1", "Other: Arab", 40, [NameOrigin.Arab], false),
        new("E2", "Other: Any other ethnic group", 80, [NameOrigin.Kurdish, NameOrigin.OtherAsian], false),
    ];

    public const string WhiteBritishCode = "D1";
}
