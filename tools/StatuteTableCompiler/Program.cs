using System.Diagnostics;
using System.Text;
using CitationLint.Statutes.Table;
using CitationLint.Syntax;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: StatuteTableCompiler STATUTES_FOLDER TABLE_FILE LAW_NAMES_FILE");
    return 2;
}

var clock = Stopwatch.StartNew();
string? temporary = null;
try
{
    temporary = args[1] + ".tmp";
    using (var output = File.Create(temporary))
        StatuteTableWriter.Compile(args[0], output);
    File.Move(temporary, args[1], overwrite: true);

    // The scanner's name dictionary (statutes/law-names.tsv), compiled to the trie it searches.
    temporary = args[2] + ".tmp";
    using (var output = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
    using (var names = new StreamReader(Path.Combine(args[0], "law-names.tsv")))
        new LawNameIndex(LawNameIndex.ReadNames(names)).Write(output);
    File.Move(temporary, args[2], overwrite: true);
}
catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"StatuteTableCompiler: error: {e.Message}");
    if (temporary is not null)
        File.Delete(temporary);
    return 1;
}

Console.WriteLine($"Compiled {args[0]} into {args[1]} ({new FileInfo(args[1]).Length / 1024} KiB) in {clock.ElapsedMilliseconds} ms.");
return 0;
