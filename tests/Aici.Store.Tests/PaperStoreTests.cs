using Aici.Core.Classify;
using Aici.Core.Domain;
using Aici.Core.Measure;
using Aici.Core.Taxonomy;
using Aici.Store;

namespace Aici.Store.Tests;

public sealed class PaperStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aici-store-" + Guid.NewGuid().ToString("N")[..12]);

    public PaperStoreTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Paper P(string key, string source, string id, int year, string? doi = null) => new()
    {
        Key = key,
        Source = source,
        Id = id,
        Title = "title " + id,
        Year = year,
        Doi = doi,
        Location = new SourceLocation("f.jsonl", 1),
    };

    private static Classification Labels(params string[] names) =>
        new([.. names.Select(n => new Label(n, n == "ai" ? LabelKind.Ai : LabelKind.Modality, new Evidence([], [n])))]);

    private static CountryShare[] Shares(params (string Code, double Weight)[] shares) =>
        [.. shares.Select(s => new CountryShare(new CountryCode(s.Code), s.Weight))];

    [Fact]
    public void Records_of_one_work_are_united_by_key_and_by_doi()
    {
        using PaperStore store = PaperStore.Create(Path.Combine(_folder, "a.duckdb"));
        store.AddPaper(1, P("arxiv:2101.00001", "arxiv", "2101.00001", 2021, doi: "10.1/X"), Labels("ai", "image"), []);
        store.AddPaper(2, P("papers:cvpr:1", "papers", "cvpr:1", 2020, doi: "10.1/x"), Labels("text"), Shares(("GB", 0.5), ("US", 0.5)));
        store.AddPaper(3, P("doi:10.1/x", "openalex", "W1", 2021, doi: "10.1/x"), Labels(), Shares(("FR", 1)));
        store.AddPaper(4, P("arxiv:2101.00001", "arxiv-atom", "2101.00001", 2022), Labels("sound"), []);
        store.AddPaper(5, P("papers:acl:7", "papers", "acl:7", 2019), Labels("ai"), Shares(("CN", 1)));

        StoredWork[] works = [.. store.Works()];

        Assert.Equal(2, works.Length);
        StoredWork united = works[0];
        Assert.Equal("arxiv:2101.00001", united.Key);
        Assert.Equal(2020, united.Year);
        Assert.Equal(["ai", "image", "sound", "text"], united.Labels);
        // countries come from one record, not a union: the first with countries by source and id ("openalex" < "papers"),
        // whatever the order of reading, so that shards merge to the same result
        Assert.Equal(Shares(("FR", 1)), united.Countries);
        Assert.Equal("papers:acl:7", works[1].Key);
        Assert.Equal(["ai"], works[1].Labels);
        Assert.Equal(Shares(("CN", 1)), works[1].Countries);
    }

    [Fact]
    public void The_ai_works_are_the_works_with_an_ai_record_under_the_runs_definition_or_a_compared_one()
    {
        using PaperStore store = PaperStore.Create(Path.Combine(_folder, "ai.duckdb"));

        // definition labels: four bits a compared definition, bit 0 of each is "AI"; 0x10 is AI under the second
        store.AddPaper(1, P("arxiv:1", "arxiv", "1", 2021, doi: "10.1/a"), Labels("image"), [], definitionLabels: 0x10);
        store.AddPaper(2, P("doi:10.1/a", "openalex", "W2", 2020, doi: "10.1/A"), Labels("text"), Shares(("GB", 1)), definitionLabels: 0x2);
        store.AddPaper(3, P("arxiv:3", "arxiv", "3", 2019), Labels("ai", "sound"), [], definitionLabels: 0x4);
        store.AddPaper(4, P("arxiv:4", "arxiv", "4", 2018), Labels("image", "text"), [], definitionLabels: 0x2);
        store.AddPaper(5, P("papers:5", "papers", "5", 2017), Labels(), Shares(("US", 1)));

        StoredWork[] all = [.. store.Works()];
        StoredWork[] ai = [.. store.AiWorks()];

        Assert.Equal(["arxiv:1", "arxiv:3"], ai.Select(w => w.Key));
        StoredWork united = ai[0];

        // the whole work comes back, not only its AI record: every record's labels, the earliest year, the countries of
        // its located record, and the union of the decisions
        Assert.Equal(["image", "text"], united.Labels);
        Assert.Equal(2020, united.Year);
        Assert.Equal(Shares(("GB", 1)), united.Countries);
        Assert.Equal(0x12, united.DefinitionLabels);
        Assert.Equal(["ai", "sound"], ai[1].Labels);
        Assert.Equal(4, all.Length);
        foreach (StoredWork work in ai)
        {
            StoredWork same = all.Single(w => w.Key == work.Key);
            Assert.Equal(same.Labels, work.Labels);
            Assert.Equal(same.Countries, work.Countries);
            Assert.Equal(same.Year, work.Year);
            Assert.Equal(same.DefinitionLabels, work.DefinitionLabels);
        }
    }

    [Fact]
    public void The_papers_view_gives_back_every_key_arxiv_id_and_file_as_written()
    {
        using PaperStore store = PaperStore.Create(Path.Combine(_folder, "v.duckdb"));
        store.AddPaper(1, P("arxiv:2101.00001", "arxiv", "2101.00001", 2021) with { ArxivId = "2101.00001", Location = new SourceLocation("a.jsonl", 7) }, Labels(), []);
        store.AddPaper(2, P("arxiv:2101.00002", "papers", "cvpr:1", 2020) with { ArxivId = "2101.00002", Location = new SourceLocation("b.jsonl", 1) }, Labels(), []);
        store.AddPaper(3, P("doi:10.1/x", "openalex", "W1", 2021) with { Location = new SourceLocation("a.jsonl", 8) }, Labels(), []);

        // a key of the arXiv form for another id, and an arXiv id that is not the record's id, are kept as they are
        store.AddPaper(4, P("arxiv:10", "arxiv", "1", 2019) with { ArxivId = "2", Location = new SourceLocation("c.jsonl", 2) }, Labels(), []);
        string csv = Path.Combine(_folder, "papers.csv");
        store.Export("SELECT record_no, work_key, source, id, arxiv_id, file, line FROM papers ORDER BY record_no", csv, ExportFormat.Csv);

        Assert.Equal(
            [
                "record_no,work_key,source,id,arxiv_id,file,line",
                "1,arxiv:2101.00001,arxiv,2101.00001,2101.00001,a.jsonl,7",
                "2,arxiv:2101.00002,papers,cvpr:1,2101.00002,b.jsonl,1",
                "3,doi:10.1/x,openalex,W1,,a.jsonl,8",
                "4,arxiv:10,arxiv,1,2,c.jsonl,2",
            ],
            File.ReadAllLines(csv));
    }

    [Fact]
    public void A_merge_keeps_each_records_file_and_labels_whatever_numbers_each_store_gave_them()
    {
        string first = Path.Combine(_folder, "m1.duckdb");
        string second = Path.Combine(_folder, "m2.duckdb");
        using (PaperStore store = PaperStore.Create(first))
        {
            store.AddPaper(1, P("arxiv:1", "arxiv", "1", 2020) with { Location = new SourceLocation("x.jsonl", 1) }, Labels("ai"), []);
            store.AddPaper(2, P("arxiv:2", "arxiv", "2", 2020) with { Location = new SourceLocation("y.jsonl", 1) }, Labels(), []);
        }

        using (PaperStore store = PaperStore.Create(second))
        {
            store.AddPaper(1, P("arxiv:3", "arxiv", "3", 2021) with { Location = new SourceLocation("y.jsonl", 2) }, Labels("image"), []);
            store.AddPaper(2, P("arxiv:4", "arxiv", "4", 2021) with { Location = new SourceLocation("z.jsonl", 1) }, Labels("ai", "image"), []);
        }

        using PaperStore merged = PaperStore.Create(Path.Combine(_folder, "m.duckdb"));
        merged.MergeFrom(first);
        merged.MergeFrom(second);
        string csv = Path.Combine(_folder, "merged.csv");
        merged.Export("SELECT record_no, id, file, line FROM papers ORDER BY record_no", csv, ExportFormat.Csv);

        Assert.Equal(["record_no,id,file,line", "1,1,x.jsonl,1", "2,2,y.jsonl,1", "3,3,y.jsonl,2", "4,4,z.jsonl,1"], File.ReadAllLines(csv));

        // the second store numbered "image" before "ai"
        string labels = Path.Combine(_folder, "merged-labels.csv");
        merged.Export("SELECT record_no, label, kind, evidence FROM labels ORDER BY record_no, label", labels, ExportFormat.Csv);
        Assert.Equal(
            ["record_no,label,kind,evidence", "1,ai,ai,phrase: ai", "3,image,modality,phrase: image", "4,ai,ai,phrase: ai", "4,image,modality,phrase: image"],
            File.ReadAllLines(labels));
        Assert.Equal([["ai"], [], ["image"], ["ai", "image"]], merged.Works().OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Labels));
    }

    [Fact]
    public void Fractional_tables_keep_three_decimals_and_whole_tables_integers()
    {
        string path = Path.Combine(_folder, "b.duckdb");
        using PaperStore store = PaperStore.Create(path);
        var third = new MeasuredPaper("k", 2020, true, Modalities.Image, Shares(("GB", 1.0 / 3), ("US", 2.0 / 3)));
        store.SaveCountryModality("whole", CountryModalityTable.Measure([third], YearRange.All, Counting.Whole));
        store.SaveCountryModality("fractional", CountryModalityTable.Measure([third], YearRange.All, Counting.Fractional));
        string whole = Path.Combine(_folder, "whole.csv");
        string fractional = Path.Combine(_folder, "fractional.csv");
        store.Export("SELECT country, image, \"any\" FROM whole ORDER BY rank", whole, ExportFormat.Csv);
        store.Export("SELECT country, image, \"any\" FROM fractional ORDER BY rank", fractional, ExportFormat.Csv);

        Assert.Equal(["country,image,any", "GB,1,1", "US,1,1"], File.ReadAllLines(whole));
        Assert.Equal(["country,image,any", "US,0.667,0.667", "GB,0.333,0.333"], File.ReadAllLines(fractional));
        Assert.False(File.Exists(fractional + ".partial"));
    }

    [Fact]
    public void Diagnostics_come_back_in_file_and_line_order_with_the_total()
    {
        using PaperStore store = PaperStore.Create(Path.Combine(_folder, "c.duckdb"));
        store.AddDiagnostic(Diagnostic.Rejected("b.jsonl", 3, "json", "invalid JSON"));
        store.AddDiagnostic(Diagnostic.Warned("a.jsonl", 9, "year", "not an integer"));
        store.AddDiagnostic(Diagnostic.Rejected("a.jsonl", 2, "title", "missing title"));
        (IReadOnlyList<Diagnostic> first, long total) = store.Diagnostics(2);
        Assert.Equal(3, total);
        Assert.Equal([Diagnostic.Rejected("a.jsonl", 2, "title", "missing title"), Diagnostic.Warned("a.jsonl", 9, "year", "not an integer")], first);
    }
    [Fact]
    public void Records_and_labels_past_a_row_group_are_all_kept_in_order()
    {
        // The appenders hand their rows over every 20,480 rows, and DuckDB writes a row group every 122,880: records
        // and labels across both boundaries, in a new store and in a store reopened and updated, are all there, in order.
        string path = Path.Combine(_folder, "rows.duckdb");
        const int records = 130_000;
        Classification two = Labels("ai", "image");
        using (PaperStore store = PaperStore.Create(path))
        {
            for (int i = 1; i <= records; i++)
            {
                store.AddPaper(i, P("arxiv:" + i, "arxiv", i.ToString(System.Globalization.CultureInfo.InvariantCulture), 2020), two, []);
            }

            store.Commit();
        }

        using (PaperStore store = PaperStore.Open(path))
        {
            store.BeginUpdate(staging: false);
            for (int i = records + 1; i <= 2 * records; i++)
            {
                store.AddPaper(i, P("arxiv:" + i, "arxiv", i.ToString(System.Globalization.CultureInfo.InvariantCulture), 2021), two, []);
            }

            store.Commit();
            Assert.Equal(2 * records, store.Scalar("SELECT count(*) FROM papers"));
            Assert.Equal(2 * records, store.Scalar("SELECT count(DISTINCT record_no) FROM papers"));
            Assert.Equal(2 * records, store.Scalar("SELECT max(record_no) FROM papers"));
            Assert.Equal(4 * records, store.Scalar("SELECT count(*) FROM labels"));
            Assert.Equal(2 * records, store.Scalar("SELECT count(*) FROM labels WHERE label = 'image' AND evidence = 'phrase: image'"));
            Assert.Equal(0, store.Scalar("SELECT count(*) FROM papers WHERE id <> record_no::VARCHAR OR work_key <> 'arxiv:' || id"));
            Assert.Equal(records, store.Scalar("SELECT count(*) FROM papers WHERE year = 2021 AND record_no > " + records.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
