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

    /// <summary>The located arrays copied out (big-endian machines, which cannot read them in place).</summary>
    public static int[][] Copy(ReadOnlySpan<byte> data, (int Start, int Length)[] located)
    {
        var copies = new int[located.Length][];
        for (var which = 0; which < located.Length; which++)
        {
            copies[which] = new int[located[which].Length];
            for (var i = 0; i < copies[which].Length; i++)
                copies[which][i] = BinaryPrimitives.ReadInt32LittleEndian(data.Slice(located[which].Start + (i * 4)));
        }

        return copies;
    }
}
