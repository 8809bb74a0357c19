using System.Xml.Linq;

namespace Gaoxin.Architecture.Tests;

/// <summary>
/// The UI's strings are .resx files (edited with .NET's own tooling): every neutral (Chinese) file under src/ has an
/// English sibling with the same keys, and no value is empty unless its comment says it is intentionally empty.
/// </summary>
public sealed class ResourceFileTests
{
    private const string IntentionallyEmpty = "intentionally empty";

    public static TheoryData<string> NeutralFiles() => new(NeutralFileList());

    private static List<string> NeutralFileList()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        return [.. Directory.EnumerateFiles(src, "*.resx", SearchOption.AllDirectories)
            .Where(f => !IsUnderBuildOutput(f) && Path.GetFileNameWithoutExtension(f).IndexOf('.', StringComparison.Ordinal) < 0)
            .Select(f => Path.GetRelativePath(src, f))
            .Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void The_web_shell_and_every_module_have_resource_files()
    {
        var files = NeutralFileList();
        files.Count.ShouldBeGreaterThanOrEqualTo(6);
        files.ShouldContain(Path.Combine("Gaoxin.Web", "Resources", "SharedResource.resx"));
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void Every_key_has_chinese_and_english_and_no_value_is_empty_by_accident(string relative)
    {
        var neutral = Path.Combine(RepositoryRoot(), "src", relative);
        var english = Path.ChangeExtension(neutral, null) + ".en.resx";
        File.Exists(english).ShouldBeTrue($"{relative} has no English file ({Path.GetFileName(english)})");

        var zh = Read(neutral);
        var en = Read(english);
        zh.Keys.Except(en.Keys).ShouldBeEmpty($"keys of {relative} without English");
        en.Keys.Except(zh.Keys).ShouldBeEmpty($"keys of {Path.GetFileName(english)} without Chinese");
        foreach (var (file, table) in new[] { (relative, zh), (Path.GetFileName(english), en) })
        {
            table.Where(e => string.IsNullOrWhiteSpace(e.Value.Value) && !e.Value.Comment.Contains(IntentionallyEmpty, StringComparison.OrdinalIgnoreCase))
                .Select(e => e.Key).ShouldBeEmpty($"empty values in {file} (add a <comment> saying \"{IntentionallyEmpty}\" if meant)");
        }
    }

    [Fact]
    public void A_missing_translation_is_caught()
    {
        // The check itself, on a file made to fail: a key only in Chinese.
        var dir = Directory.CreateTempSubdirectory("gaoxin-resx");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "T.resx"), """<root><data name="A" xml:space="preserve"><value>甲</value></data><data name="B" xml:space="preserve"><value>乙</value></data></root>""");
            File.WriteAllText(Path.Combine(dir.FullName, "T.en.resx"), """<root><data name="A" xml:space="preserve"><value></value></data></root>""");
            var zh = Read(Path.Combine(dir.FullName, "T.resx"));
            var en = Read(Path.Combine(dir.FullName, "T.en.resx"));
            zh.Keys.Except(en.Keys).ShouldBe(["B"]);
            en["A"].Value.ShouldBeEmpty();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static Dictionary<string, (string Value, string Comment)> Read(string path)
    {
        var data = XDocument.Load(path).Root!.Elements("data").ToList();
        var duplicates = data.GroupBy(d => (string)d.Attribute("name")!).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        duplicates.ShouldBeEmpty($"duplicate keys in {path}");
        return data.ToDictionary(d => (string)d.Attribute("name")!, d => ((string?)d.Element("value") ?? string.Empty, (string?)d.Element("comment") ?? string.Empty), StringComparer.Ordinal);
    }

    private static bool IsUnderBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gaoxin.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gaoxin.slnx not found above " + AppContext.BaseDirectory);
    }
}
