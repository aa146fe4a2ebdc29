using System.Collections.Immutable;
using Linkwork.Domain.Directory;

namespace Linkwork.Web.Cli.Demo;

/// <summary>
/// A neighbourhood of the borough. <paramref name="Place"/> is how locals name it in an organisation's
/// name ("Rotherham", not "Rotherham town centre"); <paramref name="Population"/> is in thousands and only
/// weights the draw; <paramref name="TypicalDecile"/> is the deprivation decile most of its streets fall in.
/// </summary>
public sealed record DemoArea(
    string Name,
    string Place,
    string PostTown,
    string District,
    ImmutableArray<int> Sectors,
    double Latitude,
    double Longitude,
    int Population,
    int TypicalDecile);

/// <summary>Text wrapped around a place name, so names are built by concatenation rather than formatting.</summary>
public sealed record AreaPhrase(string Before, string After)
{
    public string For(string place) => Before + place + After;
}

/// <summary>
/// A one-off organisation name, the area its office is in and how it describes the patch it serves
/// ("Rotherham", "the Dearne Valley").
/// </summary>
public sealed record FixedName(string Name, string HomeArea, string Serves);

/// <summary>
/// A kind of service an organisation might run: the ages it is usually offered to, the index of its usual
/// weekly pattern among its need's <see cref="NeedProfile.Schedules"/>, and what it costs when it is not free
/// (null for services that are always free).
/// </summary>
public sealed record ServiceTemplate(string Name, string Summary, int MinimumAge, int MaximumAge, int Schedule, string? Cost);

/// <summary>
/// A weekly pattern: <paramref name="DaysPicked"/> of <paramref name="Days"/>, all at the same times.
/// Picking fewer days than listed spreads, say, walking groups over the week instead of all on Monday.
/// </summary>
public sealed record ScheduleShape(ImmutableArray<DayOfWeek> Days, int DaysPicked, TimeOnly Opens, TimeOnly Closes);

/// <summary>
/// Everything the generator needs to invent organisations and services meeting one need.
/// <paramref name="ChargePercent"/> is how often a service whose template has a cost actually charges it.
/// </summary>
public sealed record NeedProfile(
    NeedCategory Need,
    int OrganisationWeight,
    ImmutableArray<FixedName> FixedNames,
    ImmutableArray<AreaPhrase> AreaNames,
    ImmutableArray<AreaPhrase> Descriptions,
    ImmutableArray<ServiceTemplate> Services,
    ImmutableArray<ScheduleShape> Schedules,
    int ChargePercent,
    int OtherLanguagePercent,
    ImmutableArray<NeedCategory> Related,
    ImmutableArray<AreaPhrase> Venues);

/// <summary>Languages a service is run in besides English, and how to name them in a sentence.</summary>
public sealed record LanguageSet(ImmutableArray<string> Codes, string Described, int Weight);

/// <summary>Where a person's names come from; chosen through their ethnicity.</summary>
public enum NameOrigin
{
    British,
    Irish,
    Traveller,
    Pakistani,
    Indian,
    Bangladeshi,
    Chinese,
    OtherAsian,
    African,
    Caribbean,
    Roma,
    Polish,
    Romanian,
    Arab,
    Kurdish,
}

/// <summary>
/// One census ethnic group. When <paramref name="MixesOrigins"/> is set the given and family names are
/// drawn from the origins independently, as in mixed-heritage families; otherwise one origin supplies both.
/// </summary>
public sealed record DemoEthnicity(string Code, string Label, int WeightPer10000, ImmutableArray<NameOrigin> Origins, bool MixesOrigins);

/// <summary>
/// Given and family names. <paramref name="FemaleFamily"/> runs parallel to <paramref name="Family"/> for
/// languages whose surnames take a feminine form (Horváth, Horváthová).
/// </summary>
public sealed record DemoNamePool(
    ImmutableArray<string> Female,
    ImmutableArray<string> Male,
    ImmutableArray<string> Family,
    ImmutableArray<string> FemaleFamily);
