using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Hsds;

/// <summary>The second half of reading a feed: what records point at is checked once every record is known.</summary>
internal sealed partial class FeedCollector
{
    public HsdsBatch Build()
    {
        foreach (var pending in _pending)
        {
            if (_services.TryGet(pending.ServiceId, out var entry))
            {
                Attach(entry, pending);
            }
            else
            {
                Error(HsdsEntity.ServiceAtLocation, pending.ServiceAtLocation.Id.ToString(), pending.Source, pending.Path + ".service_id",
                    $"service {pending.ServiceId} is not in the feed");
            }
        }

        return new HsdsBatch
        {
            Profile = Profile,
            Services = CheckedServices(),
            Locations = CheckedLocations(),
            Organisations = Accepted(_organisations, HsdsEntity.Organization),
            TaxonomyTerms = CheckedTerms(),
            Taxonomies = _taxonomies.All.Select(e => e.Entry.Record).OfType<Taxonomy>().ToList(),
            Errors = _errors,
            Warnings = _warnings,
        };
    }

    private List<HsdsServiceRecord> CheckedServices()
    {
        var services = new List<HsdsServiceRecord>();
        foreach (var (id, entry) in _services.All)
        {
            if (entry.Record is not { } draft)
            {
                continue;
            }

            var failed = !TermsKnown(HsdsEntity.Service, entry) | !LocationsDefined(entry);
            if (draft.OrganisationId is not { } organisationId || organisationId == Guid.Empty)
            {
                Error(HsdsEntity.Service, entry.RecordId, entry.Source, entry.Path, "has no organization_id or organization: Linkwork lists every service under its organisation");
                failed = true;
            }
            else if (!_organisations.Contains(organisationId) && !Options.KnownOrganisationIds.Contains(organisationId))
            {
                Error(HsdsEntity.Service, entry.RecordId, entry.Source, entry.Path + ".organization_id", $"organisation {organisationId} is neither in the feed nor known to Linkwork");
                failed = true;
            }

            try
            {
                var details = ServiceDetailsRules.Checked(draft.Details);
                if (!failed)
                {
                    services.Add(new HsdsServiceRecord(id, draft.OrganisationId!.Value, details, draft.LastModified));
                }
            }
            catch (DomainRuleException rule)
            {
                Error(HsdsEntity.Service, entry.RecordId, entry.Source, entry.Path, rule.Message);
            }
        }

        return services;
    }

    private List<HsdsLocationRecord> CheckedLocations()
    {
        var locations = new List<HsdsLocationRecord>();
        foreach (var (_, entry) in _locations.All)
        {
            if (entry.Record is not { } location || !TermsKnown(HsdsEntity.Location, entry))
            {
                continue;
            }

            if (location.OrganisationId is { } organisationId && !_organisations.Contains(organisationId) && !Options.KnownOrganisationIds.Contains(organisationId))
            {
                // A place need not belong to anyone; a link to an organisation nobody defines cannot be kept.
                Warning(HsdsEntity.Location, entry.RecordId, entry.Source, entry.Path + ".organization_id",
                    $"organisation {organisationId} is neither in the feed nor known to Linkwork; the location is kept without it");
                location = location with { OrganisationId = null };
            }

            locations.Add(location);
        }

        return locations;
    }

    private List<TaxonomyTerm> CheckedTerms()
    {
        var terms = new List<TaxonomyTerm>();
        foreach (var (_, entry) in _terms.All)
        {
            if (entry.Record is not { } term)
            {
                continue;
            }

            if (term.TaxonomyId is { } taxonomyId && !_taxonomies.Contains(taxonomyId) && !Options.KnownTaxonomyIds.Contains(taxonomyId))
            {
                // The term keeps the taxonomy's name (HSDS "taxonomy"), which is what the domain holds for taxonomies it does not know.
                Warning(HsdsEntity.TaxonomyTerm, entry.RecordId, entry.Source, entry.Path + ".taxonomy_id",
                    $"taxonomy {taxonomyId} is neither in the feed nor known to Linkwork; the term keeps only the taxonomy's name");
                term.Revise(term.Name, term.Description, null, term.Code, term.ParentId, term.TaxonomyName, term.Language, term.TermUri, term.Need);
            }

            terms.Add(term);
        }

        return terms;
    }

    private List<T> Accepted<T>(FeedEntries<T> entries, HsdsEntity entity)
        where T : class =>
        entries.All.Where(e => e.Entry.Record is not null && TermsKnown(entity, e.Entry)).Select(e => e.Entry.Record!).ToList();

    private bool TermsKnown<T>(HsdsEntity entity, FeedEntry<T> entry)
        where T : class
    {
        var known = true;
        foreach (var (termId, path) in entry.TermReferences)
        {
            if (!_terms.Contains(termId) && !Options.KnownTermIds.Contains(termId))
            {
                Error(entity, entry.RecordId, entry.Source, path, $"taxonomy term {termId} is neither in the feed nor known to Linkwork");
                known = false;
            }
        }

        return known;
    }

    private bool LocationsDefined(FeedEntry<ServiceDraft> entry)
    {
        var defined = true;
        foreach (var (locationId, path) in entry.LocationReferences)
        {
            if (!_locations.Contains(locationId))
            {
                Error(HsdsEntity.Service, entry.RecordId, entry.Source, path, $"location {locationId} is not defined anywhere in the feed");
                defined = false;
            }
        }

        return defined;
    }

    private static void Attach(FeedEntry<ServiceDraft> entry, PendingServiceAtLocation pending)
    {
        if (entry.Record is { } draft && draft.Details.Locations.All(l => l.Id != pending.ServiceAtLocation.Id))
        {
            entry.Record = draft with { Details = draft.Details with { Locations = [.. draft.Details.Locations, pending.ServiceAtLocation] } };
            entry.LocationReferences.AddRange(pending.LocationReferences);
            entry.TermReferences.AddRange(pending.TermReferences);
        }
    }

    private static ServiceDraft WithLocations(ServiceDraft draft, IReadOnlyList<ServiceAtLocation> earlier, List<(Guid Id, string Path)> earlierReferences, FeedEntry<ServiceDraft> entry)
    {
        var missing = earlier.Where(l => draft.Details.Locations.All(d => d.Id != l.Id)).ToList();
        if (missing.Count == 0)
        {
            return draft;
        }

        entry.LocationReferences.AddRange(earlierReferences);
        return draft with { Details = draft.Details with { Locations = [.. draft.Details.Locations, .. missing] } };
    }
}
