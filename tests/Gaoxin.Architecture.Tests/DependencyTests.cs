using System.Reflection;
using System.Xml.Linq;
using Gaoxin.Composition;
using Gaoxin.Data;
using Gaoxin.Kernel.Money;
using NetArchTest.Rules;

namespace Gaoxin.Architecture.Tests;

/// <summary>The shape of the modular monolith, checked on the compiled assemblies and the project files.</summary>
public sealed class DependencyTests
{
    private static readonly Assembly Kernel = typeof(Money).Assembly;
    private static readonly Assembly Data = typeof(GaoxinDbContext).Assembly;

    private static IReadOnlyList<Assembly> ModuleAssemblies =>
        GaoxinModules.All.Select(m => m.GetType().Assembly).Distinct().ToList();

    [Fact]
    public void Kernel_depends_on_no_module_no_database_and_no_web_framework()
    {
        var result = Types.InAssembly(Kernel).ShouldNot()
            .HaveDependencyOnAny(["Gaoxin.Data", "Gaoxin.Composition", "Gaoxin.Web", "Gaoxin.Cli", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore"])
            .GetResult();
        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
        Kernel.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Gaoxin", StringComparison.Ordinal)).ShouldBeEmpty();
        foreach (var module in ModuleAssemblies)
        {
            Kernel.GetReferencedAssemblies().ShouldNotContain(a => a.Name == module.GetName().Name);
        }
    }

    [Fact]
    public void Data_knows_the_kernel_but_no_module_and_no_host()
    {
        var names = Data.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Gaoxin", StringComparison.Ordinal)).ToList();
        names.ShouldBe(["Gaoxin.Kernel"]);
    }

    [Fact]
    public void Contracts_are_plain_records_and_interfaces_over_the_kernel()
    {
        var contracts = typeof(Gaoxin.Contracts.ZoneIndustry).Assembly;
        contracts.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Gaoxin", StringComparison.Ordinal) && n != "Gaoxin.Kernel").ShouldBeEmpty();
        var result = Types.InAssembly(contracts).ShouldNot().HaveDependencyOnAny(["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore"]).GetResult();
        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Every_module_project_is_registered_and_registered_modules_come_from_src_Modules()
    {
        var onDisk = ModuleProjects().Select(p => Path.GetFileNameWithoutExtension(p)).Order().ToList();
        var registered = ModuleAssemblies.Select(a => a.GetName().Name!).Order().ToList();
        registered.ShouldBe(onDisk, "a project under src/Modules must be listed in GaoxinModules.All, and only those");
    }

    [Fact]
    public void Modules_reference_no_other_module_project()
    {
        foreach (var project in ModuleProjects())
        {
            var name = Path.GetFileNameWithoutExtension(project);
            var references = XDocument.Load(project).Descendants("ProjectReference").Select(r => (string?)r.Attribute("Include") ?? string.Empty);
            references.Where(r => r.Replace('\\', '/').Contains("/Modules/", StringComparison.Ordinal) || r.StartsWith("../Gaoxin.", StringComparison.Ordinal) && !r.Contains("Gaoxin.Data", StringComparison.Ordinal) && !r.Contains("Gaoxin.Kernel", StringComparison.Ordinal) && !r.Contains("Gaoxin.Contracts", StringComparison.Ordinal))
                .ShouldBeEmpty($"{name} may reference Gaoxin.Kernel, Gaoxin.Data and Gaoxin.Contracts only; other modules are reached through their Contracts via DI");
        }
    }

    [Fact]
    public void No_module_uses_another_modules_internals()
    {
        foreach (var module in ModuleAssemblies)
        {
            var others = ModuleAssemblies.Where(m => m != module).Select(m => m.GetName().Name!).ToArray();
            if (others.Length == 0)
            {
                continue;
            }

            var result = Types.InAssembly(module).ShouldNot().HaveDependencyOnAny(others).GetResult();
            result.IsSuccessful.ShouldBeTrue($"{module.GetName().Name}: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
    }

    [Fact]
    public void The_web_host_uses_modules_only_through_their_one_door_and_contracts()
    {
        var web = typeof(Gaoxin.Web.SharedResource).Assembly;
        foreach (var module in ModuleAssemblies)
        {
            var name = module.GetName().Name!;
            var internals = module.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct()
                .Where(ns => !ns.Contains(".Contracts", StringComparison.Ordinal) && ns != name).ToArray();
            if (internals.Length == 0)
            {
                continue;
            }

            Types.InAssembly(web).ShouldNot().HaveDependencyOnAny(internals).GetResult().IsSuccessful.ShouldBeTrue(name);
        }
    }

    internal static IReadOnlyList<string> ModuleProjects()
    {
        var modules = Path.Combine(RepositoryRoot(), "src", "Modules");
        return Directory.Exists(modules) ? Directory.GetFiles(modules, "*.csproj", SearchOption.AllDirectories) : [];
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gaoxin.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gaoxin.slnx not found");
    }
}
