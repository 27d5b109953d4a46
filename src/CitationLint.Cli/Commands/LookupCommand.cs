using System.CommandLine;
using System.Globalization;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

namespace CitationLint.Cli.Commands;

/// <summary><c>citationlint lookup LAW ARTICLE [--version DATE] [--history]</c>: prints an article from the table.</summary>
internal static class LookupCommand
{
    public static Command Create()
    {
        var law = Operands.One("law", "The law: official title, short title or abbreviation (民法典, 民诉法).");
        var article = Operands.One("article", "The article: 1032, 一千零三十二, 第1032条, 293-1 or 293之一.");
        var version = new Option<string?>("--version") { Description = "A date (YYYY-MM-DD): that version, or the one in force then. Default: the one in force today." };
        var history = new Option<bool>("--history") { Description = "Show the provision's number and text in every version." };
        var lang = OutputLanguage.CreateOption();
        var command = new Command("lookup", "Print an article of a law from the bundled statute table.") { law, article, version, history, lang };
        command.SetAction(result => Run(
            result.GetValue(law)!, result.GetValue(article)!, result.GetValue(version), result.GetValue(history), Console.Out, Console.Error,
            OutputLanguage.Of(result.GetValue(lang)), LocalClock.Today));
        return command;
    }

    internal static int Run(
        string lawName, string articleText, string? versionText, bool history, TextWriter output, TextWriter errors, OutputLanguage language, DateOnly today)
    {
        DateOnly? date = null;
        if (versionText is not null)
        {
            if (!DateOnly.TryParseExact(versionText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                errors.WriteLine(language.Error(language.Text("VersionNotADate", versionText)));
                return CheckCommand.InputError;
            }

            date = day;
        }

        // The name is matched as a citation's is (ProvisionLookup, which the MCP server's tools share): a clear
        // misspelling is taken for its law (and said so), an unknown name gets the same suggestion CL0001 would give.
        var lookup = ProvisionLookup.Find(StatuteTable.Default, lawName, articleText, date, today);
        if (lookup.Law.Match is { Kind: NameMatchKind.Misspelt, Statute: var misspelt })
            errors.WriteLine(language.Text("ToolLine", language.Text("TakenFor", lawName, misspelt.Title)));
        switch (lookup.Failure)
        {
            case LookupFailure.UnknownLaw:
                errors.WriteLine(language.Error(lookup.Law.Suggestion is { } closest
                    ? language.Text("NoLawDidYouMean", lawName, closest.Title)
                    : language.Text("NoLaw", lawName)));
                return CheckCommand.InputError;
            case LookupFailure.NotAnArticle:
                errors.WriteLine(language.Error(language.Text("NotAnArticle", articleText)));
                return CheckCommand.InputError;
            case LookupFailure.NameOnly:
                errors.WriteLine(language.Error(language.Text("NameOnly", lookup.Statute!.Value.Title)));
                return CheckCommand.InputError;
            case LookupFailure.NoSuchArticle:
                var missing = lookup.Article!.Value.ToLabel();
                errors.WriteLine(language.Error(lookup.Version is { } v
                    ? language.Text("NoArticleInVersion", lookup.Statute!.Value.Title, missing, language.Version(v))
                    : language.Text("NoArticleInAnyVersion", lookup.Statute!.Value.Title, missing)));
                return CheckCommand.InputError;
        }

        var provision = lookup.Provision!.Value;
        var chosen = provision.Version;
        var statute = chosen.Statute;
        if (!history)
        {
            Print(output, provision, language);
            PrintRepeal(output, lookup, language);
            return CheckCommand.Success;
        }

        output.WriteLine(language.Text("HistoryTitle", statute.Title, provision.Number.ToLabel(), language.Version(chosen)));
        output.WriteLine();
        foreach (var (v, counterpart) in lookup.History)
        {
            output.WriteLine(HistoryLine(v, counterpart, chosen, language));
            if (counterpart is { } text)
            {
                foreach (var line in text.Text.Split('\n'))
                    output.WriteLine("  " + line);
            }

            output.WriteLine();
        }

        if (lookup.Successor is { } successor)
        {
            output.WriteLine(language.Text("HistoryRepealed", language.Date(statute.Repealed!.Value), successor.Version.Statute.Title, successor.Number.ToLabel()));
            foreach (var line in successor.Text.Split('\n'))
                output.WriteLine("  " + line);
        }

        return CheckCommand.Success;
    }

    /// <summary>
    /// One version's line of <c>--history</c>: its date, kind and date of effect, and the provision's number in it (or
    /// none), marked ◀ on <paramref name="chosen"/>. The language server's hover lists a citation's numbers with it.
    /// </summary>
    internal static string HistoryLine(StatuteVersion version, Provision? counterpart, StatuteVersion chosen, OutputLanguage language) =>
        language.Text(
            "HistoryVersion", language.Date(version.Date), version.Kind, language.Date(version.Effective),
            counterpart is { } found ? found.Number.ToLabel() : language.Text("NoCounterpart"), version == chosen ? " ◀" : "");

    /// <summary>For a repealed law: when, and the successor's article that carries the provision on.</summary>
    internal static void PrintRepeal(TextWriter output, ProvisionLookup lookup, OutputLanguage language)
    {
        if (lookup.Statute is { Repealed: { } repealed })
        {
            output.WriteLine(lookup.Successor is { } s
                ? language.Text("RepealedSuccessor", language.Date(repealed), s.Version.Statute.Title, s.Number.ToLabel())
                : language.Text("Repealed", language.Date(repealed)));
        }
    }

    /// <summary>The provision as <c>lookup</c> prints it: title and number, version, heading, text.</summary>
    internal static void Print(TextWriter output, Provision provision, OutputLanguage language)
    {
        var version = provision.Version;
        output.WriteLine($"{version.Statute.Title} {provision.Number.ToLabel()}");
        output.WriteLine(language.Text("ProvisionVersion", language.Date(version.Date), version.Kind, language.Date(version.Effective))
            + (provision.Heading.Length > 0 ? $" — {provision.Heading}" : ""));
        output.WriteLine();
        output.WriteLine(provision.Text);
    }
}
