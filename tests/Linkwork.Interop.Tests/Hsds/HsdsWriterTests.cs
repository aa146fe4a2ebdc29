using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;
using Linkwork.Interop.Hsds;
using Xunit;

namespace Linkwork.Interop.Tests.Hsds;

[Collection(nameof(MemoryMeasured))]
public sealed class HsdsWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly Organisation Ramblers = Organisation.Create(Guid.Parse(Feeds.Organisation), Guid.NewGuid(), "Rotherham Ramblers", OrganisationKind.Provider, Now, phone: "01709 123456");

    private static Service Walk(ServiceDetails? details = null) =>
        Service.Create(Guid.Parse(Feeds.Id(1)), Ramblers.Id, details ?? new ServiceDetails { Name = "Walking group" }, Now);

    private static HsdsWriter Writer(HsdsWriteOptions? options = null) =>
        new(new HsdsWriterLookups { Organisation = id => id == Ramblers.Id ? Ramblers : null }, options);

    [Fact]
    public void Empty_optional_fields_are_left_out()
    {
        var writer = Writer(new HsdsWriteOptions { IncludeLinkworkFields = false });

        var json = writer.ToJson(w => writer.WriteService(w, Walk()));

        using var document = JsonDocument.Parse(json);
        Assert.Equal(["id", "organization_id", "name", "status", "last_modified", "organization"], document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("[]", json, StringComparison.Ordinal);
        Assert.Equal("2026-11-24T09:00:00Z", document.RootElement.GetProperty("last_modified").GetString());
    }

    [Fact]
    public void Linkworks_own_fields_travel_as_linkwork_extensions_that_the_schemas_allow()
    {
        var service = Walk(new ServiceDetails { Name = "Walking group", ReferralMode = ReferralMode.AcceptsReferrals, Modes = DeliveryModes.InPerson | DeliveryModes.Online, Need = NeedCategory.Walking });
        service.UpdateCapacity(new ServiceCapacity(CapacityStatus.Waitlist, 3, Now, "curator@example.org"));
        var writer = Writer();

        var json = writer.ToJson(w => writer.WriteService(w, service));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("accepts_referrals", root.GetProperty("linkwork_referral_mode").GetString());
        Assert.Equal(["in_person", "online"], root.GetProperty("linkwork_delivery_modes").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Walking", root.GetProperty("linkwork_need").GetString());
        Assert.Equal(("waitlist", 3), (root.GetProperty("linkwork_capacity").GetProperty("status").GetString(), root.GetProperty("linkwork_capacity").GetProperty("estimated_wait_weeks").GetInt32()));
        Assert.DoesNotContain("curator@example.org", json, StringComparison.Ordinal);
        Assert.Empty(HsdsSchemaValidator.Core.Validate(HsdsEntity.Service, json));
        Assert.Empty(HsdsSchemaValidator.UkProfile.Validate(HsdsEntity.Service, json));
        var plain = Writer(new HsdsWriteOptions { IncludeLinkworkFields = false });
        Assert.DoesNotContain("linkwork_", plain.ToJson(w => plain.WriteService(w, service)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_need_set_by_a_curator_is_published_as_an_attribute_and_read_back()
    {
        var service = Walk(new ServiceDetails { Name = "Walking group", Need = NeedCategory.Walking });
        var writer = Writer();

        var json = writer.ToJson(w => writer.WriteService(w, service));
        var back = await Read.JsonAsync(json, "service_full.json");

        using var document = JsonDocument.Parse(json);
        var attribute = Assert.Single(document.RootElement.GetProperty("attributes").EnumerateArray());
        Assert.Equal(NeedTaxonomy.TermId(NeedCategory.Walking).ToString(), attribute.GetProperty("taxonomy_term_id").GetString());
        Assert.Equal("Walking", attribute.GetProperty("taxonomy_term").GetProperty("name").GetString());
        Assert.Equal(NeedTaxonomy.Name, attribute.GetProperty("taxonomy_term").GetProperty("taxonomy_detail").GetProperty("name").GetString());
        Assert.Empty(back.Errors);
        Assert.Equal(NeedCategory.Walking, back.Services[0].Details.Need);
        Assert.Equal(json, writer.ToJson(w => writer.WriteService(w, service)));
    }

    [Fact]
    public void An_organisations_own_phone_is_published_under_a_stable_id()
    {
        var writer = Writer();

        var first = writer.ToJson(w => writer.WriteOrganisation(w, Ramblers));
        var again = writer.ToJson(w => writer.WriteOrganisation(w, Ramblers));

        using var document = JsonDocument.Parse(first);
        var phone = Assert.Single(document.RootElement.GetProperty("phones").EnumerateArray());
        Assert.Equal("01709 123456", phone.GetProperty("number").GetString());
        Assert.Equal(first, again);
        Assert.Equal("", document.RootElement.GetProperty("description").GetString());
        Assert.Empty(HsdsSchemaValidator.Core.Validate(HsdsEntity.Organization, first));
    }

    [Fact]
    public void A_missing_lookup_keeps_the_reference_and_leaves_the_object_out()
    {
        var service = Walk(new ServiceDetails { Name = "Walking group", Locations = [new ServiceAtLocation { Id = Guid.NewGuid(), LocationId = Guid.Parse(Feeds.Location) }] });
        var writer = new HsdsWriter(new HsdsWriterLookups());

        var json = writer.ToJson(w => writer.WriteService(w, service));

        using var document = JsonDocument.Parse(json);
        Assert.False(document.RootElement.TryGetProperty("organization", out _));
        var at = Assert.Single(document.RootElement.GetProperty("service_at_locations").EnumerateArray());
        Assert.Equal(Feeds.Location, at.GetProperty("location_id").GetString());
        Assert.False(at.TryGetProperty("location", out _));
    }

    [Fact]
    public async Task A_million_services_stream_out_without_being_held()
    {
        var writer = Writer();
        var template = new ServiceDetails
        {
            Name = "Walking group",
            Description = "A gentle walk round Clifton Park every week.",
            Phones = [new Phone { Id = Guid.NewGuid(), Number = "01709 123456" }],
            Schedules = [Schedule.Weekly(Guid.NewGuid(), [DayOfWeek.Tuesday], new TimeOnly(10, 0), new TimeOnly(12, 0))],
        };
        IEnumerable<Service> Services()
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                yield return Service.Create(Guid.CreateVersion7(), Ramblers.Id, template with { Name = "Walking group " + i }, Now);
            }
        }

        var sink = new MeasuringStream { Baseline = GC.GetTotalMemory(forceFullCollection: true) };
        var count = await writer.WriteServicesAsync(sink, Services(), TestContext.Current.CancellationToken);

        Assert.Equal(1_000_000, count);
        Assert.Equal(1_000_000, sink.Objects);
        Assert.Equal((byte)'[', sink.First);
        Assert.Equal((byte)']', sink.Last);
        Assert.True(sink.Length > 500_000_000, $"{sink.Length:N0} bytes");
        // Flushed every 64 KB or so, and what stayed alive was a sliver of the half gigabyte written.
        Assert.True(sink.LargestWrite < 1 << 20, $"largest write {sink.LargestWrite:N0} bytes");
        Assert.True(sink.PeakHeap - sink.Baseline < 32L << 20, $"the heap grew by {sink.PeakHeap - sink.Baseline:N0} bytes");
    }

    /// <summary>Counts what is written, top-level objects included, and samples the heap as it goes.</summary>
    private sealed class MeasuringStream : Stream
    {
        private int _depth;
        private bool _inString;
        private bool _escaped;
        private long _writes;

        public long Objects { get; private set; }
        public byte First { get; private set; }
        public byte Last { get; private set; }
        public long LargestWrite { get; private set; }
        public long PeakHeap { get; private set; }
        public long Baseline { get; init; }
        public override long Length => Position;
        public override long Position { get; set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Position == 0 && buffer.Length > 0)
            {
                First = buffer[0];
            }

            foreach (var b in buffer)
            {
                if (_inString)
                {
                    (_escaped, _inString) = (!_escaped && b == '\\', _escaped || b != '"');
                    continue;
                }

                switch (b)
                {
                    case (byte)'"':
                        _inString = true;
                        break;
                    case (byte)'{' or (byte)'[':
                        if (_depth++ == 1 && b == '{')
                        {
                            Objects++;
                        }

                        break;
                    case (byte)'}' or (byte)']':
                        _depth--;
                        break;
                }
            }

            if (buffer.Length > 0)
            {
                Last = buffer[^1];
            }

            Position += buffer.Length;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            // What is still alive after a collection, a few times over the run: garbage between flushes does not count.
            if (++_writes % 1000 == 0)
            {
                PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
