using System.Security.Cryptography;
using System.Text;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Ids for parts an export has to make up (an organisation's own phone, a service's need as an attribute): derived
/// from what they stand for (RFC 9562 version 8, from SHA-256), so every export of the same record gives the same id.
/// </summary>
internal static class DerivedIds
{
    public static Guid From(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("https://linkwork.org/hsds/" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
