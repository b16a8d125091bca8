using Aici.Core.Classify.Model;

namespace Aici.Core.Tests.Classify;

public sealed class PackedWeightsTests
{
    private static (PackedWeights Packed, ulong[] Ids, short[] Weights) Table(int features, int labels, int seed)
    {
        var random = new Random(seed);
        // feature 0 has id 0, which the table keeps under another key
        ulong[] ids = [0UL, .. Enumerable.Range(1, features - 1).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40))];
        ids = [.. ids.Distinct()];
        short[] weights = [.. Enumerable.Range(0, ids.Length * labels).Select(_ => (short)random.Next(short.MinValue, short.MaxValue + 1))];
        return (new PackedWeights(ids, weights, labels), ids, weights);
    }

    [Fact]
    public void Positions_in_bulk_are_the_perfect_hash_positions_of_each_id()
    {
        (PackedWeights packed, ulong[] known, _) = Table(5000, 4, 1);
        var random = new Random(2);
        for (int length = 0; length < 45; length++)
        {
            // known ids, unknown ids, 0 and the key 0 is stored under
            ulong[] ids = [.. Enumerable.Range(0, length).Select(i => (i % 4) switch
            {
                0 => known[random.Next(known.Length)],
                1 => (ulong)random.NextInt64(),
                2 => 0UL,
                _ => 0x9E3779B97F4A7C15UL,
            })];
            var positions = new int[length];
            packed.Positions(ids, positions);
            for (int i = 0; i < length; i++)
            {
                Assert.Equal(packed.PositionOf(ids[i]), positions[i]);
            }
        }

        // a million random ids: the 128-bit product's high half must carry exactly (a carry from its low half changes
        // about one position in 60,000)
        ulong[] many = [.. Enumerable.Range(0, 1_000_000).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 33))];
        var at = new int[many.Length];
        packed.Positions(many, at);
        int wrong = Enumerable.Range(0, many.Length).Count(i => at[i] != packed.PositionOf(many[i]));
        Assert.Equal(0, wrong);
    }

    [Theory]
    [InlineData(4, 1)]
    [InlineData(4, 3)]
    [InlineData(3, 1)]
    [InlineData(6, 2)]
    [InlineData(9, 3)]
    [InlineData(13, 2)]
    [InlineData(33, 2)]
    public void Sums_are_count_times_weight_over_the_known_ids(int labels, int maxCount)
    {
        (PackedWeights packed, ulong[] known, short[] weights) = Table(3000, labels, labels * 10 + maxCount);
        var rowOf = known.Select((id, row) => (id, row)).ToDictionary(f => f.id, f => f.row);
        var random = new Random(labels + maxCount);
        foreach (int length in new[] { 0, 1, 7, 8, 9, 16, 17, 33, 300, 1000 })
        {
            ulong[] ids = [.. Enumerable.Range(0, length).Select(_ => random.Next(10) < 7 ? known[random.Next(known.Length)] : (ulong)random.NextInt64())];
            int[] counts = [.. Enumerable.Range(0, length).Select(_ => random.Next(1, maxCount + 1))];
            var rows = new int[length];
            var sums = new long[labels];
            packed.Sum(ids, counts, counts.Sum(), rows, sums);
            var expected = new long[labels];
            for (int i = 0; i < length; i++)
            {
                if (!rowOf.TryGetValue(ids[i], out int row))
                {
                    Assert.Equal(-1, rows[i]);
                    continue;
                }

                Assert.Equal(row, packed.ModelRow(rows[i]));
                for (int l = 0; l < labels; l++)
                {
                    expected[l] += counts[i] * (long)weights[(row * labels) + l];
                    Assert.Equal(weights[(row * labels) + l], packed.Weight(rows[i], l));
                }
            }

            Assert.Equal(expected, sums);
        }
    }

    [Fact]
    public void A_paper_of_more_than_65535_occurrences_sums_without_overflow()
    {
        (PackedWeights packed, ulong[] known, short[] weights) = Table(10, 4, 9);
        ulong[] ids = [.. Enumerable.Repeat(known[3], 70_000)];
        int[] counts = [.. Enumerable.Repeat(1, ids.Length)];
        var sums = new long[4];
        packed.Sum(ids, counts, ids.Length, new int[ids.Length], sums);
        Assert.Equal([.. Enumerable.Range(0, 4).Select(l => 70_000L * weights[(3 * 4) + l])], sums);
    }
}
