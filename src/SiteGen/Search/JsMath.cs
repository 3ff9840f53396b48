namespace SiteGen.Search;

/// <summary>JavaScript arithmetic that lunr's scores pass through where .NET's differs.</summary>
/// <remarks>
/// lunr's idf uses <c>Math.log</c>; .NET's <see cref="Math.Log(double)"/> can differ from V8's in the last bit, but the
/// score is then rounded to 3 decimals, so a difference could only show for a score within about 1e-13 of a rounding
/// boundary. The conformance tests compare whole indexes with real lunr.js to catch that, should it ever happen.
/// </remarks>
internal static class JsMath
{
    /// <summary>JavaScript's <c>Math.round</c>: nearest integer, ties towards +∞ (not to even, not away from zero).</summary>
    public static double Round(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x)) return x;
        var floor = Math.Floor(x);
        // x - floor is exact for every double, so this compares the true fractional part with one half.
        var rounded = x - floor >= 0.5 ? floor + 1 : floor;
        // JavaScript keeps the sign of a zero result: Math.round(-0.4) is -0.
        return rounded == 0 ? Math.CopySign(0.0, x) : rounded;
    }
}
