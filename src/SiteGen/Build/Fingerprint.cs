using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace SiteGen.Build;

/// <summary>A value that cannot be fingerprinted (a delegate, a cycle, a collection that throws): its stage is simply run again.</summary>
internal sealed class NotFingerprintableException(string message) : Exception(message);

/// <summary>
/// The hash of a stage's inputs, from their values as a template or stage sees them: every public property and field
/// of the runtime type, recursively, collections in their order. Two inputs with the same fingerprint give the same
/// output, because every stage is a pure function of what it is given; that is what makes a cached result safe to reuse.
/// <para>
/// An object whose type is deeply immutable (a sealed type whose every field, private ones included, is read-only and
/// of a deeply immutable type: strings, numbers, immutable collections of such values, other such types) is always
/// hashed as the fingerprint of its own value, and that fingerprint is remembered for the object. A rebuild that is
/// handed the same protocol, the same analysis, the same report objects as the last one then hashes each of them as
/// a dictionary look-up, so the key of a whole stage costs about as much as the number of objects it is given, not
/// their size. The result is the same whether the fingerprint was remembered or computed.
/// </para>
/// </summary>
internal static class Fingerprint
{
    /// <summary>The fingerprint of <paramref name="parts"/>, in order.</summary>
    /// <exception cref="NotFingerprintableException">Some part holds a value that has no stable fingerprint.</exception>
    public static UInt128 Of(params object?[] parts)
    {
        using var hasher = new Hasher();
        foreach (var part in parts) hasher.Add(part, 0);
        return hasher.Finish();
    }

    /// <summary>Whether values of <paramref name="type"/> can never change once built, so their fingerprints can be remembered.</summary>
    internal static bool IsDeeplyImmutable(Type type)
    {
        if (Known.TryGetValue(type, out var known)) return known;
        lock (Immutability)
        {
            return Known[type] = Classify(type, []);
        }
    }

    /// <summary>How many remembered fingerprints were used (for tests and the benchmark).</summary>
    internal static long Remembered => Interlocked.Read(ref _remembered);

    private static long _remembered;

    /// <summary>The fingerprint, or null when the inputs cannot be fingerprinted (then nothing is cached).</summary>
    public static UInt128? TryOf(params object?[] parts)
    {
        try
        {
            return Of(parts);
        }
        catch (NotFingerprintableException)
        {
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException or TargetInvocationException)
        {
            return null; // a default ImmutableArray, a property that throws: not worth caching, never worth failing the build
        }
    }

    private const int MaxDepth = 64;

    // Strings at least this long are remembered too: a protocol's source text is hashed once, not on every rebuild.
    private const int RememberedStringLength = 2048;

    // A remembered type's value whose encoding is at most this many bytes is copied into its parent's, not hashed apart.
    private const int ShortEncoding = 512;
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> Members = new();
    private static readonly Dictionary<Type, bool> Immutability = [];
    private static readonly ConcurrentDictionary<Type, bool> Known = new();
    private static readonly ConditionalWeakTable<object, StrongBox<UInt128>> Digests = new();

    private static readonly HashSet<Type> ImmutableValues =
    [
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan), typeof(DateTimeOffset),
        typeof(Guid), typeof(UInt128), typeof(Int128),
    ];

    private static readonly HashSet<Type> ImmutableCollections =
    [
        typeof(System.Collections.Immutable.ImmutableArray<>), typeof(System.Collections.Immutable.ImmutableList<>),
        typeof(System.Collections.Immutable.ImmutableDictionary<,>), typeof(System.Collections.Immutable.ImmutableSortedDictionary<,>),
        typeof(System.Collections.Immutable.ImmutableHashSet<>), typeof(System.Collections.Immutable.ImmutableSortedSet<>),
        typeof(KeyValuePair<,>), typeof(Nullable<>),
    ];

    // A type is deeply immutable when nothing reachable from one of its values can change. A type met again while it is
    // being classified (a clause holding its child clauses) is assumed immutable: it is, if everything else is.
    private static bool Classify(Type type, HashSet<Type> visiting)
    {
        if (Immutability.TryGetValue(type, out var known)) return known;
        if (type.IsPrimitive || type.IsEnum || ImmutableValues.Contains(type)) return true;
        if (!visiting.Add(type)) return true;
        bool result;
        if (type.IsGenericType && ImmutableCollections.Contains(type.GetGenericTypeDefinition()))
            result = type.GetGenericArguments().All(t => Classify(t, visiting));
        else if (type.IsArray || type.IsPointer || type.IsByRef || type.IsInterface || type.IsAbstract || typeof(Delegate).IsAssignableFrom(type)
                 || type == typeof(object) || (!type.IsValueType && !type.IsSealed))
            result = false;
        else
            result = InstanceFields(type).All(f => (type.IsValueType || f.IsInitOnly) && Classify(f.FieldType, visiting));
        visiting.Remove(type);
        // Only a final answer is kept: one that assumed a type still being classified could change with it.
        if (visiting.Count == 0 || !result) Immutability[type] = result;
        return result;
    }

    private static IEnumerable<FieldInfo> InstanceFields(Type type)
    {
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
            foreach (var f in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                yield return f;
    }

    private static bool Remembers(object value) => value switch
    {
        string s => s.Length >= RememberedStringLength,
        _ => !value.GetType().IsValueType && IsDeeplyImmutable(value.GetType()),
    };

    private sealed class Hasher : IDisposable
    {
        private IncrementalHash? _hash;
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
        private int _used;

        public void Add(object? value, int depth)
        {
            if (depth > MaxDepth) throw new NotFingerprintableException("The value is nested too deeply (a cycle?).");
            if (value is not null && Remembers(value))
            {
                Nested(value, depth);
                return;
            }
            Inline(value, depth);
        }

        // A remembered value on its own: its fingerprint from the table, else its encoding hashed once and kept while the
        // value lives. A value whose encoding is short (a crumb, a chip of a view model) is copied in whole instead:
        // hashing it separately would cost more than it saves. Which of the two a value gets depends on its encoding
        // alone, so the same value always adds the same bytes.
        private void Nested(object value, int depth)
        {
            if (Digests.TryGetValue(value, out var box))
            {
                Interlocked.Increment(ref _remembered);
                Tag(40);
                Digest(box.Value);
                return;
            }
            using var inner = new Hasher();
            inner.Inline(value, depth + 1);
            if (inner._hash is null && inner._used <= ShortEncoding)
            {
                Tag(41);
                Int(inner._used);
                Bytes(inner._buffer.AsSpan(0, inner._used));
                return;
            }
            var digest = inner.Finish();
            // Kept only for an object that has already outlived a collection: the inputs a rebuild is handed again (the
            // protocols, the analysis) soon have; a view model built for one page and dropped after it has not, and
            // keeping a table entry for each of those would cost more than it could save.
            if (GC.GetGeneration(value) > 0) Digests.AddOrUpdate(value, new StrongBox<UInt128>(digest));
            Tag(40);
            Digest(digest);
        }

        private void Digest(UInt128 u)
        {
            Long((long)(ulong)(u >> 64));
            Long((long)(ulong)u);
        }

        private void Inline(object? value, int depth)
        {
            switch (value)
            {
                case null: Tag(0); return;
                case string s: Tag(1); Int(s.Length); Bytes(MemoryMarshal.AsBytes(s.AsSpan())); return;
                case bool b: Tag(2); Tag(b ? (byte)1 : (byte)0); return;
                case Enum e: Tag(3); Text(e.GetType().FullName!); Long(Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture)); return;
                case int i: Tag(4); Int(i); return;
                case long l: Tag(5); Long(l); return;
                case double d: Tag(6); Long(BitConverter.DoubleToInt64Bits(d)); return;
                case char c: Tag(7); Int(c); return;
                case byte[] bytes: Tag(8); Int(bytes.Length); Bytes(bytes); return;
                case decimal m: Tag(9); Text(m.ToString(System.Globalization.CultureInfo.InvariantCulture)); return;
                case float f: Tag(10); Int(BitConverter.SingleToInt32Bits(f)); return;
                case DateTime t: Tag(11); Long(t.ToBinary()); return;
                case DateOnly o: Tag(12); Int(o.DayNumber); return;
                case UInt128 u: Tag(14); Long((long)(ulong)(u >> 64)); Long((long)(ulong)u); return;
                case Delegate or Type or Stream or MemberInfo:
                    throw new NotFingerprintableException($"A {value.GetType().Name} has no fingerprint.");
                case IEnumerable items:
                    Tag(20);
                    Text(value.GetType().FullName!);
                    foreach (var item in items) Add(item, depth + 1);
                    Tag(21);
                    return;
            }
            var type = value.GetType();
            if (type.IsPrimitive) { Tag(13); Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!); return; }
            var members = Members.GetOrAdd(type, Accessors);
            // The runtime's own values (Guid, TimeSpan, DateTimeOffset …) keep their state private and show a few derived
            // properties (a Guid's Version); their invariant text is the value. So is that of a type with nothing public.
            if (members.Length == 0 || (type.IsValueType && type.Namespace == "System"))
            {
                Tag(15);
                Text(type.FullName!);
                Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                return;
            }
            Tag(30);
            Text(type.FullName!);
            foreach (var member in members) Add(member(value), depth + 1);
            Tag(31);
        }

        public UInt128 Finish()
        {
            Span<byte> digest = stackalloc byte[32];
            if (_hash is null) SHA256.HashData(_buffer.AsSpan(0, _used), digest);
            else
            {
                Flush();
                _hash.GetHashAndReset(digest);
            }
            return MemoryMarshal.Read<UInt128>(digest);
        }

        public void Dispose()
        {
            _hash?.Dispose();
            _hash = null;
            if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        private void Tag(byte tag)
        {
            if (_used == _buffer.Length) Flush();
            _buffer[_used++] = tag;
        }

        private void Int(int value) => Bytes(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in value)));

        private void Long(long value) => Bytes(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in value)));

        private void Text(string text)
        {
            Int(text.Length);
            Bytes(MemoryMarshal.AsBytes(text.AsSpan()));
        }

        private void Bytes(ReadOnlySpan<byte> bytes)
        {
            while (bytes.Length > 0)
            {
                if (_used == _buffer.Length) Flush();
                var n = Math.Min(bytes.Length, _buffer.Length - _used);
                bytes[..n].CopyTo(_buffer.AsSpan(_used));
                _used += n;
                bytes = bytes[n..];
            }
        }

        private void Flush()
        {
            _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            _hash.AppendData(_buffer, 0, _used);
            _used = 0;
        }
    }

    // What a template can read: public instance properties (without index parameters) and fields, in a fixed order.
    private static Func<object, object?>[] Accessors(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic)
            .OrderBy(p => p.MetadataToken)
            .Select(p => Compiled(type, p));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance).OrderBy(f => f.MetadataToken).Select(f => Compiled(type, f));
        return [.. properties, .. fields];
    }

    // A compiled getter: reading every property of every view of a 400-authority site by reflection took seconds.
    private static Func<object, object?> Compiled(Type type, MemberInfo member)
    {
        try
        {
            var instance = System.Linq.Expressions.Expression.Parameter(typeof(object));
            var typed = System.Linq.Expressions.Expression.Convert(instance, type);
            var read = member is PropertyInfo property ? System.Linq.Expressions.Expression.Property(typed, property) : System.Linq.Expressions.Expression.Field(typed, (FieldInfo)member);
            return System.Linq.Expressions.Expression.Lambda<Func<object, object?>>(System.Linq.Expressions.Expression.Convert(read, typeof(object)), instance).Compile();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return member is PropertyInfo p ? p.GetValue : ((FieldInfo)member).GetValue;
        }
    }
}
