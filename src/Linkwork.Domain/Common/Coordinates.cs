namespace Linkwork.Domain.Common;

/// <summary>WGS 84 degrees as places and postcodes carry them: both or neither, each within its range.</summary>
public static class Coordinates
{
    /// <summary>Throws when the pair is out of range or half given; <paramref name="owner"/> names what must have both ("A location").</summary>
    public static void Check(double? latitude, double? longitude, string owner)
    {
        if (latitude is { } lat && (lat is < -90 or > 90 || double.IsNaN(lat)))
        {
            throw new DomainRuleException($"Latitude must be between -90 and 90; {lat} was given.");
        }

        if (longitude is { } lon && (lon is < -180 or > 180 || double.IsNaN(lon)))
        {
            throw new DomainRuleException($"Longitude must be between -180 and 180; {lon} was given.");
        }

        if (latitude.HasValue != longitude.HasValue)
        {
            throw new DomainRuleException($"{owner} needs both latitude and longitude, or neither.");
        }
    }
}
