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
        var table = StatuteTable.Default;
        // The name is matched as a citation's is: a clear misspelling is taken for its law (and said so), an unknown
        // name gets the same suggestion CL0001 would give, or none.
        if (table.Match(lawName) is not { Statute: var statute } match)
        {
            var closest = table.ClosestTitle(lawName);
            errors.WriteLine(language.Error(closest is null ? language.Text("NoLaw", lawName) : language.Text("NoLawDidYouMean", lawName, closest.Value.Title)));
            return CheckCommand.InputError;
        }

        if (match.Kind == NameMatchKind.Misspelt)
            errors.WriteLine(language.Text("ToolLine", language.Text("TakenFor", lawName, statute.Title)));

        if (ParseArticle(articleText) is not { } number)
        {
            errors.WriteLine(language.Error(language.Text("NotAnArticle", articleText)));
            return CheckCommand.InputError;
        }

        if (statute.NameOnly || statute.Versions.Count == 0)
        {
            errors.WriteLine(language.Error(language.Text("NameOnly", statute.Title)));
            return CheckCommand.InputError;
        }

        StatuteVersion? version;
        if (versionText is null)
        {
            version = statute.InForceOn(today) ?? statute.Versions[0];
        }
        else if (DateOnly.TryParseExact(versionText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            version = statute.VersionFor(date);
        }
        else
        {
            errors.WriteLine(language.Error(language.Text("VersionNotADate", versionText)));
            return CheckCommand.InputError;
        }

        if (version is not { } chosen || chosen.Find(number) is not { } provision)
        {
            errors.WriteLine(language.Error(version is { } v
                ? language.Text("NoArticleInVersion", statute.Title, number.ToLabel(), language.Version(v))
                : language.Text("NoArticleInAnyVersion", statute.Title, number.ToLabel())));
            return CheckCommand.InputError;
        }

        if (!history)
        {
            Print(output, provision, language);
            if (statute.Repealed is { } repealed)
            {
                output.WriteLine(provision.Successor is { } s
                    ? language.Text("RepealedSuccessor", language.Date(repealed), s.Version.Statute.Title, s.Number.ToLabel())
                    : language.Text("Repealed", language.Date(repealed)));
            }

            return CheckCommand.Success;
        }

        var chain = provision.History;
        output.WriteLine(language.Text("HistoryTitle", statute.Title, number.ToLabel(), language.Version(chosen)));
        output.WriteLine();
        foreach (var v in statute.Versions)
        {
            var counterpart = chain.FirstOrDefault(p => p.Version == v);
            var marker = v == chosen ? " ◀" : "";
            var found = counterpart != default;
            output.WriteLine(language.Text(
                "HistoryVersion", language.Date(v.Date), v.Kind, language.Date(v.Effective),
                found ? counterpart.Number.ToLabel() : language.Text("NoCounterpart"), marker));
            if (found)
            {
                foreach (var line in counterpart.Text.Split('\n'))
                    output.WriteLine("  " + line);
            }

            output.WriteLine();
        }

        if (chain[^1].Successor is { } successor)
        {
            output.WriteLine(language.Text("HistoryRepealed", language.Date(statute.Repealed!.Value), successor.Version.Statute.Title, successor.Number.ToLabel()));
            foreach (var line in successor.Text.Split('\n'))
                output.WriteLine("  " + line);
        }

        return CheckCommand.Success;
    }

    private static void Print(TextWriter output, Provision provision, OutputLanguage language)
    {
        var version = provision.Version;
        output.WriteLine($"{version.Statute.Title} {provision.Number.ToLabel()}");
        output.WriteLine(language.Text("ProvisionVersion", language.Date(version.Date), version.Kind, language.Date(version.Effective))
            + (provision.Heading.Length > 0 ? $" — {provision.Heading}" : ""));
        output.WriteLine();
        output.WriteLine(provision.Text);
    }

    /// <summary>1032, １０３２, 一千零三十二, 第1032条, 293-1, 293之一, 第二百九十三条之一.</summary>
    internal static ArticleNumber? ParseArticle(string text)
    {
        text = text.Trim();
        if (text.StartsWith('第'))
            text = text[1..];
        text = text.Replace("条之", "之", StringComparison.Ordinal).TrimEnd('条', '條');
        var sub = 0;
        var split = text.IndexOfAny(['-', '之']);
        if (split > 0)
        {
            if (!ChineseNumeral.TryParse(text.AsSpan(split + 1), out sub))
                return null;
            text = text[..split];
        }

        return ChineseNumeral.TryParse(text, out var number) ? new ArticleNumber(number, sub) : null;
    }
}
