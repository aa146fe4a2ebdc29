using System.Globalization;
using System.Text;
using Linkwork.Data.Search;
using Linkwork.Domain.Directory;

namespace Linkwork.Bench.Search;

/// <summary>
/// Writes the target mix of <see cref="QueryMix"/> for <c>bench/http.sh</c>: per class, the query URLs that wrk
/// rotates through and the same queries as SQL for the PostgreSQL yardstick (tables of
/// <c>bench/http/yardstick.sql</c>). The demo directory classifies services by need only, so a synthetic taxonomy
/// term becomes its need's term id: the class still exercises the term path (ids), not the need shortcut.
/// </summary>
internal static class HttpMixFiles
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The week of 2026-11-22 (a Sunday), so that a day of the week is a date the API takes.</summary>
    private static readonly DateOnly Sunday = new(2026, 11, 22);

    public static void Write(QueryMix mix, SyntheticDirectory directory, string folder, int perClass)
    {
        Directory.CreateDirectory(folder);
        var number = 0;
        foreach (var (name, inTargetMix, next) in mix.Classes)
        {
            number++;
            if (!inTargetMix)
            {
                continue;
            }

            var random = mix.NewRandom(10_000 + number);
            var queries = Enumerable.Range(0, perClass).Select(_ => next(random)).ToList();
            File.WriteAllText(Path.Combine(folder, $"{number}.name"), name + "\n");
            File.WriteAllLines(Path.Combine(folder, $"{number}.urls"), queries.Select(q => Url(q, directory)));
            File.WriteAllLines(Path.Combine(folder, $"{number}.sql"), queries.Select(q => Sql(q, directory)));
        }
    }

    private static string Url(SearchQuery query, SyntheticDirectory directory)
    {
        var parts = new List<string>();
        if (query.Text is { } text)
        {
            parts.Add("q=" + Uri.EscapeDataString(text));
        }

        if (query.Latitude is { } latitude)
        {
            parts.Add(string.Create(Invariant, $"lat={latitude:F5}&lon={query.Longitude:F5}"));
        }

        if (query.RadiusKm is { } radius)
        {
            parts.Add(string.Create(Invariant, $"radiusKm={radius}"));
        }

        if (query.Need is { } need)
        {
            parts.Add("taxonomy=" + need);
        }
        else if (query.TaxonomyTermIds.Count > 0)
        {
            parts.Add("taxonomy=" + string.Join(',', Terms(query, directory)));
        }

        if (query.Age is { } age)
        {
            parts.Add(string.Create(Invariant, $"age={age}"));
        }

        if (query.OpenAt is { } at)
        {
            parts.Add(string.Create(Invariant, $"openAt={Sunday.AddDays((int)at.Day):yyyy-MM-dd}T{at.Time:HH:mm}"));
        }

        return "/api/v1/directory/search?" + string.Join('&', parts);
    }

    /// <summary>
    /// The query as SQL that returns what the API's page needs from the engine: the first 20 services in the
    /// same order (text rank, distance or freshness) and the total number of matches. No facets.
    /// </summary>
    private static string Sql(SearchQuery query, SyntheticDirectory directory)
    {
        var where = new StringBuilder("s.status = 'Active'");
        if (query.Need is { } need)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND s.need = '{need}'");
        }
        else if (query.TaxonomyTermIds.Count > 0)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND s.term_ids && '{{{string.Join(',', Terms(query, directory))}}}'::uuid[]");
        }

        if (query.Age is { } age)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND coalesce(s.min_age, 0) <= {age} AND coalesce(s.max_age, 255) >= {age}");
        }

        // The services open at the time, from the openings index first: as an EXISTS test per service, the
        // planner walks all services in the page's order hoping to stop at 20, which the total never lets it.
        var services = query.OpenAt is { } at
            ? string.Create(Invariant, $"svc s JOIN (SELECT DISTINCT service_id FROM svc_opening WHERE day = {(int)at.Day} AND opens <= '{at.Time:HH:mm}' AND closes > '{at.Time:HH:mm}') o ON o.service_id = s.id")
            : "svc s";

        var point = query.Latitude is { } latitude
            ? string.Create(Invariant, $"ST_SetSRID(ST_MakePoint({query.Longitude:F5}, {latitude:F5}), 4326)::geography")
            : null;
        var metres = query.RadiusKm is { } radius ? (radius * 1000).ToString(Invariant) : null;
        if (query.Text is { } text)
        {
            var words = text.Replace("'", "''", StringComparison.Ordinal);
            where.Append(" AND s.tsv @@ q");
            if (point is null)
            {
                return "SELECT s.id, ts_rank(s.tsv, q) AS rank, count(*) OVER () AS total FROM " + services + ", websearch_to_tsquery('english', '"
                    + words + "') q WHERE " + where + " ORDER BY rank DESC LIMIT 20;";
            }

            // Nearness as the engine weighs it: half the score at 10 km.
            return "WITH near AS (SELECT service_id, min(ST_Distance(geog, " + point + ")) AS metres FROM svc_place WHERE ST_DWithin(geog, "
                + point + ", " + metres + ") GROUP BY service_id) SELECT s.id, ts_rank(s.tsv, q) / (1 + near.metres / 10000) AS rank, near.metres, "
                + "count(*) OVER () AS total FROM near JOIN " + services + " ON s.id = near.service_id, websearch_to_tsquery('english', '" + words + "') q WHERE "
                + where + " ORDER BY rank DESC LIMIT 20;";
        }

        if (point is not null)
        {
            return "SELECT p.service_id, min(ST_Distance(p.geog, " + point + ")) AS metres, count(*) OVER () AS total FROM svc_place p JOIN " + services + " ON s.id = p.service_id WHERE ST_DWithin(p.geog, "
                + point + ", " + metres + ") AND " + where + " GROUP BY p.service_id ORDER BY metres LIMIT 20;";
        }

        return "SELECT s.id, count(*) OVER () AS total FROM " + services + " WHERE " + where + " ORDER BY s.assured DESC NULLS LAST, s.name LIMIT 20;";
    }

    private static IEnumerable<Guid> Terms(SearchQuery query, SyntheticDirectory directory) =>
        query.TaxonomyTermIds.Select(directory.NeedOfTerm).Distinct().Select(NeedTaxonomy.TermId);
}
