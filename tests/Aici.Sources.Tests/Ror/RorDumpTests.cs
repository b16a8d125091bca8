using Aici.Core.Affiliations;
using Aici.Sources.Ror;

namespace Aici.Sources.Tests.Ror;

public sealed class RorDumpTests
{
    [Fact]
    public void A_v2_record_maps_every_field()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("v2.json", RorRecords.Array(RorRecords.V2Active));
        (IReadOnlyList<Organisation> organisations, _) = RorDump.Load([file]);
        Organisation o = Assert.Single(organisations);
        Assert.Equal("0t2active", o.Id);
        Assert.Equal("Example University of Lakeside", o.Name);
        Assert.Equal(["Universidad Ejemplo de la Ribera"], o.Labels);
        Assert.Equal(["Lakeside University"], o.Aliases);
        Assert.Equal(["EUL"], o.Acronyms);
        Assert.Equal("GB", o.Country?.Value);
        Assert.Equal("Lakeside", o.City);
        Assert.Equal("England", o.Region);
        Assert.Equal(["education", "funder"], o.Types);
        Assert.True(o.Active);
        Assert.Equal(["0t2parent"], o.Parents);
        Assert.Equal(["0t2childx"], o.Children);
        Assert.Equal(["0t2relatd"], o.Related);
        Assert.Equal(["0t2succes"], o.Successors);
        Assert.Equal("grid.0000.1", o.Grid);
    }

    [Fact]
    public void A_v1_record_maps_every_field()
    {
        using var temp = new TempDirectory();
        string file = temp.Write("v1.json", RorRecords.Array(RorRecords.V1Active));
        Organisation o = Assert.Single(RorDump.Load([file]).Organisations);
        Assert.Equal("0t1active", o.Id);
        Assert.Equal("Example Institute of Marine Studies", o.Name);
        Assert.Equal(["Marine Studies Example"], o.Aliases);
        Assert.Equal(["EIMS"], o.Acronyms);
        Assert.Equal(["Institut Exemple d'Études Marines"], o.Labels);
        Assert.Equal("CA", o.Country?.Value);
        Assert.Equal("Halifax", o.City);
        Assert.Equal("Nova Scotia", o.Region);
        Assert.Equal(["facility"], o.Types);
        Assert.Equal(["0t2active"], o.Parents);
        Assert.Equal("grid.0000.2", o.Grid);
    }

    [Fact]
    public void Withdrawn_records_are_left_out_and_inactive_ones_kept_and_marked()
    {
        using var temp = new TempDirectory();
        temp.Write("a.json", RorRecords.Array(RorRecords.V2Active, RorRecords.V2Withdrawn, RorRecords.V2Inactive));
        temp.Write("b.json", RorRecords.Array(RorRecords.V1Withdrawn, RorRecords.V1Active));
        (IReadOnlyList<Organisation> organisations, RorDumpSummary summary) = RorDump.Load([temp.Path]);
        Assert.Equal(["0t2active", "0t2inactv", "0t1active"], organisations.Select(o => o.Id));
        Organisation inactive = organisations.Single(o => o.Id == "0t2inactv");
        Assert.False(inactive.Active);
        Assert.Equal("FR", inactive.Country?.Value);
        Assert.Equal(5, summary.Records);
        Assert.Equal(2, summary.Withdrawn);
        Assert.Equal(1, summary.Inactive);
        Assert.Equal(3, summary.Organisations);
    }

    [Fact]
    public void A_v2_record_wins_over_a_v1_record_of_the_same_id()
    {
        using var temp = new TempDirectory();
        temp.Write("1-v1.json", RorRecords.Array(RorRecords.V1OfV2));
        temp.Write("2-v2.json", RorRecords.Array(RorRecords.V2Active));
        (IReadOnlyList<Organisation> organisations, RorDumpSummary summary) = RorDump.Load([temp.Path]);
        Organisation o = Assert.Single(organisations);
        Assert.Equal("Example University of Lakeside", o.Name);
        Assert.Equal(1, summary.Duplicates);
    }

    [Fact]
    public void A_directory_means_its_json_and_gzipped_json_files_in_order()
    {
        using var temp = new TempDirectory();
        temp.WriteGzip("b.json.gz", RorRecords.Array(RorRecords.V1Active));
        temp.Write("a.json", RorRecords.Array(RorRecords.V2Active));
        temp.Write("notes.txt", "not a dump");
        (IReadOnlyList<Organisation> organisations, RorDumpSummary summary) = RorDump.Load([temp.Path]);
        Assert.Equal(["0t2active", "0t1active"], organisations.Select(o => o.Id));
        Assert.Equal(2, summary.Files.Count);
    }

    [Fact]
    public void Unusable_inputs_are_input_errors_naming_the_path()
    {
        using var temp = new TempDirectory();
        string broken = temp.Write("broken.json", "[{\"id\": \"https://ror.org/0t2active\", ");
        string notArray = temp.Write("object.json", "{\"id\": 1}");
        InputException truncated = Assert.Throws<InputException>(() => RorDump.Load([broken]));
        Assert.StartsWith(broken, truncated.Message, StringComparison.Ordinal);
        Assert.Throws<InputException>(() => RorDump.Load([notArray]));
        Assert.Throws<InputException>(() => RorDump.Load([Path.Combine(temp.Path, "missing")]));
        string empty = Directory.CreateDirectory(Path.Combine(temp.Path, "empty")).FullName;
        Assert.Contains("no ROR dump files", Assert.Throws<InputException>(() => RorDump.Load([empty])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shared_dump_loads_with_both_schemas()
    {
        string ror = Aici.Tests.SharedData.Require("ror");
        (IReadOnlyList<Organisation> organisations, RorDumpSummary summary) = RorDump.Load([ror]);
        Assert.Equal(8, summary.Files.Count);
        Assert.True(summary.Organisations > 13_000, summary.ToString());
        Assert.True(summary.Withdrawn > 0, summary.ToString());
        Assert.All(organisations, o => Assert.Equal(9, o.Id.Length));
        Assert.Contains(organisations, o => o.Country?.Value == "GB" && o.Grid is not null);
        Assert.Equal(organisations.Count, organisations.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count());
    }
}
