namespace SiteGen.Search;

/// <summary>
/// The two pieces of JavaScript arithmetic that lunr's scores pass through, bit for bit as V8 computes them.
/// </summary>
/// <remarks>
/// <see cref="Math.Log(double)"/> calls the host C library, whose last bit differs from V8's
/// (an fdlibm port) for about one input in fourteen of lunr's idf formula; such a bit can move a
/// score across lunr's 3-decimal rounding, so the serialised index would differ from lunr's.
/// </remarks>
public static class JsMath
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

    /// <summary>Natural logarithm exactly as V8's <c>Math.log</c> (fdlibm's <c>__ieee754_log</c>) rounds it.</summary>
    /// <remarks>
    /// Follows the algorithm of fdlibm's e_log.c, whose notice asks to be kept:
    /// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at SunSoft, a Sun
    /// Microsystems, Inc. business. Permission to use, copy, modify, and distribute this software is
    /// freely granted, provided that this notice is preserved.
    /// </remarks>
    public static double Log(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var high = (int)(bits >> 32);
        var low = (uint)bits;
        var k = 0;

        if (high < 0x00100000)
        {
            // Zero, negative or subnormal.
            if (((high & 0x7fffffff) | (int)low) == 0) return double.NegativeInfinity;
            if (high < 0) return double.NaN;
            k -= 54;
            x *= Two54;
            high = (int)(BitConverter.DoubleToInt64Bits(x) >> 32);
        }
        if (high >= 0x7ff00000) return x + x;

        k += (high >> 20) - 1023;
        high &= 0x000fffff;
        // Scale the significand into [sqrt(2)/2, sqrt(2)) so that f = x - 1 is small either way.
        var i = (high + 0x95f64) & 0x100000;
        x = WithHighWord(x, high | (i ^ 0x3ff00000));
        k += i >> 20;
        var f = x - 1.0;
        double dk;

        if ((0x000fffff & (2 + high)) < 3)
        {
            // |f| < 2^-20: a short series is exact enough.
            if (f == 0.0)
            {
                if (k == 0) return 0.0;
                dk = k;
                return dk * Ln2Hi + dk * Ln2Lo;
            }
            var r0 = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) return f - r0;
            dk = k;
            return dk * Ln2Hi - ((r0 - dk * Ln2Lo) - f);
        }

        var s = f / (2.0 + f);
        dk = k;
        var z = s * s;
        var i2 = high - 0x6147a;
        var w = z * z;
        var j = 0x6b851 - high;
        var t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
        var t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
        i2 |= j;
        var r = t2 + t1;
        if (i2 > 0)
        {
            var halfFSquared = 0.5 * f * f;
            if (k == 0) return f - (halfFSquared - s * (halfFSquared + r));
            return dk * Ln2Hi - ((halfFSquared - (s * (halfFSquared + r) + dk * Ln2Lo)) - f);
        }
        if (k == 0) return f - s * (f - r);
        return dk * Ln2Hi - ((s * (f - r) - dk * Ln2Lo) - f);
    }

    private static double WithHighWord(double x, int high) =>
        BitConverter.Int64BitsToDouble(((long)high << 32) | (BitConverter.DoubleToInt64Bits(x) & 0xffffffffL));

    // Constants given by their bit patterns, the form fdlibm documents them in, so no decimal
    // parsing can shift a bit.
    private static readonly double Ln2Hi = BitConverter.Int64BitsToDouble(0x3FE62E42FEE00000);
    private static readonly double Ln2Lo = BitConverter.Int64BitsToDouble(0x3DEA39EF35793C76);
    private static readonly double Two54 = BitConverter.Int64BitsToDouble(0x4350000000000000);
    private static readonly double Lg1 = BitConverter.Int64BitsToDouble(0x3FE5555555555593);
    private static readonly double Lg2 = BitConverter.Int64BitsToDouble(0x3FD999999997FA04);
    private static readonly double Lg3 = BitConverter.Int64BitsToDouble(0x3FD2492494229359);
    private static readonly double Lg4 = BitConverter.Int64BitsToDouble(0x3FCC71C51D8E78AF);
    private static readonly double Lg5 = BitConverter.Int64BitsToDouble(0x3FC7466496CB03DE);
    private static readonly double Lg6 = BitConverter.Int64BitsToDouble(0x3FC39A09D078C69F);
    private static readonly double Lg7 = BitConverter.Int64BitsToDouble(0x3FC2F112DF3E5244);
}
