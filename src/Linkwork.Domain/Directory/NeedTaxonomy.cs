using System.Security.Cryptography;
using System.Text;

namespace Linkwork.Domain.Directory;

/// <summary>
/// Linkwork's need categories published as an HSDS taxonomy, so every service's need travels in feeds as an
/// ordinary attribute. Ids are name-based (RFC 9562 version 5) so every deployment and every export agrees on them.
/// </summary>
public static class NeedTaxonomy
{
    public const string Name = "Linkwork need categories";
    public const string Uri = "https://linkwork.org/taxonomy/needs";

    public static readonly Guid Id = NameBased("taxonomy");

    // Hashed once: an import asks for the need of every attribute of every service.
    private static readonly Dictionary<Guid, NeedCategory> NeedsByTermId =
        Enum.GetValues<NeedCategory>().ToDictionary(need => NameBased("need/" + need), need => need);

    public static Guid TermId(NeedCategory need) => NameBased("need/" + need);

    public static NeedCategory? NeedOf(Guid termId) => NeedsByTermId.TryGetValue(termId, out var need) ? need : null;

    public static Taxonomy Taxonomy() =>
        Directory.Taxonomy.Create(Id, Name, "The kinds of need social prescribing most often meets.", Uri, "1");

    public static IEnumerable<TaxonomyTerm> Terms() =>
        Enum.GetValues<NeedCategory>().Select(need => TaxonomyTerm.Create(
            TermId(need), need.Label(), need.Label(), Id, code: need.ToString(), taxonomyName: Name, language: "en", need: need));

    private static Guid NameBased(string name)
    {
        // Version 5 UUID in the URL namespace (6ba7b811-...), over the taxonomy's address.
        Span<byte> namespaceId = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];
        var input = namespaceId.ToArray().Concat(Encoding.UTF8.GetBytes(Uri + "/" + name)).ToArray();
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 ids; nothing secret depends on it.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
