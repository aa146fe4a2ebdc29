using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// A history Bundle of one onward referral's Task or ServiceRequest, newest version first. Version 1 reads as its
/// create (POST, 201) and every later one as an update (PUT, 200), each entry with the version's ETag, as the FHIR
/// HTTP spec writes a history.
/// </summary>
public static class FhirHistory
{
    public static string ReferralJson(string baseUrl, string selfUrl, string type, IReadOnlyList<ReferralFacts> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var bundle = new Bundle { Type = Bundle.BundleType.History, Total = versions.Count };
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = selfUrl });
        foreach (var version in versions)
        {
            var resource = FhirResources.ReferralResource(type, version);
            var created = version.Version == 1;
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{baseUrl.TrimEnd('/')}/{type}/{version.Id}",
                Resource = resource,
                Request = new Bundle.RequestComponent
                {
                    Method = created ? Bundle.HTTPVerb.POST : Bundle.HTTPVerb.PUT,
                    Url = created ? type : $"{type}/{version.Id}",
                },
                Response = new Bundle.ResponseComponent
                {
                    Status = created ? "201 Created" : "200 OK",
                    Etag = $"W/\"{version.Version}\"",
                    LastModified = version.UpdatedAt.ToUniversalTime(),
                },
            });
        }

        return FhirJson.Serialize(bundle);
    }
}
