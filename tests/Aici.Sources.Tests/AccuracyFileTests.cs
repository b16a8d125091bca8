using Aici.Core.Measure;
using Aici.Sources.Models;

namespace Aici.Sources.Tests;

/// <summary>The measured accuracy a run reads: its definition's rows, then the rows that hold under every definition.</summary>
public sealed class AccuracyFileTests
{
    private const string Header = "definition,label,precision,recall,f1,support,true_positives,false_positives,false_negatives,population\n";

    [Fact]
    public void A_run_reads_its_definitions_rows_then_the_rules_rows_a_labels_first_row_counting()
    {
        using var temp = new TempDirectory();
        string path = Path.Combine(temp.Path, "accuracy.csv");
        File.WriteAllText(path, Header + """
            model,sound,0.9,0.8,0.85,10,8,1,2,"reading"
            categories,sound,0.5,0.5,0.5,10,5,5,5,"reading"
            model,image,0.9,0.9,0.9,10,9,1,1,"categories"
            model,sound,0.1,0.1,0.1,10,1,9,9,"categories"
            rules,gan,0.96,0.87,0.91,84,73,3,11,"reading"
            rules,crafts,0,0,0,1,0,1,1,"reading"
            rules+cat,gan,0.5,0.5,0.5,84,40,40,44,"reading"
            """.Replace("            ", "", StringComparison.Ordinal));
        IReadOnlyList<LabelAccuracy> model = AccuracyFile.Read(path, "model");
        Assert.Equal(["sound", "image", "gan"], model.Select(a => a.Label));
        Assert.Equal((8.0, 1.0, 2.0), (model[0].TruePositives, model[0].FalsePositives, model[0].FalseNegatives));
        Assert.Equal((73.0, 3.0, 11.0), (model[2].TruePositives, model[2].FalsePositives, model[2].FalseNegatives));
        // the rules rows hold under every definition; a label never found (crafts: no true positive) is left out
        Assert.Equal(["sound", "gan"], AccuracyFile.Read(path, "categories").Select(a => a.Label));
    }

    [Fact]
    public void A_bad_count_is_an_error_naming_file_line_and_field()
    {
        using var temp = new TempDirectory();
        string path = Path.Combine(temp.Path, "accuracy.csv");
        File.WriteAllText(path, Header + "rules,gan,0.9,0.9,0.9,10,9,-1,1,\"x\"\n");
        InputException e = Assert.Throws<InputException>(() => AccuracyFile.Read(path, "model"));
        Assert.Contains("accuracy.csv: line 2: field false_positives: '-1' is not a count", e.Message, StringComparison.Ordinal);
    }
}
