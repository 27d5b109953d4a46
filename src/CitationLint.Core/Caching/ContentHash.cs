using System.Security.Cryptography;
using System.Text;

namespace CitationLint.Caching;

/// <summary>
/// The hash caches are keyed and sealed with: SHA-256, its first 128 bits in hex (32 characters) — short enough for a
/// file name, far past any chance of two inputs meeting.
/// </summary>
public static class ContentHash
{
    /// <summary>The hash of <paramref name="bytes"/>.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes))[..32];

    /// <summary>The hash of <paramref name="text"/>'s UTF-8 bytes.</summary>
    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));
}
