using System.Collections.Immutable;

namespace Linkwork.Web.Cli.Demo;

public static partial class DemoCatalogue
{
    /// <summary>
    /// Neighbourhoods of Rotherham Metropolitan Borough with their postcode district and sectors, a rough
    /// centre, population in thousands and typical Index of Multiple Deprivation decile. Figures are rounded
    /// on purpose: they only need to make the demo look like the place, not to stand up as statistics.
    /// </summary>
    public static ImmutableArray<DemoArea> Areas { get; } =
    [
        new("Rotherham town centre", "Rotherham", "Rotherham", "S60", [1], 53.4302, -1.3568, 6, 1),
        new("Masbrough", "Masbrough", "Rotherham", "S61", [1], 53.4358, -1.3718, 7, 1),
        new("Canklow", "Canklow", "Rotherham", "S60", [2], 53.4165, -1.3578, 4, 1),
        new("Broom", "Broom", "Rotherham", "S60", [2, 3], 53.4210, -1.3390, 8, 5),
        new("Moorgate", "Moorgate", "Rotherham", "S60", [2, 3], 53.4195, -1.3490, 5, 7),
        new("Eastwood", "Eastwood", "Rotherham", "S65", [1], 53.4345, -1.3440, 7, 1),
        new("Clifton", "Clifton", "Rotherham", "S65", [2], 53.4272, -1.3355, 8, 2),
        new("Herringthorpe", "Herringthorpe", "Rotherham", "S65", [2, 3], 53.4258, -1.3175, 9, 3),
        new("Dalton", "Dalton", "Rotherham", "S65", [3], 53.4370, -1.3090, 6, 3),
        new("Thrybergh", "Thrybergh", "Rotherham", "S65", [4], 53.4440, -1.2960, 5, 2),
        new("Ravenfield", "Ravenfield", "Rotherham", "S65", [4], 53.4390, -1.2640, 3, 7),
        new("Kimberworth", "Kimberworth", "Rotherham", "S61", [1, 2], 53.4420, -1.3910, 8, 3),
        new("Kimberworth Park", "Kimberworth Park", "Rotherham", "S61", [3], 53.4520, -1.3830, 6, 1),
        new("Thorpe Hesley", "Thorpe Hesley", "Rotherham", "S61", [2], 53.4600, -1.4270, 5, 6),
        new("Greasbrough", "Greasbrough", "Rotherham", "S61", [4], 53.4530, -1.3660, 5, 4),
        new("Rawmarsh", "Rawmarsh", "Rotherham", "S62", [5, 7], 53.4600, -1.3440, 12, 3),
        new("Parkgate", "Parkgate", "Rotherham", "S62", [6], 53.4705, -1.3480, 6, 2),
        new("Wentworth", "Wentworth", "Rotherham", "S62", [7], 53.4795, -1.4165, 1, 9),
        new("Wath-upon-Dearne", "Wath", "Rotherham", "S63", [7], 53.5025, -1.3430, 12, 4),
        new("Brampton Bierlow", "Brampton", "Rotherham", "S63", [6], 53.5040, -1.3700, 5, 6),
        new("West Melton", "West Melton", "Rotherham", "S63", [6], 53.5065, -1.3800, 4, 5),
        new("Swinton", "Swinton", "Mexborough", "S64", [8], 53.4870, -1.3140, 13, 3),
        new("Kilnhurst", "Kilnhurst", "Mexborough", "S64", [5], 53.4700, -1.3050, 3, 3),
        new("Whiston", "Whiston", "Rotherham", "S60", [4], 53.4040, -1.3065, 6, 7),
        new("Brinsworth", "Brinsworth", "Rotherham", "S60", [5], 53.4030, -1.3660, 8, 5),
        new("Catcliffe", "Catcliffe", "Rotherham", "S60", [5], 53.3940, -1.3570, 3, 4),
        new("Treeton", "Treeton", "Rotherham", "S60", [5], 53.3860, -1.3500, 3, 5),
        new("Wickersley", "Wickersley", "Rotherham", "S66", [1, 2], 53.4195, -1.2795, 8, 8),
        new("Bramley", "Bramley", "Rotherham", "S66", [1, 2], 53.4245, -1.2620, 7, 6),
        new("Sunnyside", "Sunnyside", "Rotherham", "S66", [3], 53.4145, -1.2640, 4, 5),
        new("Flanderwell", "Flanderwell", "Rotherham", "S66", [2], 53.4280, -1.2530, 4, 6),
        new("Maltby", "Maltby", "Rotherham", "S66", [7, 8], 53.4245, -1.2025, 17, 2),
        new("Thurcroft", "Thurcroft", "Rotherham", "S66", [9], 53.3965, -1.2490, 6, 3),
        new("Dinnington", "Dinnington", "Sheffield", "S25", [2, 3], 53.3690, -1.2050, 9, 2),
        new("North Anston", "Anston", "Sheffield", "S25", [4], 53.3585, -1.2140, 6, 7),
        new("Laughton-en-le-Morthen", "Laughton", "Sheffield", "S25", [1], 53.3855, -1.2160, 1, 8),
        new("Aston", "Aston", "Sheffield", "S26", [2], 53.3630, -1.3030, 5, 6),
        new("Swallownest", "Swallownest", "Sheffield", "S26", [4], 53.3620, -1.3220, 5, 5),
        new("Aughton", "Aughton", "Sheffield", "S26", [3], 53.3700, -1.3150, 3, 6),
        new("Todwick", "Todwick", "Sheffield", "S26", [1], 53.3545, -1.2560, 2, 8),
        new("Wales", "Wales", "Sheffield", "S26", [5], 53.3450, -1.2800, 3, 6),
        new("Kiveton Park", "Kiveton Park", "Sheffield", "S26", [6], 53.3385, -1.2390, 4, 4),
        new("Harthill", "Harthill", "Sheffield", "S26", [7], 53.3210, -1.2560, 2, 8),
        new("Woodsetts", "Woodsetts", "Worksop", "S81", [8], 53.3470, -1.1740, 2, 8),
    ];

    /// <summary>The area of the given name; fixed organisation names refer to their home area this way.</summary>
    public static int AreaIndex(string name)
    {
        for (var i = 0; i < Areas.Length; i++)
        {
            if (string.Equals(Areas[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException("No demo area is called '" + name + "'.", nameof(name));
    }
}
