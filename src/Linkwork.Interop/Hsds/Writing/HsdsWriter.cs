using System.Text.Encodings.Web;
using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Writes Linkwork's directory as Open Referral HSDS 3.0 JSON: fully nested services, organizations, locations,
/// services at locations, taxonomies and terms, HSDS's paged lists, and a whole directory streamed as one array.
/// Empty optional fields are left out (no nulls, no empty lists). What records point at is found through
/// <see cref="HsdsWriterLookups"/>, so the caller decides how it is loaded.
/// </summary>
public sealed class HsdsWriter(HsdsWriterLookups lookups, HsdsWriteOptions? options = null)
{
    private const int FlushThreshold = 64 * 1024;

    private readonly WriteContext _context = new(lookups, options ?? new HsdsWriteOptions());

    /// <summary>A service with everything nested: organization, service_at_locations with their locations, phones, schedules, attributes with their terms ...</summary>
    public void WriteService(Utf8JsonWriter writer, Service service) => ServiceJsonWriter.Service(writer, service, _context);

    /// <summary>A service as a list item: its one-to-one fields and its organization's.</summary>
    public void WriteServiceSummary(Utf8JsonWriter writer, Service service) => ServiceJsonWriter.Summary(writer, service, _context);

    /// <summary>
    /// An organization: with <paramref name="full"/>, its listing's lists and, when given, its services (fully
    /// nested) and locations, as organization_full; otherwise its one-to-one fields, as a list item.
    /// </summary>
    public void WriteOrganisation(Utf8JsonWriter writer, Organisation organisation, bool full = true,
        IReadOnlyCollection<Service>? services = null, IReadOnlyCollection<Location>? locations = null) =>
        OrganisationJsonWriter.Organisation(writer, organisation, _context, full, services, locations);

    public void WriteLocation(Utf8JsonWriter writer, Location location) => LocationJsonWriter.Location(writer, location, _context);

    /// <summary>A service_at_location with its location nested whole and its service's list item.</summary>
    public void WriteServiceAtLocation(Utf8JsonWriter writer, Service service, ServiceAtLocation serviceAtLocation) =>
        ServiceJsonWriter.ServiceAtLocation(writer, service, serviceAtLocation, _context, withService: true);

    /// <summary>A service_at_location as a list item: its one-to-one fields, its location's and its service's (as /service_at_locations lists them).</summary>
    public void WriteServiceAtLocationSummary(Utf8JsonWriter writer, Service service, ServiceAtLocation serviceAtLocation) =>
        ServiceJsonWriter.ServiceAtLocationSummary(writer, service, serviceAtLocation, _context);

    /// <summary>A service_at_location fully nested: its location and its service whole (as /service_at_locations/{id} returns it).</summary>
    public void WriteServiceAtLocationFull(Utf8JsonWriter writer, Service service, ServiceAtLocation serviceAtLocation) =>
        ServiceJsonWriter.ServiceAtLocationFull(writer, service, serviceAtLocation, _context);

    public static void WriteTaxonomy(Utf8JsonWriter writer, Taxonomy taxonomy) => TaxonomyJsonWriter.Taxonomy(writer, taxonomy);

    public void WriteTaxonomyTerm(Utf8JsonWriter writer, TaxonomyTerm term) => TaxonomyJsonWriter.Term(writer, term, _context);

    /// <summary>HSDS's paged list: total_items, total_pages, page_number, size, first_page, last_page, empty, contents.</summary>
    public static void WritePage<T>(Utf8JsonWriter writer, HsdsPage page, IReadOnlyCollection<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(writeItem);
        writer.WriteStartObject();
        writer.WriteNumber("total_items", page.TotalItems);
        writer.WriteNumber("total_pages", page.TotalPages);
        writer.WriteNumber("page_number", page.PageNumber);
        writer.WriteNumber("size", items.Count);
        writer.WriteBoolean("first_page", page.FirstPage);
        writer.WriteBoolean("last_page", page.LastPage);
        writer.WriteBoolean("empty", page.Empty);
        writer.WriteStartArray("contents");
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Streams services to <paramref name="stream"/> as one JSON array of fully nested services, flushing as it
    /// goes: only the service being written is held, so a directory of a million services costs what one does.
    /// </summary>
    public async Task<long> WriteServicesAsync(Stream stream, IAsyncEnumerable<Service> services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var writer = CreateWriter(stream);
        await using (writer.ConfigureAwait(false))
        {
            long count = 0;
            writer.WriteStartArray();
            await foreach (var service in services.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteService(writer, service);
                count++;
                if (writer.BytesPending > FlushThreshold)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            writer.WriteEndArray();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }

    /// <inheritdoc cref="WriteServicesAsync(Stream, IAsyncEnumerable{Service}, CancellationToken)"/>
    public Task<long> WriteServicesAsync(Stream stream, IEnumerable<Service> services, CancellationToken cancellationToken = default) =>
        WriteServicesAsync(stream, services.ToAsyncEnumerable(), cancellationToken);

    /// <summary>A writer set up as HSDS output should be: UTF-8, readable characters left unescaped.</summary>
    public Utf8JsonWriter CreateWriter(Stream stream) =>
        new(stream, new JsonWriterOptions { Indented = _context.Options.Indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Writes one thing to a string, e.g. <c>writer.ToJson(w => writer.WriteService(w, service))</c>.</summary>
    public string ToJson(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var writer = CreateWriter(buffer))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
