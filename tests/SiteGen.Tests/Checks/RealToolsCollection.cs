namespace SiteGen.Tests.Checks;

/// <summary>Tests that start a JVM or a browser run one at a time: the machine has two cores shared with other suites.</summary>
[CollectionDefinition(Name)]
public sealed class RealToolsCollection
{
    public const string Name = "RealTools";
}
