using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// Reads a transaction Bundle (POST /fhir) into entries of plain facts, with urn:uuid references resolved to the
/// entries they name. Only what Linkwork can act on is taken: POSTs of a Patient, a ServiceRequest and a Task. Anything
/// else is refused naming its entry (Bundle.entry[i]), before anything is saved.
/// </summary>
public static class FhirTransaction
{
    /// <summary>Our code system for who referred someone into the programme (ServiceRequest.category): the source's name in kebab case.</summary>
    public const string ReferralSourceSystem = FhirCodes.LinkworkBase + "/CodeSystem/referral-source";

    private static readonly string[] Taken = ["Patient", "ServiceRequest", "Task"];

    public static IReadOnlyList<TransactionEntry> Read(string json)
    {
        var resource = FhirJson.TryParse(json, out var problems) ?? throw FhirInputException.Malformed([.. problems]);
        if (resource is not Bundle bundle)
        {
            throw FhirInputException.Malformed($"POST /fhir takes a transaction Bundle, not a {resource.TypeName}.");
        }

        if (bundle.Type != Bundle.BundleType.Transaction)
        {
            throw FhirInputException.Malformed($"Only a Bundle of type transaction is processed here; this one is '{(bundle.Type is { } type ? FhirJson.Literal(type) : "untyped")}'.");
        }

        if (bundle.Entry.Count == 0)
        {
            throw FhirInputException.Malformed("The transaction has no entries.");
        }

        var byFullUrl = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            if (bundle.Entry[i].FullUrl is { } fullUrl && !byFullUrl.TryAdd(fullUrl, i))
            {
                throw FhirInputException.Malformed($"Bundle.entry[{i}]: fullUrl {fullUrl} is also the fullUrl of Bundle.entry[{byFullUrl[fullUrl]}].");
            }
        }

        return bundle.Entry.Select((entry, i) =>
        {
            try
            {
                return ReadEntry(entry, i, byFullUrl);
            }
            catch (FhirInputException e)
            {
                throw e.InEntry(i);
            }
        }).ToList();
    }

    private static TransactionEntry ReadEntry(Bundle.EntryComponent entry, int index, Dictionary<string, int> byFullUrl)
    {
        var resource = entry.Resource ?? throw FhirInputException.Malformed("The entry has no resource.");
        if (!Taken.Contains(resource.TypeName))
        {
            throw FhirInputException.Unprocessable(
                $"A {resource.TypeName} is not taken in a transaction here: send a Patient, a ServiceRequest and a Task (GET /fhir/metadata says what is supported).");
        }

        if (entry.Request?.Method != Bundle.HTTPVerb.POST || entry.Request.Url != resource.TypeName)
        {
            throw FhirInputException.Unprocessable($"Each entry is created here: request.method POST and request.url {resource.TypeName}.");
        }

        // The Task is made with its ServiceRequest (one record answers both), so the ServiceRequest's condition covers it.
        if (resource.TypeName == "Task" && entry.Request.IfNoneExist is not null)
        {
            throw FhirInputException.Unprocessable("Put the condition on the ServiceRequest: its Task is made with it and found with it.");
        }

        TransactionReference? Reference(ResourceReference? reference, string element, params string[] types) =>
            reference?.Reference is not { } text ? null : Resolve(text, element, types, byFullUrl);

        return resource switch
        {
            Patient patient => new TransactionEntry(index, "Patient", entry.Request.IfNoneExist, FhirPatientInput.Read(patient), null, null),
            ServiceRequest request => new TransactionEntry(index, "ServiceRequest", entry.Request.IfNoneExist, null, new ServiceRequestInput(
                Reference(request.Subject, "ServiceRequest.subject", "Patient"),
                request.Performer.Count > 1
                    ? throw FhirInputException.Unprocessable("ServiceRequest.performer names one HealthcareService: the community service referred to.")
                    : Reference(request.Performer.FirstOrDefault(), "ServiceRequest.performer", "HealthcareService", "Organization"),
                Words(request),
                Join(request.Note.Select(n => n.Text?.ToString())),
                request.Category.SelectMany(c => c.Coding).FirstOrDefault(c => c.System == ReferralSourceSystem)?.Code,
                IdentifierOf(request)), null),
            Hl7.Fhir.Model.Task task => new TransactionEntry(index, "Task", null, null, null, new TaskInput(
                task.Status is { } status ? FhirJson.Literal(status) : throw FhirInputException.Malformed("Task.status is required."),
                Reference(task.Focus, "Task.focus", "ServiceRequest"),
                Reference(task.For, "Task.for", "Patient"),
                Reference(task.Owner, "Task.owner", "Organization"))),
            _ => throw FhirInputException.Unprocessable($"A {resource.TypeName} is not taken here."),
        };
    }

    private static TransactionReference Resolve(string reference, string element, string[] types, Dictionary<string, int> byFullUrl)
    {
        if (reference.StartsWith("urn:uuid:", StringComparison.Ordinal))
        {
            return byFullUrl.TryGetValue(reference, out var entry)
                ? new TransactionReference("", null, entry)
                : throw FhirInputException.Unprocessable($"{element} refers to {reference}, the fullUrl of no entry of this Bundle.");
        }

        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && types.Contains(reference[..slash]) && Guid.TryParse(reference[(slash + 1)..], out var id))
        {
            return new TransactionReference(reference[..slash], id, null);
        }

        throw FhirInputException.Unprocessable(
            $"{element} refers to {reference}, which is neither an entry of this Bundle (urn:uuid:...) nor a {string.Join(" or ", types)} held here ({types[0]}/{{id}}).");
    }

    /// <summary>
    /// The requester's own identifier for the referral: the first with both a system and a value. One with only one of
    /// the two is refused rather than passed over, as the requester meant it to identify the referral.
    /// </summary>
    private static RequesterIdentifierFacts? IdentifierOf(ServiceRequest request)
    {
        for (var i = 0; i < request.Identifier.Count; i++)
        {
            var (hasSystem, hasValue) = (!string.IsNullOrWhiteSpace(request.Identifier[i].System), !string.IsNullOrWhiteSpace(request.Identifier[i].Value));
            if (hasSystem != hasValue)
            {
                throw FhirInputException.Unprocessable(
                    $"ServiceRequest.identifier[{i}] has a {(hasSystem ? "system" : "value")} and no {(hasSystem ? "value" : "system")}: "
                    + "the requester's identifier for a referral is the two together.");
            }
        }

        return request.Identifier.Select(i => RequesterIdentifierFacts.Of(i.System, i.Value)).FirstOrDefault(i => i is not null);
    }

    /// <summary>Why the referral, in words: the code's text or display, then each reason's.</summary>
    private static string? Words(ServiceRequest request) =>
        Join(new[] { request.Code }.Concat(request.ReasonCode)
            .Select(c => c?.Text ?? c?.Coding.Select(d => d.Display).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d))));

    private static string? Join(IEnumerable<string?> parts)
    {
        var text = string.Join(". ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).Distinct(StringComparer.Ordinal));
        return text.Length == 0 ? null : text;
    }

    /// <summary>The transaction-response Bundle: one entry per request entry, in order, with where to read it and its ETag.</summary>
    public static string ResponseJson(IEnumerable<TransactionResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var bundle = new Bundle { Type = Bundle.BundleType.TransactionResponse };
        foreach (var result in results)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                Response = new Bundle.ResponseComponent
                {
                    Status = result.Status,
                    Location = result.Location,
                    Etag = result.Version is { } v ? $"W/\"{v}\"" : null,
                },
            });
        }

        return FhirJson.Serialize(bundle);
    }
}
