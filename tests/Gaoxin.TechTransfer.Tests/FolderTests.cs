using NetArchTest.Rules;

namespace Gaoxin.TechTransfer.Tests;

/// <summary>The module's feature folders (sub-namespaces) depend on each other in one direction only.</summary>
public sealed class FolderTests
{
    private const string Root = "Gaoxin.TechTransfer";

    private static readonly System.Reflection.Assembly Module = typeof(TechTransferModule).Assembly;

    private static List<string> Folders() =>
        Module.GetTypes().Select(t => t.Namespace).OfType<string>().Where(ns => ns.StartsWith(Root + ".", StringComparison.Ordinal))
            .Select(ns => Root + "." + ns[(Root.Length + 1)..].Split('.')[0]).Distinct().Order(StringComparer.Ordinal).ToList();

    private static bool DependsOn(string folder, string other) =>
        Types.InAssembly(Module).That().ResideInNamespace(folder).And().HaveDependencyOn(other).GetTypes().Any();

    [Fact]
    public void No_two_feature_folders_depend_on_each_other_even_through_a_third()
    {
        var folders = Folders();
        var edges = folders.ToDictionary(f => f, f => folders.Where(o => o != f && DependsOn(f, o)).ToList());
        edges[Root + ".Screening"].ShouldContain(Root + ".Projects", "the check sees real dependencies");

        List<string>? PathFrom(string from, string to, HashSet<string> seen)
        {
            foreach (var next in edges[from].Where(seen.Add))
            {
                if (next == to)
                {
                    return [from, next];
                }

                if (PathFrom(next, to, seen) is { } rest)
                {
                    return [from, .. rest];
                }
            }

            return null;
        }

        var cycles = folders.Select(f => PathFrom(f, f, [])).OfType<List<string>>().Select(c => string.Join(" → ", c.Select(n => n[(Root.Length + 1)..]))).ToList();
        cycles.ShouldBeEmpty();
    }
}
