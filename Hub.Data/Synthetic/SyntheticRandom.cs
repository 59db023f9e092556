namespace Hub.Data.Synthetic;

/// <summary>
/// The generator's own pseudo-random numbers (xoshiro256** seeded through SplitMix64), so a seed
/// means the same rows on every runtime and platform. Only additions, multiplications, divisions
/// and comparisons turn bits into values: no Math.Exp or Math.Log, whose last bit may differ
/// between platforms and would flip a rounding now and then.
/// </summary>
internal sealed class SyntheticRandom
{
    private readonly ulong _seed;
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public SyntheticRandom(ulong seed)
    {
        _seed = seed;
        var state = seed;
        _s0 = SplitMix(ref state);
        _s1 = SplitMix(ref state);
        _s2 = SplitMix(ref state);
        _s3 = SplitMix(ref state);
    }

    /// <summary>
    /// An independent stream for one purpose and index (say, station 1,234's observations), the same
    /// whatever was drawn before: a station's data does not change when other parts of the spec do.
    /// </summary>
    public SyntheticRandom Fork(SyntheticStream stream, long index = 0)
    {
        var state = _seed ^ (0x9E3779B97F4A7C15UL * ((ulong)stream + 1));
        var mixed = SplitMix(ref state) ^ (ulong)index;
        return new SyntheticRandom(SplitMix(ref mixed));
    }

    public ulong NextULong()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(((NextULong() >> 32) * (ulong)maxExclusive) >> 32);
    }

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Uniform(double min, double max) => min + ((max - min) * NextDouble());

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Approximately standard normal (Irwin–Hall: twelve uniforms), within ±6.</summary>
    public double Normal()
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++)
        {
            sum += NextDouble();
        }

        return sum - 6.0;
    }

    /// <summary>A positive factor around 1 with the given relative spread, never below <paramref name="floor"/>.</summary>
    public double Factor(double spread, double floor = 0.25) => Math.Max(floor, 1.0 + (spread * Normal()));

    /// <summary>A count with mean <paramref name="mean"/>, Poisson-like (binomial with many trials).</summary>
    public int Count(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        var trials = (int)(4 * mean) + 8;
        var p = mean / trials;
        var count = 0;
        for (var i = 0; i < trials; i++)
        {
            if (NextDouble() < p)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Rounds to a multiple of <paramref name="step"/>, up or down at random in proportion, so sums keep their mean.</summary>
    public long RoundToSteps(double value, double step)
    {
        var steps = value / step;
        var floor = Math.Floor(steps);
        return (long)floor + (NextDouble() < steps - floor ? 1 : 0);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Picks an index with probability proportional to its weight.</summary>
    public int PickWeighted(IReadOnlyList<int> weights)
    {
        var total = 0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var roll = Next(total);
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary><paramref name="count"/> distinct indexes below <paramref name="n"/>, in the order drawn.</summary>
    public int[] Distinct(int n, int count)
    {
        var pool = new int[n];
        for (var i = 0; i < n; i++)
        {
            pool[i] = i;
        }

        count = Math.Min(count, n);
        for (var i = 0; i < count; i++)
        {
            var j = i + Next(n - i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool[..count];
    }

    /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> uneven parts of at least <paramref name="min"/> and at most <paramref name="max"/> each.</summary>
    public int[] Partition(int total, int parts, int min, int max)
    {
        if (total < parts * min || total > parts * max)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, $"{total} cannot be split into {parts} parts of {min} to {max}.");
        }

        var weights = new double[parts];
        var weightSum = 0.0;
        for (var i = 0; i < parts; i++)
        {
            weights[i] = Uniform(0.5, 1.5);
            weightSum += weights[i];
        }

        var result = new int[parts];
        var assigned = 0;
        for (var i = 0; i < parts; i++)
        {
            result[i] = Math.Clamp(min + (int)((total - (parts * min)) * weights[i] / weightSum), min, max);
            assigned += result[i];
        }

        // Hand out what rounding left over (or take back what clamping added), one at a time, round robin.
        for (var i = 0; assigned != total; i = (i + 1) % parts)
        {
            if (assigned < total && result[i] < max)
            {
                result[i]++;
                assigned++;
            }
            else if (assigned > total && result[i] > min)
            {
                result[i]--;
                assigned--;
            }
        }

        return result;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
