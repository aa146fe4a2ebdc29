using Linkwork.Domain.Common;

namespace Linkwork.Domain.People;

/// <summary>
/// One row of the deprivation lookup: a postcode, the small area it lies in (an LSOA code in England) and that
/// area's Index of Multiple Deprivation decile, 1 the most deprived tenth. Imported from a national release.
/// </summary>
public sealed class PostcodeDeprivation
{
    public const int AreaCodeMaxLength = 20;

    private PostcodeDeprivation() { }

    public string Postcode { get; private set; } = "";
    public string AreaCode { get; private set; } = "";
    public int Decile { get; private set; }

    public static PostcodeDeprivation Create(string? postcode, string? areaCode, int decile) => new()
    {
        Postcode = Postcodes.RequireUk(postcode),
        AreaCode = Text.Required(areaCode, "The area code", AreaCodeMaxLength),
        Decile = DeprivationDeciles.Check(decile)!.Value,
    };

    public void Revise(string areaCode, int decile)
    {
        AreaCode = Text.Required(areaCode, "The area code", AreaCodeMaxLength);
        Decile = DeprivationDeciles.Check(decile)!.Value;
    }
}

public static class DeprivationDeciles
{
    public static int? Check(int? decile) => decile is < 1 or > 10
        ? throw new DomainRuleException($"The deprivation decile runs from 1 to 10; {decile} was given.")
        : decile;
}
