using Aici.Core.Classify;
using Aici.Core.Domain;
using Aici.Core.Measure;
using Aici.Core.Run;
using Aici.Core.Taxonomy;
using DuckDB.NET.Data;

namespace Aici.Store;

/// <summary>Writing records: bulk appenders, and for incremental runs a staging area compared with the store.</summary>
public sealed partial class PaperStore
{
    /// <summary>Each label kind as the store writes it (lower case), made once rather than per row.</summary>
    private static readonly string[] KindNames = [.. Enum.GetValues<LabelKind>().Select(k => k.ToString().ToLowerInvariant())];

    /// <summary>
    /// How many rows the record and label appenders hold before they hand them to the table: a sixth of one of
    /// DuckDB's row groups (122,880 rows). See <see cref="AddPaper"/>.
    /// </summary>
    private const int HandOverRows = 20_480;

    private DuckDBAppender? _papers;
    private DuckDBAppender? _labels;
    private int _paperRowsHeld;
    private int _labelRowsHeld;
    private DuckDBAppender? _countries;
    private DuckDBAppender? _diagnostics;
    private DuckDBAppender? _inputFiles;
    private DuckDBAppender? _labelNames;

    /// <summary>The number of each label (name and kind) in <c>label_names</c>, loaded at the first label.</summary>
    private Dictionary<(string Label, LabelKind Kind), int>? _labelNumbers;

    /// <summary>The number of each input file in <c>input_files</c> (loaded at the first record), and the last one looked up.</summary>
    private Dictionary<string, int>? _inputNumbers;
    private string? _lastInputPath;
    private int _lastInputNo;
    private bool _staging;
    private DuckDBTransaction? _transaction;

    /// <summary>The largest record number in the store (0 when empty): new records continue after it.</summary>
    public long LastRecordNo() => Scalar("SELECT coalesce(max(record_no), 0) FROM papers");

    /// <summary>The SHA-256 of an input with this size and quick hash read into the store already, or null.</summary>
    /// <summary>True when the store holds an input of exactly <paramref name="bytes"/> bytes (so one of that size may be it).</summary>
    public bool HasInputOfSize(long bytes)
    {
        Flush();
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM inputs WHERE bytes = $bytes";
        command.Parameters.Add(new DuckDBParameter("bytes", bytes));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    public string? StoredInput(long bytes, string quickHash)
    {
        Flush();
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT min(sha256) FROM inputs WHERE bytes = $bytes AND xxh128 = $xxh";
        command.Parameters.Add(new DuckDBParameter("bytes", bytes));
        command.Parameters.Add(new DuckDBParameter("xxh", quickHash));
        return command.ExecuteScalar() as string;
    }

    /// <summary>
    /// Starts one transaction for the whole update; with <paramref name="staging"/>, records go to a staging area
    /// until <see cref="ApplyStaged"/>. Nothing is visible in the file until <see cref="Commit"/>: a killed run
    /// leaves the store as it was.
    /// </summary>
    public void BeginUpdate(bool staging)
    {
        _transaction = _connection.BeginTransaction();
        _staging = staging;
        if (staging)
        {
            Execute(Schema.CreateStaging);
        }
    }

    /// <summary>Compares the staged records with the store and applies them; returns how many were of each kind.</summary>
    public IngestCounts ApplyStaged()
    {
        Flush();
        if (!_staging)
        {
            return new IngestCounts(Scalar("SELECT count(*) FROM papers"), 0, 0);
        }

        Execute(Schema.ClassifyStaged);
        long added = Scalar("SELECT count(*) FROM stage_status WHERE status = 'added'");
        long updated = Scalar("SELECT count(*) FROM stage_status WHERE status = 'updated'");
        long unchanged = Scalar("SELECT count(*) FROM stage_status WHERE status = 'unchanged'");
        Execute(Schema.ApplyStaged);
        _staging = false;
        return new IngestCounts(added, updated, unchanged);
    }

    public void Commit()
    {
        Flush();
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
    }

    /// <summary>A setting of the store (the configuration it was built with, its shard…), or null.</summary>
    public string? Setting(string key)
    {
        Flush();
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT value FROM settings WHERE key = $key";
        command.Parameters.Add(new DuckDBParameter("key", key));
        return command.ExecuteScalar() as string;
    }

    public void SetSetting(string key, string value)
    {
        Flush();
        using DuckDBCommand delete = _connection.CreateCommand();
        delete.CommandText = "DELETE FROM settings WHERE key = $key";
        delete.Parameters.Add(new DuckDBParameter("key", key));
        delete.ExecuteNonQuery();
        using DuckDBAppender appender = _connection.CreateAppender("settings");
        appender.CreateRow().AppendValue(key).AppendValue(value).EndRow();
    }

    /// <summary>
    /// Appends one record with its labels (under the run's AI definition), its packed decisions under every compared
    /// definition (<paramref name="definitionLabels"/>) and its countries.
    /// </summary>
    public void AddPaper(long recordNo, Paper paper, Classification classification, IReadOnlyList<CountryShare> countries, int definitionLabels = 0)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(classification);
        ArgumentNullException.ThrowIfNull(countries);
        int inputNo = InputNumber(paper.Location.File);
        _labelNumbers ??= LoadLabelNumbers();
        _papers ??= _connection.CreateAppender(PaperTable);
        _labels ??= _connection.CreateAppender(LabelTable);
        _countries ??= _connection.CreateAppender(_staging ? "stage_countries" : "paper_countries");

        // The work key and arXiv id are left out where the view `papers` gives them from the id: most records are
        // arXiv records keyed by their own id, and every distinct string costs the store its analysis and compression.
        bool arxivIdIsId = string.Equals(paper.ArxivId, paper.Id, StringComparison.Ordinal);
        _papers.CreateRow()
            .AppendValue(recordNo)
            .AppendValue(IsArxivKeyOf(paper.Key, paper.Id) ? null : paper.Key)
            .AppendValue(paper.Source)
            .AppendValue(paper.Id)
            .AppendValue(paper.Title)
            .AppendValue(paper.Year)
            .AppendValue(paper.Submitted)
            .AppendValue(SpaceSeparated(paper.Categories))
            .AppendValue(paper.Venue)
            .AppendValue(paper.Doi)
            .AppendValue(arxivIdIsId ? null : paper.ArxivId)
            .AppendValue(arxivIdIsId)
            .AppendValue(paper.Version)
            .AppendValue(paper.Updated)
            .AppendValue(inputNo)
            .AppendValue(paper.Location.Line)
            .AppendValue(definitionLabels)
            .EndRow();
        _papers = HandOverWhenFull(_papers, ref _paperRowsHeld, PaperTable);

        foreach (Label label in classification.Labels)
        {
            _labels.CreateRow()
                .AppendValue(recordNo)
                .AppendValue(LabelNumber(label.Name, label.Kind))
                .AppendValue(label.Evidence.ToString())
                .EndRow();
            _labels = HandOverWhenFull(_labels, ref _labelRowsHeld, LabelTable);
        }

        foreach (CountryShare share in countries)
        {
            _countries.CreateRow().AppendValue(recordNo).AppendValue(share.Country.Value).AppendValue(share.Weight).EndRow();
        }
    }

    private string PaperTable => _staging ? "stage_papers" : "paper_rows";

    private string LabelTable => _staging ? "stage_labels" : "label_rows";

    /// <summary>
    /// The appender to go on with after one more row: the same, or, once it holds <see cref="HandOverRows"/> rows, a new
    /// one on <paramref name="table"/> after closing it. An appender holds up to 204,800 rows before it hands them over;
    /// closed every 20,480 instead, each row group is compressed and written as soon as the next begins, while the
    /// workers still classify, and a run ends with one row group and 20,480 rows at most per table (1M records: 0.6 s
    /// -> 0.2 s after the last record).
    /// </summary>
    private DuckDBAppender HandOverWhenFull(DuckDBAppender appender, ref int held, string table)
    {
        if (++held < HandOverRows)
        {
            return appender;
        }

        appender.Dispose();
        held = 0;
        return _connection.CreateAppender(table);
    }

    /// <summary>The categories as one space-separated string (null for none; one category is its own string).</summary>
    private static string? SpaceSeparated(IReadOnlyList<string> categories)
    {
        switch (categories.Count)
        {
            case 0:
                return null;
            case 1:
                return categories[0];
            default:
                var parts = new string[categories.Count];
                for (int i = 0; i < parts.Length; i++)
                {
                    parts[i] = categories[i];
                }

                return string.Join(' ', parts);
        }
    }

    /// <summary>
    /// The number of the input file at <paramref name="path"/> in <c>input_files</c>, added there when it is new: a
    /// record keeps the number, and the view <c>papers</c> gives its path (one string per file instead of per record).
    /// </summary>
    private int InputNumber(string path)
    {
        if (ReferenceEquals(path, _lastInputPath))
        {
            return _lastInputNo;
        }

        _inputNumbers ??= LoadInputNumbers();
        if (!_inputNumbers.TryGetValue(path, out int number))
        {
            number = NextNumber(_inputNumbers);
            _inputNumbers.Add(path, number);
            _inputFiles ??= _connection.CreateAppender("input_files");
            _inputFiles.CreateRow().AppendValue(number).AppendValue(path).EndRow();
        }

        _lastInputPath = path;
        _lastInputNo = number;
        return number;
    }

    /// <summary>
    /// The number of a label (name and kind) in <c>label_names</c>, added there when it is new: a label row keeps the
    /// number, and the view <c>labels</c> gives the name and kind (two strings per label instead of per label row).
    /// </summary>
    private int LabelNumber(string name, LabelKind kind)
    {
        _labelNumbers ??= LoadLabelNumbers();
        if (!_labelNumbers.TryGetValue((name, kind), out int number))
        {
            number = NextNumber(_labelNumbers);
            _labelNumbers.Add((name, kind), number);
            _labelNames ??= _connection.CreateAppender("label_names");
            _labelNames.CreateRow().AppendValue(number).AppendValue(name).AppendValue(KindNames[(int)kind]).EndRow();
        }

        return number;
    }

    /// <summary>The number after the largest one given (1 for the first).</summary>
    private static int NextNumber<TKey>(Dictionary<TKey, int> numbers)
        where TKey : notnull => numbers.Count == 0 ? 1 : numbers.Values.Max() + 1;

    /// <summary>The input files the store has numbered already.</summary>
    private Dictionary<string, int> LoadInputNumbers()
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT path, input_no FROM input_files";
        using DuckDBDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            numbers[reader.GetString(0)] = reader.GetInt32(1);
        }

        return numbers;
    }

    /// <summary>The labels the store has numbered already (read before any appender of this update is open).</summary>
    private Dictionary<(string Label, LabelKind Kind), int> LoadLabelNumbers()
    {
        var numbers = new Dictionary<(string Label, LabelKind Kind), int>();
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT label, kind, label_no FROM label_names";
        using DuckDBDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            int kind = Array.IndexOf(KindNames, reader.GetString(1));
            if (kind < 0)
            {
                throw new InvalidOperationException($"{Path}: label_names holds an unknown kind '{reader.GetString(1)}'");
            }

            numbers[(reader.GetString(0), (LabelKind)kind)] = reader.GetInt32(2);
        }

        return numbers;
    }

    /// <summary>Whether <paramref name="key"/> is <c>arxiv:</c> followed by <paramref name="id"/> (what the view <c>papers</c> gives for a key left out).</summary>
    internal static bool IsArxivKeyOf(string key, string id) =>
        key.Length == Paper.ArxivKeyPrefix.Length + id.Length && key.StartsWith(Paper.ArxivKeyPrefix, StringComparison.Ordinal)
        && key.AsSpan(Paper.ArxivKeyPrefix.Length).SequenceEqual(id);

    public void AddDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _diagnostics ??= _connection.CreateAppender("diagnostics");
        _diagnostics.CreateRow()
            .AppendValue(diagnostic.File)
            .AppendValue(diagnostic.Line)
            .AppendValue(diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning")
            .AppendValue(diagnostic.Field)
            .AppendValue(diagnostic.Reason)
            .EndRow();
    }

    public void AddInputs(IEnumerable<InputFile> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        using DuckDBAppender appender = _connection.CreateAppender("inputs");
        foreach (InputFile input in inputs)
        {
            appender.CreateRow()
                .AppendValue(input.Path).AppendValue(input.Format).AppendValue(input.Bytes).AppendValue(input.Sha256)
                .AppendValue(input.Records).AppendValue(input.Rejected).AppendValue(input.Warnings).AppendValue(input.QuickHash)
                .EndRow();
        }
    }

    /// <summary>Flushes the bulk appenders: call once all records are in, before reading back.</summary>
    public void Flush()
    {
        foreach (DuckDBAppender? appender in new[] { _papers, _labels, _countries, _diagnostics, _inputFiles, _labelNames })
        {
            appender?.Dispose();
        }

        _papers = _labels = _countries = _diagnostics = _inputFiles = _labelNames = null;
        _paperRowsHeld = _labelRowsHeld = 0;
    }

}
