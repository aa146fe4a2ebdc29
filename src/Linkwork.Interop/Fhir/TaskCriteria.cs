using Linkwork.Domain.Pathway;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// A Subscription's criteria, read as far as we can evaluate them: <c>Task</c> with <c>owner</c> (the provider
/// organisation, <c>Organization/{id}</c> or <c>{id}</c>) and <c>status</c> (Task status codes, comma-separated for any
/// of them), each at most once. Anything else is refused, so a subscriber never waits for notifications of a filter
/// we silently ignored.
/// </summary>
public sealed record TaskCriteria(Guid? OwnerOrganisationId, IReadOnlyList<OnwardReferralState> States)
{
    public const string Supported = "Task, Task?owner=Organization/{id}, Task?status={code}[,{code}...] or both joined with &";

    /// <summary>The criteria, or null with what is wrong.</summary>
    public static TaskCriteria? Parse(string? criteria, out string? problem)
    {
        problem = null;
        var text = criteria?.Trim() ?? "";
        var question = text.IndexOf('?', StringComparison.Ordinal);
        var type = question < 0 ? text : text[..question];
        if (type != "Task")
        {
            problem = $"criteria must be a Task search: {Supported}. '{Shorten(text)}' is not.";
            return null;
        }

        Guid? owner = null;
        IReadOnlyList<OnwardReferralState> states = [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var query = question < 0 ? "" : text[(question + 1)..];
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Unescape(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Unescape(pair[(equals + 1)..]).Trim();
            if (name is not ("owner" or "status"))
            {
                problem = $"criteria cannot filter by '{Shorten(name)}' here: {Supported}.";
                return null;
            }

            if (!seen.Add(name))
            {
                problem = $"criteria gives '{name}' twice; for any of several statuses separate them with commas.";
                return null;
            }

            if (name == "owner")
            {
                var id = value.StartsWith("Organization/", StringComparison.Ordinal) ? value["Organization/".Length..] : value;
                if (!Guid.TryParse(id, out var organisation))
                {
                    problem = $"criteria's owner must be Organization/{{id}} with one of our organisation ids; '{Shorten(value)}' is not.";
                    return null;
                }

                owner = organisation;
                continue;
            }

            var codes = value.Split(',', StringSplitOptions.TrimEntries);
            var matched = new List<OnwardReferralState>();
            foreach (var code in codes)
            {
                if (FhirResources.StatesForTaskStatus(code) is not { } forCode)
                {
                    problem = $"criteria's status '{Shorten(code)}' is not a Task status code (draft, requested, received, accepted, rejected, ready, cancelled, in-progress, on-hold, failed, completed, entered-in-error).";
                    return null;
                }

                matched.AddRange(forCode);
            }

            if (matched.Count == 0)
            {
                // ready is a Task status no referral of ours ever has: a subscription to it would never hear anything.
                problem = $"criteria's status '{Shorten(value)}' matches no state an onward referral can be in; docs/fhir.md maps the states to Task statuses.";
                return null;
            }

            states = matched.Distinct().ToList();
        }

        return new TaskCriteria(owner, states);
    }

    private static string Unescape(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return value;
        }
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
