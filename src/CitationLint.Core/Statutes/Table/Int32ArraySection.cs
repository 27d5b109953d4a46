using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace CitationLint.Statutes.Table;

/// <summary>
/// A section of the compiled table that holds int32 arrays one after another, each after its length: how the quote
/// index and the name matcher store what they would otherwise build at every start.
/// </summary>
internal static class Int32ArraySection
{
    /// <summary>Writes <paramref name="arrays"/>, each after its length.</summary>
    public static void Write(BinaryWriter writer, IEnumerable<int[]> arrays)
    {
        foreach (var array in arrays)
        {
            writer.Write(array.Length);
            foreach (var value in array)
                writer.Write(value);
        }
    }

    /// <summary>Where each of the first <paramref name="count"/> arrays lies in <paramref name="data"/>: byte offset and length.</summary>
    public static (int Start, int Length)[] Locate(ReadOnlySpan<byte> data, int count)
    {
        var located = new (int Start, int Length)[count];
        var position = 0;
        for (var which = 0; which < count; which++)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(data.Slice(position));
            located[which] = (position + 4, length);
            position += 4 + (length * 4);
        }

        return located;
    }

    /// <summary>One located array, read in place (little-endian machines).</summary>
    public static ReadOnlySpan<int> Array(ReadOnlySpan<byte> data, (int Start, int Length) at) =>
        MemoryMarshal.Cast<byte, int>(data.Slice(at.Start, at.Length * 4));

    /// <summary>Text stored two UTF-16 characters to an int, low half first.</summary>
    public static int[] Pack(string text)
    {
        var packed = new int[(text.Length + 1) / 2];
        for (var i = 0; i < text.Length; i++)
            packed[i / 2] |= text[i] << (16 * (i % 2));
        return packed;
    }

    /// <summary>Packed text (see <see cref="Pack"/>) as characters: in place on little-endian machines.</summary>
    public static ReadOnlySpan<char> Chars(ReadOnlySpan<int> packed)
    {
        if (BitConverter.IsLittleEndian)
            return MemoryMarshal.Cast<int, char>(packed);
        var chars = new char[packed.Length * 2];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = (char)(packed[i / 2] >> (16 * (i % 2)));
        return chars;
    }

    /// <summary>
    /// The record whose key equals <paramref name="key"/>, by binary search over records of <paramref name="fields"/>
    /// ints that begin with their key's start and length in <paramref name="chars"/>, in ordinal order of the keys;
    /// −1 when none does.
    /// </summary>
    public static int FindKey(ReadOnlySpan<int> records, int fields, ReadOnlySpan<char> chars, ReadOnlySpan<char> key)
    {
        int low = 0, high = (records.Length / fields) - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = key.SequenceCompareTo(chars.Slice(records[middle * fields], records[(middle * fields) + 1]));
            if (order == 0)
                return middle;
            if (order > 0)
                low = middle + 1;
            else
                high = middle - 1;
        }

        return -1;
    }

    /// <summary>The located arrays copied out (as arrays, or on big-endian machines, which cannot read them in place).</summary>
    public static int[][] Copy(ReadOnlySpan<byte> data, (int Start, int Length)[] located)
    {
        var copies = new int[located.Length][];
        for (var which = 0; which < located.Length; which++)
        {
            if (BitConverter.IsLittleEndian)
            {
                copies[which] = Array(data, located[which]).ToArray();
                continue;
            }

            copies[which] = new int[located[which].Length];
            for (var i = 0; i < copies[which].Length; i++)
                copies[which][i] = BinaryPrimitives.ReadInt32LittleEndian(data.Slice(located[which].Start + (i * 4)));
        }

        return copies;
    }
}
