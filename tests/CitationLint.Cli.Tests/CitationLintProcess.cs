using System.Diagnostics;
using System.Text;

namespace CitationLint.Cli.Tests;

/// <summary>Runs the real <c>citationlint</c> program, as a user does, and captures what it prints.</summary>
internal static class CitationLintProcess
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static (int ExitCode, string Output, string Errors) Run(string workingDirectory, params string[] arguments) =>
        Tools.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "citationlint.dll"), .. arguments], workingDirectory);

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CitationLint.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("CitationLint.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Runs a program and captures its output.</summary>
internal static class Tools
{
    public static (int ExitCode, string Output, string Errors) Run(string program, params string[] arguments) =>
        Run(program, arguments, Directory.GetCurrentDirectory());

    public static (int ExitCode, string Output, string Errors) Run(
        string program, string[] arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors.Result);
    }

}
