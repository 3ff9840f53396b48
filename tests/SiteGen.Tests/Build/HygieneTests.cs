using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SiteGen.Tests.Build;

/// <summary>
/// SiteGen's public surface. The tests see SiteGen's internals (InternalsVisibleTo), so a type needs to be public only
/// when a public test signature names it (xUnit runs public methods: a theory's enum parameter, a fixture's property).
/// Everything else is internal; the lists below may only shrink.
/// </summary>
[Trait("Category", "Pure")]
[Trait("Kind", "Disk")]
public sealed class HygieneTests
{
    [Fact]
    public void No_new_public_type_is_left_unneeded()
    {
        var unneeded = UnneededPublicTypes();
        var added = unneeded.Except(KnownUnneeded, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(added.Count == 0,
            "These SiteGen types are public but no test names them and no needed public type exposes them; make them internal: "
            + string.Join(", ", added));
    }

    [Fact]
    public void Only_types_a_public_test_signature_needs_are_public()
    {
        string[] allowed = ["SiteGen.Model.Actor", "SiteGen.Model.Scenario", "SiteGen.Model.RouteStatus", "SiteGen.Pdf.PrintedPdf"];
        var extra = PublicTypes().Select(t => t.FullName!).Except(allowed, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(extra.Count == 0, "These SiteGen types are public; make them internal (the tests see internals): " + string.Join(", ", extra));
    }

    [Fact]
    public void The_finder_sees_types_the_tests_name_as_needed()
    {
        // Guards the check itself: a type this very file names must count as needed, and so must the types its
        // public signature exposes.
        var needed = NeededTypes(PublicTypes());
        Assert.Contains(typeof(SiteGen.Model.RouteStatus).FullName!, needed);
        Assert.Contains(typeof(SiteGen.Pdf.PrintedPdf).FullName!, needed);
    }

    private static List<Type> PublicTypes() =>
        typeof(SiteGen.Model.Diagnostic).Assembly.GetTypes()
            .Where(t => t.IsVisible && !t.FullName!.Contains('<', StringComparison.Ordinal))
            .ToList();

    private static HashSet<string> UnneededPublicTypes()
    {
        var publicTypes = PublicTypes();
        var needed = NeededTypes(publicTypes);
        return publicTypes.Select(t => t.FullName!).Where(n => !needed.Contains(n)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Types the test assembly's metadata refers to in SiteGen, closed over public signatures.</summary>
    private static HashSet<string> NeededTypes(List<Type> publicTypes)
    {
        var byName = publicTypes.ToDictionary(t => t.FullName!, StringComparer.Ordinal);
        var queue = new Queue<Type>(ReferencedByTests().Where(byName.ContainsKey).Select(n => byName[n]));
        var needed = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!needed.Add(type.FullName!)) continue;
            foreach (var exposed in Exposed(type))
                if (exposed.FullName is { } name && byName.TryGetValue(name, out var t) && !needed.Contains(name)) queue.Enqueue(t);
        }
        return needed;
    }

    private static IEnumerable<Type> Exposed(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var signature = new List<Type>();
        if (type.BaseType is { } baseType) signature.Add(baseType);
        signature.AddRange(type.GetInterfaces());
        if (type.DeclaringType is { } outer) signature.Add(outer);
        foreach (var member in type.GetMembers(flags))
        {
            switch (member)
            {
                case FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly: signature.Add(f.FieldType); break;
                case PropertyInfo p when p.GetAccessors(nonPublic: false).Length > 0: signature.Add(p.PropertyType); break;
                case MethodBase m when m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly:
                    if (m is MethodInfo mi) signature.Add(mi.ReturnType);
                    signature.AddRange(m.GetParameters().Select(p => p.ParameterType));
                    break;
                case EventInfo e when e.AddMethod is { IsPublic: true } && e.EventHandlerType is { } handler: signature.Add(handler); break;
            }
        }
        return signature.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType) return Unwrap(type.GetElementType()!);
        if (type.IsGenericType) return type.GetGenericArguments().SelectMany(Unwrap).Append(type.GetGenericTypeDefinition());
        return type.IsGenericParameter ? [] : [type];
    }

    /// <summary>Full names (Outer+Inner for nested types) of the SiteGen types the test assembly refers to.</summary>
    private static HashSet<string> ReferencedByTests()
    {
        using var stream = File.OpenRead(typeof(HygieneTests).Assembly.Location);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in md.TypeReferences)
            if (SiteGenName(md, handle) is { } name) names.Add(name);
        return names;
    }

    private static string? SiteGenName(MetadataReader md, TypeReferenceHandle handle)
    {
        var reference = md.GetTypeReference(handle);
        var name = md.GetString(reference.Name);
        var scope = reference.ResolutionScope;
        if (scope.Kind == HandleKind.TypeReference)
            return SiteGenName(md, (TypeReferenceHandle)scope) is { } outer ? outer + "+" + name : null;
        if (scope.Kind != HandleKind.AssemblyReference) return null;
        var assembly = md.GetAssemblyReference((AssemblyReferenceHandle)scope);
        if (md.GetString(assembly.Name) != "SiteGen") return null;
        var ns = md.GetString(reference.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>
    /// Public but not needed public: empty since every such type was made internal (the tests see internals through
    /// InternalsVisibleTo, so only a type in a public test method's signature, such as a theory's enum parameter,
    /// has to stay public). Never added to.
    /// </summary>
    private static readonly string[] KnownUnneeded = [];
}
