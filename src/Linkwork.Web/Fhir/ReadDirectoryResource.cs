using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Organizations and HealthcareServices of the caller's programme. The directory is public (the site and /hsds show
/// it to anyone), so nothing here is audited; the programme scope keeps another deployment's organisations out.
/// </summary>
public sealed class ReadDirectoryResource(LinkworkDbContext db)
{
    public async Task<OrganizationFacts?> OrganizationAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var organisation = await Organisations(user).Where(o => o.Id == id).SingleOrDefaultAsync(cancellationToken);
        return organisation is null ? null : Facts(organisation);
    }

    public async Task<HealthcareServiceFacts?> HealthcareServiceAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var found = await (from s in db.Services.AsNoTracking()
                           join o in Organisations(user) on s.OrganisationId equals o.Id
                           where s.Id == id
                           select new ServiceRow(s, o.Name)).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : Facts(found);
    }

    /// <summary>Organisations whose name starts with <paramref name="name"/> (any case), by name then id, a page of them.</summary>
    public async Task<(int Total, IReadOnlyList<OrganizationFacts> Page)> SearchOrganizationsAsync(
        ClaimsPrincipal user, string? name, int offset, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var organisations = Organisations(user);
        if (name is not null)
        {
            var pattern = StartsWith(name);
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(): no .NET culture is involved.
            organisations = organisations.Where(o => EF.Functions.Like(o.Name.ToLower(), pattern, Escape));
#pragma warning restore CA1304, CA1311
        }

        var total = await organisations.CountAsync(cancellationToken);
        var page = count == 0 ? [] : await organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip(offset).Take(count).ToListAsync(cancellationToken);
        return (total, page.Select(Facts).ToList());
    }

    /// <summary>Services whose name starts with <paramref name="name"/> (any case), by name then id, a page of them.</summary>
    public async Task<(int Total, IReadOnlyList<HealthcareServiceFacts> Page)> SearchHealthcareServicesAsync(
        ClaimsPrincipal user, string? name, int offset, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var services = from s in db.Services.AsNoTracking()
                       join o in Organisations(user) on s.OrganisationId equals o.Id
                       select new { Service = s, Organisation = o.Name };
        if (name is not null)
        {
            var pattern = StartsWith(name);
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(): no .NET culture is involved.
            services = services.Where(s => EF.Functions.Like(s.Service.Details.Name.ToLower(), pattern, Escape));
#pragma warning restore CA1304, CA1311
        }

        var total = await services.CountAsync(cancellationToken);
        var page = count == 0 ? [] : await services.OrderBy(s => s.Service.Details.Name).ThenBy(s => s.Service.Id).Skip(offset).Take(count)
            .Select(s => new ServiceRow(s.Service, s.Organisation)).ToListAsync(cancellationToken);
        return (total, page.Select(Facts).ToList());
    }

    private const string Escape = "\\";

    /// <summary>A LIKE pattern for "starts with", lower case on both sides: PostgreSQL's LIKE is case-sensitive, SQLite's is not.</summary>
    internal static string StartsWith(string text) =>
        text.ToLowerInvariant().Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal).Replace("_", Escape + "_", StringComparison.Ordinal) + "%";

    public async Task<LocationFacts?> LocationAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        (await SearchLocationsAsync(user, id, null, 0, 1, cancellationToken)).Page.SingleOrDefault();

    /// <summary>
    /// Locations of the programme's organisations whose name starts with <paramref name="name"/> (any case), or one by
    /// id; by name then id. A location no organisation runs belongs to no programme, so it is not shown.
    /// </summary>
    public async Task<(int Total, IReadOnlyList<LocationFacts> Page)> SearchLocationsAsync(
        ClaimsPrincipal user, Guid? id, string? name, int offset, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var locations = from l in db.Locations.AsNoTracking()
                        join o in Organisations(user) on l.OrganisationId equals o.Id
                        select new { Location = l, Organisation = o.Name };
        if (id is { } one)
        {
            locations = locations.Where(l => l.Location.Id == one);
        }

        if (name is not null)
        {
            var pattern = StartsWith(name);
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(): no .NET culture is involved.
            locations = locations.Where(l => l.Location.Details.Name != null && EF.Functions.Like(l.Location.Details.Name.ToLower(), pattern, Escape));
#pragma warning restore CA1304, CA1311
        }

        var total = await locations.CountAsync(cancellationToken);
        var page = count == 0 ? [] : await locations.OrderBy(l => l.Location.Details.Name).ThenBy(l => l.Location.Id).Skip(offset).Take(count).ToListAsync(cancellationToken);
        return (total, page.Select(l =>
        {
            var details = l.Location.Details;
            var address = details.Addresses.Count > 0 ? details.Addresses[0] : null;
            string[] lines = address is null ? [] : [.. new[] { address.Address1, address.Address2 }.OfType<string>()];
            return new LocationFacts(l.Location.Id, details.Name, details.Description, l.Location.OrganisationId, l.Organisation, lines, address?.City,
                address?.PostalCode, details.Latitude, details.Longitude, details.Phones.Select(p => p.Number).ToList(), l.Location.LastModified);
        }).ToList());
    }

    private IQueryable<Organisation> Organisations(ClaimsPrincipal user)
    {
        var programme = user.ProgrammeOf();
        return db.Organisations.AsNoTracking().Where(o => o.ProgrammeId == programme);
    }

    private static OrganizationFacts Facts(Organisation organisation) =>
        new(organisation.Id, organisation.Name, organisation.Kind.ToString(), organisation.LastModified, organisation.Phone, organisation.Email, organisation.Website);

    private static HealthcareServiceFacts Facts(ServiceRow row)
    {
        var (service, details) = (row.Service, row.Service.Details);
        return new HealthcareServiceFacts(
            service.Id, service.OrganisationId, row.Organisation, details.Name, details.Description,
            details.Status == ServiceStatus.Active, service.AcceptsReferrals, service.LastModified,
            details.Phones.Select(p => p.Number).ToList(), details.Email, details.Url, details.EligibilityDescription, service.Capacity?.Status);
    }

    private sealed record ServiceRow(Service Service, string Organisation);
}
