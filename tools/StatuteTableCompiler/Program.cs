using System.Diagnostics;
using CitationLint.Statutes.Table;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: StatuteTableCompiler STATUTES_FOLDER OUTPUT_FILE");
    return 2;
}

var clock = Stopwatch.StartNew();
var temporary = args[1] + ".tmp";
try
{
    using (var output = File.Create(temporary))
        StatuteTableWriter.Compile(args[0], output);
    File.Move(temporary, args[1], overwrite: true);
}
catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"StatuteTableCompiler: error: {e.Message}");
    File.Delete(temporary);
    return 1;
}

Console.WriteLine($"Compiled {args[0]} into {args[1]} ({new FileInfo(args[1]).Length / 1024} KiB) in {clock.ElapsedMilliseconds} ms.");
return 0;
