namespace CitationLint.Cli.Tests;

/// <summary>
/// A temporary folder of invented, dateless articles citing real statutes — correct, repealed, missing and informal
/// citations spread over nested folders, Markdown and plain text — for the tests of how runs are split, listed and
/// cached. Deleted when disposed.
/// </summary>
internal sealed class InventedArticles : IDisposable
{
    public static readonly (string Path, string Text)[] Files =
    [
        ("docs/隐私.md", "# 隐私\n\n《民法典》第一千零三十二条规定：“自然人享有隐私权。”\n"),
        ("docs/合同/无效.md", "合同无效的情形，过去规定在《合同法》第五十二条。\n"),
        ("docs/合同/违约.md", "违约责任见《民法典》第五百七十七条；旧法为《合同法》第一百零七条。\n"),
        ("docs/执行/申请.md", "依照《民事诉讼法》第二百四十三条申请执行。\n\n依照民诉法第一百一十九条起诉。\n"),
        ("docs/执行/说明.txt", "《民法典》第一千二百六十一条并不存在。\n"),
        ("docs/侵权/责任.md", "《侵权责任法》第六条规定了过错责任。\n《民法典》第一千一百六十五条与之相当。\n"),
        ("notes/草稿.md", "《民法典》第1032条、第1033条。\n"),
        ("notes/旧文/婚姻.md", "《婚姻法》第十七条规定夫妻共同财产。\n"),
    ];

    public string Root { get; } = Directory.CreateTempSubdirectory("citationlint-articles-").FullName;

    public InventedArticles()
    {
        foreach (var (path, text) in Files)
            Write(path, text);
    }

    /// <summary>Writes (or overwrites) a file, its path relative to <see cref="Root"/> with /.</summary>
    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
