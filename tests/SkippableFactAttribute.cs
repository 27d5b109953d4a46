namespace CitationLint.Tests;

/// <summary>
/// A fact that is skipped where the machine lacks what it needs (../shared beside the clone, Chromium), with the
/// reason in the test's name as well as in its skip reason: <c>dotnet test</c> (VSTest's console logger at its
/// default, minimal verbosity) prints a skipped test's name but not its reason, which only the normal and detailed
/// verbosities show — along with a line for every test that passed. A derived attribute takes the test's name with
/// <c>[CallerMemberName]</c> and passes it on. (Linked into every test project by Directory.Build.props.)
/// </summary>
internal abstract class SkippableFactAttribute(string test) : FactAttribute
{
    /// <summary>Skips the test, saying why in its skip reason and in its name.</summary>
    protected void SkipBecause(string reason)
    {
        Skip = reason;
        DisplayName = $"{test} (skipped: {reason})";
    }
}
