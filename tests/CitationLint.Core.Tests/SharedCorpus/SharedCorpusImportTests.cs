using CitationLint.Statutes.Import;

namespace CitationLint.Core.Tests.SharedCorpus;

public sealed class SharedCorpusImportTests
{
    /// <summary>
    /// Every source text imports, and importing ../shared/statutes-src again reproduces the committed statutes/
    /// exactly: the bundled table is what the importer makes of the sources, nothing edited by hand.
    /// </summary>
    [SharedCorpusFact]
    [Trait("Category", "Exhaustive")]
    public void SharedCorpus_EverySourceImports_AndReproducesTheCommittedTable()
    {
        var committed = Path.Combine(SharedCorpus.RepositoryRoot, "statutes");
        var output = Directory.CreateTempSubdirectory("citationlint-statutes-").FullName;
        try
        {
            var reviewed = Path.Combine(output, "reviewed");
            Directory.CreateDirectory(reviewed);
            foreach (var file in Directory.GetFiles(Path.Combine(committed, "reviewed")))
                File.Copy(file, Path.Combine(reviewed, Path.GetFileName(file)));

            var report = StatuteImporter.Import(SharedCorpus.StatuteSources, output, TextWriter.Null);

            Assert.Empty(report.Problems);
            Assert.True(report.SourceFiles > 1650, $"only {report.SourceFiles} source files");
            var differences = new List<string>();
            foreach (var folder in (string[])["catalog", "laws", "maps"])
            {
                var expected = Directory.EnumerateFiles(Path.Combine(committed, folder), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(committed, f)).ToHashSet();
                var actual = Directory.EnumerateFiles(Path.Combine(output, folder), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f)).ToHashSet();
                differences.AddRange(expected.Except(actual).Select(f => "missing from a fresh import: " + f));
                differences.AddRange(actual.Except(expected).Select(f => "not committed: " + f));
                differences.AddRange(expected.Intersect(actual)
                    .Where(f => File.ReadAllText(Path.Combine(committed, f)) != File.ReadAllText(Path.Combine(output, f)))
                    .Select(f => "differs: " + f));
            }

            if (File.ReadAllText(Path.Combine(committed, "law-names.tsv")) != File.ReadAllText(Path.Combine(output, "law-names.tsv")))
                differences.Add("differs: law-names.tsv");
            Assert.True(differences.Count == 0, "statutes/ is not what `citationlint statutes import` makes of the sources; re-run it and commit:\n" + string.Join("\n", differences.Take(20)));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
