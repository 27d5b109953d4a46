using System.Diagnostics;
using System.Text;

namespace CitationLint.Cli.Tests;

/// <summary>Runs the real <c>citationlint</c> program, as a user does, and captures what it prints.</summary>
internal static class CitationLintProcess
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static (int ExitCode, string Output, string Errors) Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "citationlint.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors.Result);
    }

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CitationLint.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("CitationLint.sln not found above " + AppContext.BaseDirectory);
    }
}
