using Aici.Core.Measure;

namespace Aici.Core.Tests.Indicators;

public sealed class SensitivityTests
{
    // A stricter definition under which papers 12 and 13 (GB, 2019) are not AI.
    private static readonly MeasuredPaper[] Strict =
        [.. TinyCorpus.Papers.Select(p => p.Key is "p12" or "p13" ? p with { IsAi = false } : p)];

    [Fact]
    public void Ranks_side_by_side_name_the_countries_that_move()
    {
        SensitivityTable table = SensitivityTable.Measure(
            [new("categories", TinyCorpus.Papers), new("strict", Strict)], YearRange.All, Counting.Whole);
        // categories: GB 7, US 7, CN 5, FR 2 → ranks 1, 1, 3, 4.
        // strict:     GB 5, US 7, CN 5, FR 2 → ranks 2, 1, 2, 4: GB falls from 1 to 2, CN rises from 3 to 2.
        Assert.Equal(["categories", "strict"], table.Definitions);
        Assert.Equal(["GB", "US", "CN", "FR"], table.Rows.Select(r => r.Country));
        Assert.Equal([1, 2], table.Rows[0].Ranks);
        Assert.Equal([7.0, 5], table.Rows[0].Any);
        Assert.Equal([3, 2], table.Rows[2].Ranks);
        Assert.Equal(["GB", "CN"], table.Changing(top: 10));
        Assert.Equal(["GB"], table.Changing(top: 1));
        Assert.False(table.Rows[1].RankChanges);
    }

    [Fact]
    public void A_country_missing_under_one_definition_changes_rank()
    {
        MeasuredPaper[] noFrance = [.. TinyCorpus.Papers.Select(p => p.Countries.Any(c => c.Country.Value == "FR") ? p with { IsAi = false } : p)];
        SensitivityTable table = SensitivityTable.Measure([new("a", TinyCorpus.Papers), new("b", noFrance)], YearRange.All, Counting.Whole);
        SensitivityRow france = table.Rows.Single(r => r.Country == "FR");
        Assert.Equal([4, null], france.Ranks);
        Assert.True(france.RankChanges);
    }

    [Fact]
    public void One_definition_gives_a_table_where_nothing_changes()
    {
        SensitivityTable table = SensitivityTable.Measure([new("categories", TinyCorpus.Papers)], YearRange.All, Counting.Whole);
        Assert.Single(table.Definitions);
        Assert.Equal(4, table.Rows.Count);
        Assert.Empty(table.Changing(100));
    }
}
