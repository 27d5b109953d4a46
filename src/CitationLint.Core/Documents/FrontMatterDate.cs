using System.Globalization;

namespace CitationLint.Documents;

/// <summary>Reads the <c>date:</c> key of YAML front matter (2024-05-01, quoted, or with a time after it).</summary>
public static class FrontMatterDate
{
    /// <summary>The date, or null when the block has no readable <c>date:</c>.</summary>
    public static DateOnly? Read(ReadOnlySpan<char> frontMatter)
    {
        foreach (var rawLine in frontMatter.ToString().Split('\n'))
        {
            var line = rawLine.AsSpan().Trim();
            if (!line.StartsWith("date:", StringComparison.Ordinal))
                continue;
            var value = line["date:".Length..].Trim().Trim('\'').Trim('"');
            if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
            return null;
        }

        return null;
    }

    /// <summary>The value of the block's <c>date:</c> line as written, or null when it has none.</summary>
    public static string? Written(ReadOnlySpan<char> frontMatter)
    {
        foreach (var rawLine in frontMatter.ToString().Split('\n'))
        {
            var line = rawLine.AsSpan().Trim();
            if (line.StartsWith("date:", StringComparison.Ordinal))
                return line["date:".Length..].Trim().ToString();
        }

        return null;
    }
}
