using Aici.Core.Domain;
using Aici.Sources.Arxiv;

namespace Aici.Sources.Tests;

public sealed class AtomFeedReaderTests
{
    private static Reading Read(string fixture) => Reading.Of(new AtomFeedReader(Fixtures.Path(fixture)));

    [Fact]
    public void Reads_the_2026_layout()
    {
        var reader = new AtomFeedReader(Fixtures.Path("atom_2026_layout.xml"));
        Reading reading = Reading.Of(reader);

        Assert.Equal("arxiv-atom", reader.Format);
        Assert.Equal(["arxiv:2511.01001", "arxiv:cs/0101007", "arxiv:2602.00002"], reading.Papers.Select(p => p.Key));
        Assert.Empty(reading.Errors);

        Paper paper = reading.Papers[0];
        Assert.Equal("arxiv-atom", paper.Source);
        Assert.Equal("2511.01001", paper.Id);
        Assert.Equal("2511.01001", paper.ArxivId);
        Assert.Equal("Marionette Motion from Monocular Video", paper.Title);
        Assert.Equal("We recover string controls of marionettes from a single camera.", paper.Abstract);
        Assert.Equal(["cs.CV", "cs.GR"], paper.Categories);
        Assert.Equal(new DateOnly(2025, 11, 3), paper.Submitted);
        Assert.Equal(new DateOnly(2025, 12, 20), paper.Updated);
        Assert.Equal(2025, paper.Year);
        Assert.Equal("10.9999/marionette.2025", paper.Doi);
        Assert.Equal(9, paper.Location.Line);
    }

    [Fact]
    public void Authors_carry_their_affiliations()
    {
        Paper paper = Read("atom_2026_layout.xml").Papers[0];

        Assert.Equal(["Petra Novak", "Tomas Marek"], paper.Authors.Select(a => a.Name));
        Assert.Equal(["Prague Puppet Theatre Lab", "Charles Bridge Institute"], paper.Authors[0].Affiliations.Select(a => a.Text));
        Assert.All(paper.Authors[0].Affiliations, a => Assert.Empty(a.Countries));
        Assert.Empty(paper.Authors[1].Affiliations);
    }

    [Fact]
    public void Old_style_ids_lose_their_version_and_categories_keep_order_without_a_primary()
    {
        Paper paper = Read("atom_2026_layout.xml").Paper("arxiv:cs/0101007");

        Assert.Equal("cs/0101007", paper.Id);
        Assert.Equal(["cs.SD"], paper.Categories);
        Assert.Equal(2001, paper.Year);
        Assert.Null(paper.Doi);
    }

    [Fact]
    public void An_unreadable_published_date_is_a_warning_and_the_year_comes_from_the_id()
    {
        Reading reading = Read("atom_2026_layout.xml");
        Paper paper = reading.Paper("arxiv:2602.00002");

        Assert.Equal(2026, paper.Year);
        Assert.Null(paper.Submitted);
        Assert.Empty(paper.Categories);
        Diagnostic warning = Assert.Single(reading.Warnings);
        Assert.Equal(("published", paper.Location.Line), (warning.Field, warning.Line));
        Assert.Contains("last week", warning.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_2016_layout_with_inline_namespaces()
    {
        Reading reading = Read("atom_2016_layout.xml");

        Assert.Empty(reading.Errors);
        Assert.Equal(["arxiv:1603.04444", "arxiv:hep-th/9901001"], reading.Papers.Select(p => p.Key));

        Paper paper = reading.Papers[0];
        Assert.Equal("Procedural Tapestry\n  Generation", paper.Title);
        Assert.Equal("  Weaving patterns are generated\nwith grammars.\n", paper.Abstract);
        Assert.Equal(["cs.GR", "cs.AI"], paper.Categories);
        Assert.Equal("10.8888/tapestry", paper.Doi);
        Assert.Equal(new DateOnly(2016, 3, 14), paper.Submitted);
        Assert.Equal(new DateOnly(2016, 5, 1), paper.Updated);
        Assert.Equal("Textile Museum, Oslo", Assert.Single(paper.Authors[0].Affiliations).Text);
        Assert.Equal(8, paper.Location.Line);

        Paper old = reading.Papers[1];
        Assert.Equal("hep-th/9901001", old.Id);
        Assert.Equal(1999, old.Year);
    }

    [Fact]
    public void An_api_error_feed_is_one_error_with_its_summary()
    {
        Reading reading = Read("atom_api_error.xml");

        Assert.Empty(reading.Papers);
        Diagnostic error = Assert.Single(reading.Errors);
        Assert.Equal("incorrect id format for 9999.nope", error.Reason);
        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void Malformed_xml_keeps_the_entries_before_it()
    {
        using var dir = new TempDirectory();
        string text = File.ReadAllText(Fixtures.Path("atom_2026_layout.xml"));
        int cut = text.IndexOf("<title>Karaoke", StringComparison.Ordinal);
        string path = dir.Write("broken.xml", text[..cut] + "<title>Karaoke</titel>\n  </entry>\n</feed>\n");

        Reading reading = Reading.Of(new AtomFeedReader(path));

        Assert.Equal(["arxiv:2511.01001"], reading.Papers.Select(p => p.Key));
        Diagnostic error = Assert.Single(reading.Errors);
        Assert.Equal("xml", error.Field);
        Assert.Equal(32, error.Line);
        Assert.Contains("titel", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_without_id_or_title_are_rejected()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("partial.xml", """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry>
                <title>No id here</title>
              </entry>
              <entry>
                <id>http://arxiv.org/abs/2101.00001v1</id>
              </entry>
              <entry>
                <id>http://arxiv.org/abs/2101.00002v1</id>
                <title>Fine</title>
              </entry>
            </feed>
            """);

        Reading reading = Reading.Of(new AtomFeedReader(path));

        Assert.Equal(["arxiv:2101.00002"], reading.Papers.Select(p => p.Key));
        Assert.Equal([("id", 2L), ("title", 5L)], reading.Errors.Select(e => (e.Field, e.Line)));
    }

    [Fact]
    public void A_gzipped_feed_is_read()
    {
        using var dir = new TempDirectory();
        string path = dir.WriteGzip("feed.xml.gz", File.ReadAllText(Fixtures.Path("atom_2016_layout.xml")));

        Reading reading = Reading.Of(new AtomFeedReader(path));

        Assert.Equal(2, reading.Papers.Count);
        Assert.Empty(reading.Errors);
    }

    [Fact]
    public void A_truncated_gzipped_feed_reports_the_truncation()
    {
        using var dir = new TempDirectory();
        string text = File.ReadAllText(Fixtures.Path("atom_2026_layout.xml"));
        byte[] full = TempDirectory.Gzip(text);
        string path = dir.WriteBytes("feed.xml.gz", full[..(full.Length - 40)]);

        Reading reading = Reading.Of(new AtomFeedReader(path));

        Diagnostic error = Assert.Single(reading.Errors);
        Assert.Equal(("file", "truncated gzip stream"), (error.Field, error.Reason));
        Assert.Equal(["arxiv:2511.01001", "arxiv:cs/0101007"], reading.Papers.Select(p => p.Key));
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_one_error()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("other.xml", "<catalogue><item>not arXiv</item></catalogue>");

        Diagnostic error = Assert.Single(Reading.Of(new AtomFeedReader(path)).Errors);

        Assert.Contains("not an Atom feed", error.Reason, StringComparison.Ordinal);
    }
}
