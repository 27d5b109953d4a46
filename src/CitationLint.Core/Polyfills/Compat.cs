#if !NET
using System.Runtime.CompilerServices;

namespace CitationLint;

/// <summary>
/// The few newer BCL members Core uses, for netstandard2.0 (the analyzer): same names, same meaning, so the code
/// is written once for every target.
/// </summary>
internal static class Compat
{
    extension(ArgumentNullException)
    {
        public static void ThrowIfNull(object? argument, [CallerArgumentExpression(nameof(argument))] string? name = null)
        {
            if (argument is null)
                throw new ArgumentNullException(name);
        }
    }

    extension(char)
    {
        public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';
    }

    extension(Array)
    {
        public static void Fill<T>(T[] array, T value)
        {
            for (var i = 0; i < array.Length; i++)
                array[i] = value;
        }
    }

    extension(Stream stream)
    {
        public void ReadExactly(byte[] buffer)
        {
            var read = 0;
            while (read < buffer.Length)
            {
                var n = stream.Read(buffer, read, buffer.Length - read);
                if (n == 0)
                    throw new EndOfStreamException();
                read += n;
            }
        }
    }

    extension(Math)
    {
        public static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;
    }

    extension(string text)
    {
        public bool Contains(char c) => text.IndexOf(c) >= 0;

        public bool Contains(char c, StringComparison comparison) => text.IndexOf(c) >= 0;

        public bool Contains(string value, StringComparison comparison) => text.IndexOf(value, comparison) >= 0;

        public bool StartsWith(char c) => text.Length > 0 && text[0] == c;

        public bool EndsWith(char c) => text.Length > 0 && text[text.Length - 1] == c;

        public int IndexOf(char c, StringComparison comparison) => text.IndexOf(c);

        public string Replace(string oldValue, string newValue, StringComparison comparison) => text.Replace(oldValue, newValue);

        public string[] Split(char separator, StringSplitOptions options) => text.Split([separator], options);

        public string[] Split(string separator) => text.Split([separator], StringSplitOptions.None);
    }

    extension<TKey, TValue>(Dictionary<TKey, TValue> dictionary)
        where TKey : notnull
    {
        public bool TryAdd(TKey key, TValue value)
        {
            if (dictionary.ContainsKey(key))
                return false;
            dictionary.Add(key, value);
            return true;
        }

        public bool Remove(TKey key, out TValue value)
        {
            if (dictionary.TryGetValue(key, out value!))
                return dictionary.Remove(key);
            return false;
        }
    }

    extension<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> dictionary)
    {
        public TValue? GetValueOrDefault(TKey key) => dictionary.TryGetValue(key, out var value) ? value : default;

        public TValue GetValueOrDefault(TKey key, TValue fallback) => dictionary.TryGetValue(key, out var value) ? value : fallback;
    }

    extension<TKey, TValue>(KeyValuePair<TKey, TValue> pair)
    {
        public void Deconstruct(out TKey key, out TValue value)
        {
            key = pair.Key;
            value = pair.Value;
        }
    }

    extension(Path)
    {
        // Segment by segment, as .NET's own does: the common folders dropped, one ".." for each folder left in
        // relativeTo. Ordinal on Unix, ignoring case on Windows; another drive gives the full path.
        public static string GetRelativePath(string relativeTo, string path)
        {
            var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            char[] separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];
            var from = Path.GetFullPath(relativeTo).Split(separators, StringSplitOptions.RemoveEmptyEntries);
            var to = Path.GetFullPath(path).Split(separators, StringSplitOptions.RemoveEmptyEntries);
            var common = 0;
            while (common < from.Length && common < to.Length && string.Equals(from[common], to[common], comparison))
                common++;
            if (common == 0 && Path.IsPathRooted(path) && Path.DirectorySeparatorChar == '\\')
                return Path.GetFullPath(path);
            var parts = new List<string>();
            for (var i = common; i < from.Length; i++)
                parts.Add("..");
            for (var i = common; i < to.Length; i++)
                parts.Add(to[i]);
            return parts.Count == 0 ? "." : string.Join(Path.DirectorySeparatorChar.ToString(), parts);
        }
    }

    extension<T>(IEnumerable<T> source)
    {
        public HashSet<T> ToHashSet() => new(source);

        public IOrderedEnumerable<T> Order(IComparer<T> comparer) => source.OrderBy(x => x, comparer);
    }
}
#endif
