namespace SiteGen.Tests.TestSupport;

/// <summary>
/// Tests that keep every core busy for minutes (the fuzz run, builds killed part-way). They run after the others and
/// on their own, so that they cannot starve the timing-sensitive tests (serve's rebuild scheduler, browser tests).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone: saturates the machine";
}
