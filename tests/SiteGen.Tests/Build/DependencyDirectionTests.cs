using System.Reflection;
using System.Reflection.Emit;
using SiteGen.Model;

namespace SiteGen.Tests.Build;

/// <summary>
/// Stages depend on the stages before them and on the shared layers below, never back. Read from the compiled
/// assembly: every type's base, interfaces, fields, signatures and every type, method and field its code refers to
/// (compiler-made lambdas and closures count as their enclosing type), so a qualified name or a <c>var</c> cannot hide one.
/// </summary>
[Trait("Kind", "Pure")]
public class DependencyDirectionTests
{
    private const string Root = "SiteGen";

    // The pipeline is Content → Normalise → Analysis → Reports (resolve) → Rendering (render) → Search → Output. Reports
    // resolve and Rendering renders, not the reverse, because a report's HTML is drawn by the site's partials, which only
    // Rendering holds. The comparison tables, their Word and Excel exports and the data files are written from the
    // model, not from pages, so they do not use Rendering either. Model and Presentation (labels, citations, trusted
    // HTML, safe URLs) are below every stage that shows the model.
    public static TheoryData<string, string> ForbiddenEdges() => new()
    {
        { "SiteGen.Reports", "SiteGen.Rendering" },
        { "SiteGen.Reports", "SiteGen.Search" },
        { "SiteGen.Reports", "SiteGen.Output" },
        { "SiteGen.Reports", "SiteGen.Build" },
        { "SiteGen.Reports", "SiteGen.Cli" },
        { "SiteGen.Reports", "SiteGen.Pdf" },
        { "SiteGen.Tables", "SiteGen.Rendering" },
        { "SiteGen.Export", "SiteGen.Rendering" },
        { "SiteGen.Output", "SiteGen.Rendering" },
        { "SiteGen.Presentation", "SiteGen.Rendering" },
        { "SiteGen.Presentation", "SiteGen.Reports" },
        { "SiteGen.Presentation", "SiteGen.Analysis" },
        { "SiteGen.Presentation", "SiteGen.Output" },
        { "SiteGen.Model", "SiteGen.Presentation" },
        { "SiteGen.Model", "SiteGen.Rendering" },
        { "SiteGen.Model", "SiteGen.Reports" },
        { "SiteGen.Model", "SiteGen.Analysis" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenEdges))]
    public void A_stage_never_uses_one_that_comes_after_it(string from, string to)
    {
        var uses = Dependencies.Value.Where(d => InNamespace(d.From.Namespace, from) && InNamespace(d.To.Namespace, to))
            .Select(d => $"{Name(d.From)} uses {Name(d.To)}").Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.True(uses.Count == 0, $"{from} must not depend on {to}:\n" + string.Join("\n", uses.Take(20)));
    }

    [Fact]
    public void The_reader_sees_dependencies_hidden_in_method_bodies()
    {
        // Rendering's report compiler calls the Reports resolver only inside a method body; the scan must find it, or a
        // forbidden edge written the same way would pass unseen.
        Assert.Contains(Dependencies.Value, d => d.From.Name == "ReportCompiler" && d.To.Name == "ReportResolver");
        Assert.Contains(Dependencies.Value, d => d.From.Namespace == "SiteGen.Rendering" && d.To == typeof(SitePage));
    }

    private static bool InNamespace(string? ns, string prefix) => ns is not null && (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal));

    private static string Name(Type t) => (t.DeclaringType is { } outer ? Name(outer) + "." : t.Namespace + ".") + t.Name;

    private static readonly Lazy<List<(Type From, Type To)>> Dependencies = new(() =>
    {
        var assembly = typeof(SitePage).Assembly;
        var edges = new List<(Type, Type)>();
        foreach (var type in assembly.GetTypes())
        {
            var from = Outermost(type);
            foreach (var used in Used(type).SelectMany(Expand).Where(t => t.Assembly == assembly))
            {
                var to = Outermost(used);
                if (to.Namespace != from.Namespace) edges.Add((from, to));
            }
        }
        return edges;
    });

    private static Type Outermost(Type t) => t.DeclaringType is { } outer ? Outermost(outer) : t;

    /// <summary>A type with its generic arguments and element types: <c>ImmutableArray&lt;MatrixRow&gt;</c> uses MatrixRow.</summary>
    private static IEnumerable<Type> Expand(Type t)
    {
        if (t.HasElementType) { foreach (var e in Expand(t.GetElementType()!)) yield return e; yield break; }
        if (t.IsGenericParameter) yield break;
        yield return t.IsGenericType ? t.GetGenericTypeDefinition() : t;
        if (t.IsGenericType) foreach (var a in t.GetGenericArguments()) foreach (var e in Expand(a)) yield return e;
    }

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> Used(Type type)
    {
        if (type.BaseType is { } b) yield return b;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var f in type.GetFields(Declared)) yield return f.FieldType;
        foreach (var p in type.GetProperties(Declared)) yield return p.PropertyType;
        foreach (var m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (m is MethodInfo mi) yield return mi.ReturnType;
            foreach (var p in m.GetParameters()) yield return p.ParameterType;
            foreach (var t in BodyReferences(m)) yield return t;
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The declaring types of every method, field and type a method's IL names.</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var module = method.Module;
        Type[]? typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        Type[]? methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    MemberInfo? member = null;
                    try { member = module.ResolveMember(token, typeArgs, methodArgs); }
                    catch (ArgumentException) { }
                    if (member is Type t) yield return t;
                    else if (member?.DeclaringType is { } owner)
                    {
                        yield return owner;
                        if (member is MethodInfo { IsGenericMethod: true } generic) foreach (var a in generic.GetGenericArguments()) yield return a;
                    }
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + 4 * BitConverter.ToInt32(il, i);
                    break;
                default:
                    i += op.OperandType switch
                    {
                        OperandType.InlineNone => 0,
                        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                        OperandType.InlineVar => 2,
                        OperandType.InlineI8 or OperandType.InlineR => 8,
                        _ => 4,
                    };
                    break;
            }
        }
    }
}
