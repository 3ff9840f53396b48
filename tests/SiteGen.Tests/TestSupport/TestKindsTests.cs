using System.Reflection;

namespace SiteGen.Tests.TestSupport;

/// <summary>
/// scripts/test.sh runs the suite in three passes by the <c>Kind</c> trait: <c>Pure</c> (in memory, seconds) first so
/// that they fail fast, then <c>Disk</c> (temporary sites, the real program as a child process), then <c>RealTool</c>
/// (Chromium, Node.js, Java). A test class without exactly one of these would run in none of the passes.
/// </summary>
[Trait("Kind", "Pure")]
public class TestKindsTests
{
    public static readonly string[] Kinds = ["Pure", "Disk", "RealTool"];

    [Fact]
    public void Every_test_class_has_exactly_one_kind()
    {
        var testClasses = typeof(TestKindsTests).Assembly.GetTypes()
            .Where(t => t.IsClass && t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any()))
            .ToList();
        Assert.True(testClasses.Count > 50, "the test classes were not found");

        var wrong = testClasses
            .Select(t => (Type: t, Kinds: t.GetCustomAttributesData()
                .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Kind")
                .Select(a => (string?)a.ConstructorArguments[1].Value).ToList()))
            .Where(c => c.Kinds.Count != 1 || !Kinds.Contains(c.Kinds[0]))
            .Select(c => $"{c.Type.FullName}: [{string.Join(", ", c.Kinds)}]")
            .ToList();
        Assert.True(wrong.Count == 0, "Give each test class one [Trait(\"Kind\", \"Pure\" | \"Disk\" | \"RealTool\")]:\n" + string.Join("\n", wrong));
    }
}
