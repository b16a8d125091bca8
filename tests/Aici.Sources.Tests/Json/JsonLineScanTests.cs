using System.Text;
using System.Text.Json;

using Aici.Core.Domain;
using Aici.Sources.Arxiv;
using Aici.Sources.Json;
using Aici.Sources.Parallel;

namespace Aici.Sources.Tests.Json;

public sealed class JsonLineScanTests
{
    // Records written for this test in the Kaggle layout: escapes of every kind, non-ASCII text raw and escaped,
    // an escaped surrogate pair, nested arrays and objects, numbers, literals.
    private static readonly string[] Records =
    [
        """{"id":"2101.00001","submitter":"A. Writer","authors":"A. Writer and B. P\\'erez","title":"Style transfer\n  for \"paintings\"","comments":null,"journal-ref":null,"doi":"10.1000/x","report-no":null,"categories":"cs.CV cs.LG","license":null,"abstract":"  We study style\ntransfer \\cite{x} at 3\u00d7 speed, caf\u00e9 and café.\n","versions":[{"version":"v1","created":"Mon, 4 Jan 2021 10:00:00 GMT"}],"update_date":"2021-01-05","authors_parsed":[["Writer","A.",""],["P\\'erez","B.","",""]]}""",
        """ { "id" : "math/0501001" , "title" : "A theorem" , "abstract" : null , "categories" : "math.CO" , "n" : [ -0.5e+3 , 0 , 12 , 1E2 , true , false , null , { } , [ ] ] } """,
        """{"id":"2202.02222","title":"Emoji \ud83d\ude00 in a title","abstract":"Tabs\tand \/ slashes \b \f \r and \\ backslashes","categories":"cs.CL"}""",
        """{"id":"2303.03333","title":"Music 🎵 generation","abstract":"Raw non-ASCII: naïve Ελληνικά 音楽","categories":"cs.SD eess.AS","extra":{"deep":[[[[{"a":[1,2,{"b":null}]}]]]]}}""",
        """{"id":"","title":"Blank id","abstract":"x","categories":"cs.AI"}""",
        """{"id":"2404.04444","title":"   ","abstract":"blank title","categories":"cs.AI"}""",
        """{"id":"2505.05555","abstract":"no title","categories":"cs.AI"}""",
        """{"id":7,"title":"A number id","abstract":"x","categories":"cs.AI"}""",
        """{"id":"2606.06666","title":["not","a","string"],"abstract":{"not":"a string"},"categories":["cs.AI","cs.LG"]}""",
        """{"id":"2707.07777","title":"Twice","title":"The second title","abstract":"x"}""",
        """{"\u0069d":"2808.08888","title":"An escaped key","abstract":"x"}""",
        """{}""",
        """[]""",
    ];

    private static readonly byte[] Mutations = [.. "\"\\{}[],: \tnu0-e.+1fta"u8, 0x01, 0x1F, 0xC3, 0xA9, 0xFF, 0x80];

    [Fact]
    public void Indexes_the_members_of_a_valid_line()
    {
        byte[] line = Encoding.UTF8.GetBytes("""{"id":"1", "title" : "a\nb", "n":[1,{"x":null}], "z":null}""");
        var members = new JsonMember[8];
        int count = JsonLineScan.Scan(line, members);
        Assert.Equal(4, count);
        Assert.Equal("id", Text(line, members[0].KeyStart, members[0].KeyLength));
        Assert.Equal("1", Text(line, members[0].ValueStart, members[0].ValueLength));
        Assert.Equal(@"a\nb", Text(line, members[1].ValueStart, members[1].ValueLength));
        Assert.True(members[1].ValueEscaped);
        Assert.Equal(JsonLineScan.ValueKind.Other, members[2].Kind);
        Assert.Equal("""[1,{"x":null}]""", Text(line, members[2].ValueStart, members[2].ValueLength));
        Assert.Equal(JsonLineScan.ValueKind.Null, members[3].Kind);
    }

    [Theory]
    [InlineData("""{"a":1,}""")]
    [InlineData("""{'a':1}""")]
    [InlineData("""{"a":01}""")]
    [InlineData("""{"a":1.}""")]
    [InlineData("""{"a":.5}""")]
    [InlineData("""{"a":-}""")]
    [InlineData("""{"a":1e}""")]
    [InlineData("""{"a":tru}""")]
    [InlineData("""{"a":nulll}""")]
    [InlineData("""{"a":"x\qy"}""")]
    [InlineData("""{"a":"\u12G4"}""")]
    [InlineData("""{"a":"unterminated}""")]
    [InlineData("""{"a":1} x""")]
    [InlineData("""{"a":1}{}""")]
    [InlineData("""{"a":1 /* comment */}""")]
    [InlineData("""{"a" 1}""")]
    [InlineData("""{"a":[1 2]}""")]
    [InlineData("""{"a":{"b"}}""")]
    [InlineData("""{"a":NaN}""")]
    [InlineData("""{"a":+1}""")]
    [InlineData("")]
    [InlineData("   ")]
    public void Refuses_what_the_reader_refuses(string text)
    {
        byte[] line = Encoding.UTF8.GetBytes(text);
        Assert.False(ReaderAccepts(line));
        Assert.Equal(-1, JsonLineScan.Scan(line, new JsonMember[8]));
    }

    [Fact]
    public void Refuses_a_raw_control_character_invalid_utf8_and_a_byte_order_mark()
    {
        Assert.Equal(-1, JsonLineScan.Scan("{\"a\":\"x\u0001y\"}"u8, new JsonMember[8]));
        Assert.Equal(-1, JsonLineScan.Scan([.. "{\"a\":\"x"u8, 0xC3, .. "\"}"u8], new JsonMember[8]));
        Assert.Equal(-1, JsonLineScan.Scan([0xEF, 0xBB, 0xBF, .. "{}"u8], new JsonMember[8]));
    }

    [Fact]
    public void Refuses_more_members_than_it_has_room_for_and_deep_nesting()
    {
        Assert.Equal(-1, JsonLineScan.Scan("""{"a":1,"b":2,"c":3}"""u8, new JsonMember[2]));
        string deep = new string('[', 70) + new string(']', 70);
        Assert.Equal(-1, JsonLineScan.Scan(Encoding.UTF8.GetBytes($$"""{"a":{{deep}}}"""), new JsonMember[2]));
    }

    [Fact]
    public void Accepts_only_lines_the_reader_accepts_and_the_parser_reads_them_as_the_reader_alone_does()
    {
        // every record above, and 40,000 random mutations of them (bytes replaced, removed, inserted, repeated):
        // a line the scan accepts is one Utf8JsonReader accepts, and the record and diagnostics read through the
        // scan equal those read by the reader alone
        var random = new Random(20261125);
        var quick = new TextRecordParser(arxiv: true);
        var plain = new TextRecordParser(arxiv: true) { QuickScan = false };
        var quickPapers = new TextRecordParser(arxiv: false);
        var plainPapers = new TextRecordParser(arxiv: false) { QuickScan = false };
        var members = new JsonMember[32];
        int accepted = 0;
        for (int round = 0; round < 40_000 + Records.Length; round++)
        {
            byte[] line = Encoding.UTF8.GetBytes(Records[round % Records.Length]);
            if (round >= Records.Length)
            {
                line = Mutate(line, random);
            }

            if (JsonLineScan.Scan(line, members) >= 0)
            {
                accepted++;
                Assert.True(ReaderAccepts(line), Encoding.UTF8.GetString(line));
            }

            Assert.Equal(Read(plain, line), Read(quick, line));
            Assert.Equal(Read(plainPapers, line), Read(quickPapers, line));
        }

        // the mutations leave a fair share of lines valid, so both paths are exercised
        Assert.InRange(accepted, 5_000, 35_000);
    }

    [Fact]
    public void Long_strings_read_through_the_scan_as_the_reader_alone_reads_them()
    {
        // titles and abstracts of 0 to 300 bytes whose escapes, quotes, control characters and non-ASCII letters fall
        // at every offset of the 32-byte chunks the scan and the copy read, valid or not, through both parsers
        string[] pieces = ["a", "b", "z", "0", " ", "\\n", "\\\"", "\\\\", "\\/", "\\t", "\\u00e9", "\\u4e2d", "é", "中", "🎵"];
        string[] invalid = ["\"", "\u0001", "\\x", "\\u12"];
        var random = new Random(20261206);
        var quick = new TextRecordParser(arxiv: true);
        var plain = new TextRecordParser(arxiv: true) { QuickScan = false };
        var members = new JsonMember[32];
        int accepted = 0;
        for (int round = 0; round < 20_000; round++)
        {
            string Text(int length)
            {
                var text = new StringBuilder();
                while (Encoding.UTF8.GetByteCount(text.ToString()) < length)
                {
                    // mostly plain letters, so that chunks of 32 plain bytes occur too, and now and then what JSON forbids
                    int roll = random.Next(1000);
                    text.Append(roll < 3 ? invalid[random.Next(invalid.Length)] : roll < 150 ? pieces[random.Next(pieces.Length)] : pieces[random.Next(5)]);
                }

                return text.ToString();
            }

            string json = "{\"id\":\"2101.00001\",\"title\":\"" + Text(random.Next(0, 80)) + "\",\"categories\":\"cs.CV\",\"abstract\":\""
                + Text(random.Next(0, 300)) + "\",\"versions\":[{\"version\":\"v1\",\"created\":\"Mon, 4 Jan 2021 10:00:00 GMT\"}]}";
            byte[] line = Encoding.UTF8.GetBytes(json);
            if (JsonLineScan.Scan(line, members) >= 0)
            {
                accepted++;
                Assert.True(ReaderAccepts(line), json);
            }

            Assert.Equal(Read(plain, line), Read(quick, line));
        }

        Assert.InRange(accepted, 2_000, 18_000);
    }

    [Fact]
    public void The_kaggle_parser_reads_through_the_scan_what_it_reads_with_the_reader_alone()
    {
        // the same records and 40,000 mutations through the run's Kaggle parser: papers (every field, authors named
        // or parsed, dates, versions), rejections and warnings all equal
        var random = new Random(7);
        var quick = new KaggleRecordParser("f.jsonl");
        var plain = new KaggleRecordParser("f.jsonl") { QuickScan = false };
        string[] records =
        [
            .. Records,
            """{"id":"0704.0001","authors":"C. Bal\\'azs, E. L. Berger","title":"Calculation of prompt\n  diphoton production","doi":"10.1103/PhysRevD.76.013009 ","categories":"hep-ph","abstract":"A fully differential\ncalculation.","versions":[{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"},{"version":"v2","created":"Tue, 24 Jul 2007 20:10:27 GMT"}],"update_date":"2008-11-13","authors_parsed":[["Bal\u00e1zs","C.",""],["Berger","E. L.","","Southern Methodist University"]]}""",
            """{"id":"0704.0002","authors":"A. Author","title":"Bad dates","categories":"math.CO","abstract":null,"versions":[{"version":"v1","created":"not a date"}],"update_date":"2008-13-45","authors_parsed":"not an array","doi":7}""",
        ];
        int same = 0;
        for (int round = 0; round < 40_000 + records.Length; round++)
        {
            byte[] line = Encoding.UTF8.GetBytes(records[round % records.Length]);
            if (round >= records.Length)
            {
                line = Mutate(line, random);
            }

            string expected = Read(plain, line);
            Assert.Equal(expected, Read(quick, line));
            same += expected.StartsWith("paper", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.InRange(same, 5_000, 38_000);
    }

    private static string Read(KaggleRecordParser parser, byte[] line)
    {
        var output = new List<ReadItem>();
        try
        {
            parser.Parse(line, 5, output);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // JsonLines turns these into the line's rejection
            return "throws " + e.GetType().Name + ": " + e.Message;
        }

        var text = new StringBuilder();
        foreach (ReadItem item in output)
        {
            if (item.Paper is { } p)
            {
                text.Append("paper|").Append(p.Key).Append('|').Append(p.Source).Append('|').Append(p.Id).Append('|').Append(p.Title)
                    .Append('|').Append(p.Abstract).Append('|').Append(p.Year).Append('|').Append(p.Submitted).Append('|')
                    .Append(p.Version).Append('|').Append(p.Updated).Append('|').Append(string.Join(',', p.Categories)).Append('|')
                    .Append(p.Doi).Append('|').Append(p.ArxivId).Append('|').Append(p.Location).Append('|');
                foreach (Author a in p.Authors)
                {
                    text.Append(a.Name).Append('@').Append(string.Join(';', a.Affiliations.Select(f => f.Text))).Append(',');
                }
            }

            text.Append('|').Append(item.Diagnostic?.ToString()).Append('\n');
        }

        return text.ToString();
    }

    private static byte[] Mutate(byte[] line, Random random)
    {
        var bytes = new List<byte>(line);
        int edits = random.Next(1, 3);
        for (int e = 0; e < edits && bytes.Count > 0; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes[at] = Mutations[random.Next(Mutations.Length)];
                    break;
                case 1:
                    bytes.RemoveAt(at);
                    break;
                case 2:
                    bytes.Insert(at, Mutations[random.Next(Mutations.Length)]);
                    break;
                default:
                    int length = Math.Min(random.Next(1, 6), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
            }
        }

        return [.. bytes];
    }

    private static string Read(TextRecordParser parser, byte[] line)
    {
        var record = new TextRecord();
        var diagnostics = new List<Diagnostic>();
        bool ok = parser.Parse(line, "f.jsonl", 3, record, diagnostics);
        var text = new StringBuilder();
        text.Append(ok).Append('|').Append(record.Id).Append('|').Append(record.Title).Append('|').Append(record.Abstract)
            .Append('|').Append(record.HasAbstract);
        for (int i = 0; i < record.CategoryCount; i++)
        {
            text.Append('|').Append(record.Category(i));
        }

        foreach (Diagnostic d in diagnostics)
        {
            text.Append('\n').Append(d.ToString());
        }

        return text.ToString();
    }

    private static bool ReaderAccepts(byte[] line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Text(byte[] line, int start, int length) => Encoding.UTF8.GetString(line, start, length);
}
