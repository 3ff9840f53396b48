using System.Runtime;

namespace SiteGen.Build;

/// <summary>
/// The garbage collector keeps the memory of large objects it has freed (a page of many megabytes, its string and its
/// bytes) until a full collection compacts them; a build that streams its files calls this between stages that make
/// such garbage, so that the next stage starts from what is live. About a tenth of a second each at 400 authorities.
/// </summary>
internal static class Memory
{
    public static void GiveBack()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
