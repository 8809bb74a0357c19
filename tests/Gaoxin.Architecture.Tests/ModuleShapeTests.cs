using System.Reflection;
using Gaoxin.Composition;
using Gaoxin.Data;
using Gaoxin.Kernel.Rules;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Architecture.Tests;

/// <summary>
/// The module kit's shape (issue #14, items 1–5), read from the compiled IL of every module, so a module that drifts
/// from the shape fails here rather than in review.
/// </summary>
public sealed class ModuleShapeTests
{
    private static readonly string[] MapMethods = ["MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods"];

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var module in GaoxinModules.All)
        {
            data.Add(module.GetType().Assembly.GetName().Name!);
        }

        return data;
    }

    [Fact]
    public void The_only_exception_our_code_declares_is_Refusal()
    {
        var ours = PlatformAssemblies().Concat(GaoxinModules.All.Select(m => m.GetType().Assembly)).Distinct();
        // DatabaseUnavailableException is not a refusal of a request: the database cannot be reached at all (CLI exit 3).
        var declared = ours.SelectMany(a => a.GetTypes()).Where(t => typeof(Exception).IsAssignableFrom(t) && t != typeof(DatabaseUnavailableException)).Select(t => t.FullName).ToList();
        declared.ShouldBe([typeof(Refusal).FullName], "refuse with Gaoxin.Kernel.Rules.Refusal; a second exception type is a second way to refuse");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_has_no_other_refusal_vocabulary(string moduleName)
    {
        var module = Load(moduleName);
        var found = new List<string>();
        foreach (var type in AllTypes(module))
        {
            if (type.Name is "Problems" or "Failure" || type.Name.StartsWith("Outcome`", StringComparison.Ordinal) || type.Name.EndsWith("Refusal", StringComparison.Ordinal))
            {
                found.Add(type.FullName);
            }

            foreach (var method in type.Methods)
            {
                if (TupleNames(method.MethodReturnType).Intersect(["NotFound", "Forbidden", "Invalid", "Found", "Ok"]).Any())
                {
                    found.Add($"{type.FullName}.{method.Name} returns a tuple that reports failure");
                }
            }
        }

        found.ShouldBeEmpty("refusals are thrown as Refusal and mapped once by the host");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Endpoints_are_named_handlers_in_a_feature_folder_that_catch_nothing(string moduleName)
    {
        var module = Load(moduleName);
        var handlers = Handlers(module);
        handlers.ShouldNotBeEmpty();
        var faults = new List<string>();
        foreach (var handler in handlers)
        {
            var where = $"{handler.DeclaringType.FullName}.{handler.Name}";
            if (handler.Name.Contains('<', StringComparison.Ordinal) || handler.DeclaringType.Name.Contains('<', StringComparison.Ordinal))
            {
                faults.Add($"{where}: a lambda, not a named handler");
                continue;
            }

            if (OuterType(handler.DeclaringType).Namespace == moduleName)
            {
                faults.Add($"{where}: in the module's root, not in the feature folder it serves");
            }

            foreach (var body in BodiesOf(handler))
            {
                if (body.ExceptionHandlers.Any(h => h.HandlerType == ExceptionHandlerType.Catch && h.CatchType?.FullName != "System.Exception"))
                {
                    faults.Add($"{where}: catches an exception; refusals reach the host's one mapping");
                }
            }
        }

        faults.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Pages_and_services_never_use_endpoint_types(string moduleName)
    {
        var module = Load(moduleName);
        var handlerTypes = Handlers(module).Select(h => OuterType(h.DeclaringType).FullName).ToHashSet();
        var mappers = AllTypes(module).Where(t => t.Methods.Any(m => CallsMap(m))).Select(t => OuterType(t).FullName).ToHashSet();
        var faults = new List<string>();
        foreach (var type in module.MainModule.Types)
        {
            if (handlerTypes.Contains(type.FullName) || mappers.Contains(type.FullName) || Implements(type, "Gaoxin.Data.Modules.IGaoxinModule"))
            {
                continue;
            }

            foreach (var used in ReferencedTypes(type).Where(handlerTypes.Contains))
            {
                faults.Add($"{type.FullName} uses the endpoint type {used}");
            }
        }

        faults.ShouldBeEmpty("endpoints call services; nothing calls endpoints");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Feature_folders_of_a_module_form_no_cycle(string moduleName)
    {
        var module = Load(moduleName);
        var edges = new Dictionary<string, HashSet<string>>();
        foreach (var type in module.MainModule.Types)
        {
            var from = Folder(moduleName, type.Namespace);
            if (from is null)
            {
                continue;
            }

            foreach (var used in ReferencedTypes(type))
            {
                var to = used.StartsWith(moduleName + ".", StringComparison.Ordinal) ? Folder(moduleName, used[..Math.Max(used.LastIndexOf('.'), 0)]) : null;
                if (to is not null && to != from)
                {
                    (edges.TryGetValue(from, out var set) ? set : edges[from] = []).Add(to);
                }
            }
        }

        var cycles = edges.SelectMany(e => e.Value.Where(to => Reaches(edges, to, e.Key)).Select(to => $"{e.Key} → {to} → … → {e.Key}")).ToList();
        cycles.ShouldBeEmpty($"feature folders of {moduleName} depend on each other in a circle");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Entity_state_changes_only_through_the_entitys_own_methods(string moduleName)
    {
        using var scope = DesignModel();
        var faults = scope.Model.GetEntityTypes()
            .Where(e => e.ClrType.Assembly.GetName().Name == moduleName)
            .SelectMany(e => e.ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.PropertyType.IsEnum && (p.Name.EndsWith("Status", StringComparison.Ordinal) || p.Name.EndsWith("Stage", StringComparison.Ordinal) || p.Name.EndsWith("State", StringComparison.Ordinal)))
            .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        // A yes/no state is state too (Product.Withdrawn had a public setter beside Withdraw()): a bool that one of the entity's
        // own methods sets is a transition's flag, so its setter must not be public either. Plain bool facts set only from
        // outside (a consent, a field of a form) are not flagged.
        var assembly = Load(moduleName);
        foreach (var entity in scope.Model.GetEntityTypes().Select(e => e.ClrType).Where(t => t.Assembly.GetName().Name == moduleName).Distinct())
        {
            var flags = entity.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.PropertyType == typeof(bool) && p.SetMethod is { IsPublic: true } set
                    && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
                .Select(p => "set_" + p.Name).ToHashSet(StringComparer.Ordinal);
            var type = flags.Count == 0 ? null : AllTypes(assembly).FirstOrDefault(t => t.FullName == entity.FullName!.Replace('+', '/'));
            if (type is null)
            {
                continue;
            }

            faults.AddRange(type.Methods.Where(m => !m.IsConstructor && !m.IsSetter && !m.IsGetter)
                .SelectMany(BodiesOf).SelectMany(b => b.Instructions)
                .Select(i => i.Operand is MethodReference called && called.DeclaringType.FullName == type.FullName && flags.Contains(called.Name) ? called.Name : null)
                .OfType<string>().Distinct().Select(setter => $"{entity.Name}.{setter[4..]}"));
        }

        faults.ShouldBeEmpty("a thing with a life changes state through a transition method that checks its rules; its setter is private (init for a fact recorded once)");
    }

    [Fact]
    public void The_command_line_reaches_modules_only_through_what_they_contribute()
    {
        var cli = typeof(Gaoxin.Cli.CliApp).Assembly;
        var modules = GaoxinModules.All.Select(m => m.GetType().Assembly.GetName().Name!).ToArray();
        var result = NetArchTest.Rules.Types.InAssembly(cli).ShouldNot().HaveDependencyOnAny(modules).GetResult();
        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Only_the_kernels_zone_clock_reads_the_time_zone_or_the_machine_clock()
    {
        var banned = new[] { "System.TimeZoneInfo", "System.DateTime::get_Now", "System.DateTime::get_UtcNow", "System.DateTime::get_Today", "System.DateTimeOffset::get_Now", "System.DateTimeOffset::get_UtcNow" };
        var faults = new List<string>();
        foreach (var assembly in PlatformAssemblies().Concat(GaoxinModules.All.Select(m => m.GetType().Assembly)).Distinct())
        {
            foreach (var type in AllTypes(Load(assembly.GetName().Name!)).Where(t => OuterType(t).FullName != typeof(Gaoxin.Kernel.Zones.ZoneClock).FullName))
            {
                foreach (var method in type.Methods.Where(m => m.HasBody))
                {
                    foreach (var i in method.Body.Instructions)
                    {
                        var text = i.Operand switch
                        {
                            MethodReference m => m.DeclaringType.FullName + "::" + m.Name,
                            TypeReference t => t.FullName,
                            _ => null,
                        };
                        if (text is not null && banned.Any(b => text.StartsWith(b, StringComparison.Ordinal)))
                        {
                            faults.Add($"{OuterType(type).FullName}.{method.Name}: {text}");
                        }
                    }
                }
            }
        }

        faults.Distinct().ShouldBeEmpty("dates come from ZoneClock (the zone's today from the injected TimeProvider)");
    }

    [Fact]
    public void Chains_hash_only_through_the_kernels_hash_chain()
    {
        var faults = new List<string>();
        foreach (var assembly in PlatformAssemblies().Concat(GaoxinModules.All.Select(m => m.GetType().Assembly)).Distinct())
        {
            foreach (var type in AllTypes(Load(assembly.GetName().Name!)))
            {
                var outer = OuterType(type);
                if (outer.FullName == typeof(Gaoxin.Kernel.Audit.ChainLink).FullName || !(outer.Namespace.EndsWith(".Audit", StringComparison.Ordinal) || outer.Namespace.EndsWith(".Ledger", StringComparison.Ordinal)))
                {
                    continue;
                }

                if (ReferencedTypes(type).Any(t => t.StartsWith("System.Security.Cryptography.", StringComparison.Ordinal)))
                {
                    faults.Add(outer.FullName);
                }
            }
        }

        faults.Distinct().ShouldBeEmpty("the audit trail and the fund ledger hash through Gaoxin.Kernel.Audit.ChainLink, one encoder for both");
    }

    private static IEnumerable<Assembly> PlatformAssemblies() =>
        [typeof(Refusal).Assembly, typeof(GaoxinDbContext).Assembly, typeof(GaoxinModules).Assembly, typeof(Gaoxin.Web.SharedResource).Assembly, typeof(Gaoxin.Cli.CliApp).Assembly];

    private static readonly Dictionary<string, AssemblyDefinition> Loaded = [];

    private static AssemblyDefinition Load(string name)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(name, out var assembly))
            {
                var resolver = new DefaultAssemblyResolver();
                resolver.AddSearchDirectory(AppContext.BaseDirectory);
                assembly = AssemblyDefinition.ReadAssembly(Path.Combine(AppContext.BaseDirectory, name + ".dll"), new ReaderParameters { AssemblyResolver = resolver });
                Loaded[name] = assembly;
            }

            return assembly;
        }
    }

    private static IEnumerable<TypeDefinition> AllTypes(AssemblyDefinition assembly)
    {
        var stack = new Stack<TypeDefinition>(assembly.MainModule.Types);
        while (stack.Count > 0)
        {
            var type = stack.Pop();
            yield return type;
            foreach (var nested in type.NestedTypes)
            {
                stack.Push(nested);
            }
        }
    }

    private static TypeDefinition OuterType(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static bool CallsMap(MethodDefinition method) =>
        method.HasBody && method.Body.Instructions.Any(i => i.Operand is MethodReference m && MapMethods.Contains(m.Name) && m.DeclaringType.Name == "EndpointRouteBuilderExtensions");

    /// <summary>The methods handed to MapGet/MapPost/…: the operand of the ldftn that makes the handler's delegate.</summary>
    private static List<MethodDefinition> Handlers(AssemblyDefinition assembly)
    {
        var handlers = new List<MethodDefinition>();
        foreach (var method in AllTypes(assembly).SelectMany(t => t.Methods).Where(CallsMap))
        {
            MethodDefinition? pending = null;
            foreach (var i in method.Body.Instructions)
            {
                if (i.OpCode == OpCodes.Ldftn && i.Operand is MethodReference target)
                {
                    pending = target.Resolve();
                }
                else if (i.Operand is MethodReference call && MapMethods.Contains(call.Name) && call.DeclaringType.Name == "EndpointRouteBuilderExtensions" && pending is not null)
                {
                    handlers.Add(pending);
                    pending = null;
                }
            }
        }

        return handlers;
    }

    /// <summary>The method's own body and, for async methods, the state machine's.</summary>
    private static IEnumerable<Mono.Cecil.Cil.MethodBody> BodiesOf(MethodDefinition method)
    {
        if (method.HasBody)
        {
            yield return method.Body;
        }

        var machine = method.CustomAttributes.FirstOrDefault(a => a.AttributeType.Name == "AsyncStateMachineAttribute")?.ConstructorArguments[0].Value as TypeReference;
        if (machine?.Resolve() is { } definition)
        {
            foreach (var move in definition.Methods.Where(m => m.Name == "MoveNext" && m.HasBody))
            {
                yield return move.Body;
            }
        }
    }

    private static bool Implements(TypeDefinition type, string interfaceName) => type.Interfaces.Any(i => i.InterfaceType.FullName == interfaceName);

    private static IEnumerable<string> TupleNames(MethodReturnType returnType) =>
        returnType.CustomAttributes.Where(a => a.AttributeType.Name == "TupleElementNamesAttribute")
            .SelectMany(a => ((CustomAttributeArgument[])a.ConstructorArguments[0].Value).Select(v => v.Value as string ?? string.Empty));

    /// <summary>Every type a type (with its nested and compiler-generated types) names in signatures and bodies.</summary>
    private static HashSet<string> ReferencedTypes(TypeDefinition root)
    {
        var names = new HashSet<string>();
        var stack = new Stack<TypeDefinition>([root]);
        while (stack.Count > 0)
        {
            var type = stack.Pop();
            foreach (var nested in type.NestedTypes)
            {
                stack.Push(nested);
            }

            Add(names, type.BaseType);
            foreach (var i in type.Interfaces)
            {
                Add(names, i.InterfaceType);
            }

            foreach (var field in type.Fields)
            {
                Add(names, field.FieldType);
            }

            foreach (var property in type.Properties)
            {
                Add(names, property.PropertyType);
            }

            foreach (var method in type.Methods)
            {
                Add(names, method.ReturnType);
                foreach (var p in method.Parameters)
                {
                    Add(names, p.ParameterType);
                }

                if (!method.HasBody)
                {
                    continue;
                }

                foreach (var v in method.Body.Variables)
                {
                    Add(names, v.VariableType);
                }

                foreach (var i in method.Body.Instructions)
                {
                    switch (i.Operand)
                    {
                        case TypeReference t:
                            Add(names, t);
                            break;
                        case MethodReference m:
                            Add(names, m.DeclaringType);
                            Add(names, m.ReturnType);
                            if (m is GenericInstanceMethod g)
                            {
                                foreach (var a in g.GenericArguments)
                                {
                                    Add(names, a);
                                }
                            }

                            break;
                        case FieldReference f:
                            Add(names, f.DeclaringType);
                            Add(names, f.FieldType);
                            break;
                    }
                }
            }
        }

        return names;
    }

    private static void Add(HashSet<string> names, TypeReference? type)
    {
        switch (type)
        {
            case null:
                return;
            case GenericInstanceType g:
                Add(names, g.ElementType);
                foreach (var a in g.GenericArguments)
                {
                    Add(names, a);
                }

                return;
            case TypeSpecification s:
                Add(names, s.ElementType);
                return;
        }

        var outer = type;
        while (outer.DeclaringType is not null)
        {
            outer = outer.DeclaringType;
        }

        names.Add(outer.FullName);
    }

    /// <summary>The feature folder a namespace belongs to (its first segment below the module), or null for the module's root.</summary>
    private static string? Folder(string moduleName, string? ns)
    {
        if (ns is null || !ns.StartsWith(moduleName + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[(moduleName.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> edges, string from, string target)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<string>([from]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node == target)
            {
                return true;
            }

            if (seen.Add(node) && edges.TryGetValue(node, out var next))
            {
                foreach (var n in next)
                {
                    stack.Push(n);
                }
            }
        }

        return false;
    }

    private static DesignContext DesignModel() => new();

    /// <summary>The composed SQLite model, built as the design-time factory builds it (no database is opened).</summary>
    private sealed class DesignContext : IDisposable
    {
        private readonly SqliteGaoxinDbContext _context = new(
            new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<SqliteGaoxinDbContext>().UseSqlite("Data Source=:memory:").Options,
            GaoxinModules.All, new Gaoxin.Data.Audit.SystemAuditActor("test"), TimeProvider.System);

        public Microsoft.EntityFrameworkCore.Metadata.IModel Model => _context.Model;

        public void Dispose() => _context.Dispose();
    }
}
