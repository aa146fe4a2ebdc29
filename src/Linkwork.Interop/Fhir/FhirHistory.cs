using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// A history Bundle of one referral's Task or ServiceRequest (onward, or into the programme), newest version first.
/// Version 1 reads as its create (POST, 201) and every later one as an update (PUT, 200), each entry with the
/// version's ETag, as the FHIR HTTP spec writes a history.
/// </summary>
public static class FhirHistory
{
    public static string ReferralJson(string baseUrl, string selfUrl, string type, IReadOnlyList<ReferralFacts> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return Json(baseUrl, selfUrl, type, versions.Select(v => (v.Version, v.UpdatedAt, FhirResources.ReferralResource(type, v))));
    }

    public static string ReferralJson(string baseUrl, string selfUrl, string type, IReadOnlyList<EpisodeFacts> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return Json(baseUrl, selfUrl, type, versions.Select(v => (v.Version, v.UpdatedAt, FhirResources.ReferralResource(type, v))));
    }

    private static string Json(string baseUrl, string selfUrl, string type, IEnumerable<(int Version, DateTimeOffset At, Resource Resource)> versions)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.History };
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = selfUrl });
        foreach (var (version, at, resource) in versions)
        {
            var created = version == 1;
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{baseUrl.TrimEnd('/')}/{type}/{resource.Id}",
                Resource = resource,
                Request = new Bundle.RequestComponent
                {
                    Method = created ? Bundle.HTTPVerb.POST : Bundle.HTTPVerb.PUT,
                    Url = created ? type : $"{type}/{resource.Id}",
                },
                Response = new Bundle.ResponseComponent
                {
                    Status = created ? "201 Created" : "200 OK",
                    Etag = $"W/\"{version}\"",
                    LastModified = at.ToUniversalTime(),
                },
            });
        }

        bundle.Total = bundle.Entry.Count;
        return FhirJson.Serialize(bundle);
    }
}
