using System.Diagnostics;
using System.Text;

namespace CitationLint.Cli.Tests;

/// <summary>Runs the real <c>citationlint</c> program, as a user does, and captures what it prints.</summary>
internal static class CitationLintProcess
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static (int ExitCode, string Output, string Errors) Run(string workingDirectory, params string[] arguments) =>
        Tools.Run("dotnet", [Program, .. arguments], workingDirectory, PinnedEnvironment());

    /// <summary>Runs it with these environment variables (on top of <see cref="PinnedEnvironment"/>'s).</summary>
    public static (int ExitCode, string Output, string Errors) RunWith(
        IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] arguments) =>
        Tools.Run("dotnet", [Program, .. arguments], workingDirectory, PinnedEnvironment(environment));

    /// <summary>Runs it with <paramref name="input"/> on its standard input; what it writes to standard output, as bytes.</summary>
    public static (int ExitCode, byte[] Output, string Errors) RunWithInput(string workingDirectory, byte[] input, params string[] arguments) =>
        Tools.Run("dotnet", [Program, .. arguments], workingDirectory, PinnedEnvironment(), input);

    /// <summary>
    /// The environment a test runs the tool in: the machine's, less what picks its language (an empty variable counts
    /// as unset), so the output is English on any machine unless a test asks for Chinese; plus <paramref name="extra"/>.
    /// </summary>
    public static Dictionary<string, string> PinnedEnvironment(IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string> { ["CITATIONLINT_LANG"] = "", ["LC_ALL"] = "", ["LC_MESSAGES"] = "", ["LANG"] = "" };
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
            environment[name] = value;
        return environment;
    }

    /// <summary>The program's assembly, run with dotnet.</summary>
    public static string ProgramPath => Path.Combine(AppContext.BaseDirectory, "citationlint.dll");

    private static string Program => ProgramPath;

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
        var (exitCode, output, errors) = Run(program, arguments, workingDirectory, environment, input: null);
        using var reader = new StreamReader(new MemoryStream(output), Encoding.UTF8);
        return (exitCode, reader.ReadToEnd(), errors);
    }

    /// <summary>Runs a program, with <paramref name="input"/> on its standard input if given; its standard output as bytes.</summary>
    public static (int ExitCode, byte[] Output, string Errors) Run(
        string program, string[] arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment, byte[]? input)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = new MemoryStream();
        var copied = process.StandardOutput.BaseStream.CopyToAsync(output);
        var errors = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }

        process.WaitForExit();
        copied.Wait();
        return (process.ExitCode, output.ToArray(), errors.Result);
    }
}
