namespace Aici.Store;

/// <summary>
/// The store's tables. One row per source record in <c>paper_rows</c>, read through the view <c>papers</c>; labels
/// (<c>label_rows</c> with a number into <c>label_names</c>, read through the view <c>labels</c>) and countries hang off
/// its record number.
/// </summary>
internal static class Schema
{
    /// <summary>The tables a store of this layout has and one of an earlier layout lacks.</summary>
    public static readonly IReadOnlyList<string> LayoutTables = ["paper_rows", "label_rows", "label_names", "input_files"];

    public const string Create = """
        CREATE TABLE inputs (
            path VARCHAR NOT NULL, format VARCHAR NOT NULL, bytes BIGINT NOT NULL, sha256 VARCHAR NOT NULL,
            records BIGINT NOT NULL, rejected BIGINT NOT NULL, warnings BIGINT NOT NULL, xxh128 VARCHAR NOT NULL);
        CREATE TABLE input_files (input_no INTEGER NOT NULL, path VARCHAR NOT NULL);
        CREATE TABLE paper_rows (
            record_no BIGINT NOT NULL, own_key VARCHAR, source VARCHAR NOT NULL, id VARCHAR NOT NULL,
            title VARCHAR NOT NULL, year INTEGER, submitted DATE, categories VARCHAR, venue VARCHAR, doi VARCHAR,
            own_arxiv_id VARCHAR, arxiv_id_is_id BOOLEAN NOT NULL, version VARCHAR, updated DATE, input_no INTEGER NOT NULL,
            line BIGINT NOT NULL, definition_labels INTEGER NOT NULL);
        CREATE VIEW papers AS
            SELECT r.record_no, coalesce(r.own_key, 'arxiv:' || r.id) AS work_key, r.source, r.id, r.title, r.year,
                   r.submitted, r.categories, r.venue, r.doi, CASE WHEN r.arxiv_id_is_id THEN r.id ELSE r.own_arxiv_id END AS arxiv_id,
                   r.version, r.updated, f.path AS file, r.line, r.definition_labels
            FROM paper_rows r JOIN input_files f USING (input_no);
        CREATE TABLE label_names (label_no INTEGER NOT NULL, label VARCHAR NOT NULL, kind VARCHAR NOT NULL);
        CREATE TABLE label_rows (record_no BIGINT NOT NULL, label_no INTEGER NOT NULL, evidence VARCHAR NOT NULL);
        CREATE VIEW labels AS
            SELECT l.record_no, n.label, n.kind, l.evidence FROM label_rows l JOIN label_names n USING (label_no);
        CREATE TABLE paper_countries (record_no BIGINT NOT NULL, country VARCHAR NOT NULL, share DOUBLE NOT NULL);
        CREATE TABLE diagnostics (
            file VARCHAR NOT NULL, line BIGINT NOT NULL, severity VARCHAR NOT NULL, field VARCHAR NOT NULL,
            reason VARCHAR NOT NULL);
        CREATE TABLE manifest (json VARCHAR NOT NULL);
        CREATE TABLE settings (key VARCHAR NOT NULL, value VARCHAR NOT NULL);
        """;

    /// <summary>
    /// Records read by an incremental run wait here until <see cref="ApplyStaged"/> compares them with the store.
    /// </summary>
    public const string CreateStaging = """
        CREATE OR REPLACE TABLE stage_papers AS SELECT * FROM paper_rows LIMIT 0;
        CREATE OR REPLACE TABLE stage_labels AS SELECT * FROM label_rows LIMIT 0;
        CREATE OR REPLACE TABLE stage_countries AS SELECT * FROM paper_countries LIMIT 0;
        """;

    /// <summary>
    /// Staged records against the store, by (source, id): new ones are added; ones whose version, update date and
    /// title are the same are unchanged and dropped; others replace the stored record(s) of that id.
    /// </summary>
    public const string ClassifyStaged = """
        CREATE OR REPLACE TEMP TABLE stage_status AS
        SELECT s.record_no, s.source, s.id,
               CASE WHEN NOT EXISTS (SELECT 1 FROM papers p WHERE p.source = s.source AND p.id = s.id) THEN 'added'
                    WHEN EXISTS (SELECT 1 FROM papers p WHERE p.source = s.source AND p.id = s.id
                                 AND p.version IS NOT DISTINCT FROM s.version
                                 AND p.updated IS NOT DISTINCT FROM s.updated AND p.title = s.title) THEN 'unchanged'
                    ELSE 'updated' END AS status
        FROM stage_papers s;
        """;

    public const string ApplyStaged = """
        CREATE OR REPLACE TEMP TABLE replaced AS
            SELECT p.record_no FROM paper_rows p JOIN stage_status s ON p.source = s.source AND p.id = s.id
            WHERE s.status = 'updated';
        DELETE FROM label_rows WHERE record_no IN (SELECT record_no FROM replaced);
        DELETE FROM paper_countries WHERE record_no IN (SELECT record_no FROM replaced);
        DELETE FROM paper_rows WHERE record_no IN (SELECT record_no FROM replaced);
        INSERT INTO paper_rows SELECT * FROM stage_papers
            WHERE record_no IN (SELECT record_no FROM stage_status WHERE status <> 'unchanged');
        INSERT INTO label_rows SELECT * FROM stage_labels
            WHERE record_no IN (SELECT record_no FROM stage_status WHERE status <> 'unchanged');
        INSERT INTO paper_countries SELECT * FROM stage_countries
            WHERE record_no IN (SELECT record_no FROM stage_status WHERE status <> 'unchanged');
        DROP TABLE stage_papers;
        DROP TABLE stage_labels;
        DROP TABLE stage_countries;
        """;

    /// <summary>
    /// A measured table of country counts: whole counts as integers, fractional counts to three decimals.
    /// </summary>
    public static string CountryTable(string name, bool fractional)
    {
        string type = fractional ? "DECIMAL(18,3)" : "BIGINT";
        return $"""
            CREATE OR REPLACE TABLE {name} (
                rank INTEGER NOT NULL, country VARCHAR NOT NULL, image {type} NOT NULL, sound {type} NOT NULL,
                text {type} NOT NULL, "any" {type} NOT NULL);
            """;
    }

    /// <summary>The work key of every record: its own arXiv key, else the arXiv key (or any key) of its DOI, else its key.</summary>
    private const string Keyed = """
        WITH doi_key AS (
            SELECT lower(doi) AS doi,
                   min(work_key) FILTER (WHERE work_key LIKE 'arxiv:%') AS arxiv_key,
                   min(work_key) AS any_key
            FROM papers WHERE doi IS NOT NULL GROUP BY lower(doi)),
        keyed AS (
            SELECT p.record_no, p.year, p.definition_labels,
                   CASE WHEN p.work_key LIKE 'arxiv:%' THEN p.work_key
                        ELSE coalesce(d.arxiv_key, d.any_key, p.work_key) END AS key
            FROM papers p LEFT JOIN doi_key d ON d.doi = lower(p.doi))
        """;

    /// <summary>How many works the store holds.</summary>
    public const string WorkCount = Keyed + "\nSELECT count(DISTINCT key) FROM keyed";

    /// <summary>
    /// Records that make their work AI under the run's definition (an <c>ai</c> label) or under any compared one (bit 0
    /// of any four-bit group of its decisions): a work is AI when one of its records is.
    /// </summary>
    public const string AiRecordFilter = "(k.definition_labels & 286331153) <> 0 OR k.ai";

    /// <summary>The label names the stores' <c>labels</c> table holds, in the order of their bits in <see cref="Works"/>.</summary>
    public const string LabelNames = "SELECT DISTINCT label FROM labels ORDER BY label";

    /// <summary>How many labels <see cref="Works"/> can pack into its bit mask.</summary>
    public const int MaxLabelBits = 64;

    /// <summary>
    /// One row per work: records are one work when they share a key (an arXiv id, else a DOI, else their source id)
    /// or a DOI (a record without an arXiv id takes the arXiv key of any record with the same DOI). A work has its
    /// earliest year, the union of its records' labels, and the countries with shares of its first record (by source,
    /// id, file and line, so not by the order of reading: shards merge to the same result) that has countries, so whole
    /// and fractional counting see the same countries, and under each compared AI definition the union (bitwise or) of
    /// its records' decisions. Countries are space-separated CODE=SHARE, sorted by code.
    /// The works (all, or those with a record <paramref name="recordFilter"/> keeps, over the columns of
    /// <c>labelled k</c>: those of <c>keyed</c>, the record's label bits and whether it has an <c>ai</c> label), with the
    /// columns of <see cref="StoredWork"/>; the labels as a bit mask over <see cref="LabelNames"/> (bit i for the i-th
    /// name), which DuckDB aggregates in a fixed state per work where a string list would hold every value. Labels are
    /// first gathered per record (grouped by record number, not by the work's text key), the works are chosen before
    /// anything is grouped by key, and a run reads its AI works without grouping every record; the keys carry no text
    /// beyond the key, and the record that locates a work is chosen among located records only.
    /// </summary>
    public static string Works(string recordFilter = "TRUE") => Keyed + $"""
        ,
        label_bits AS (
            SELECT n.label_no, n.label, (dense_rank() OVER (ORDER BY n.label) - 1)::INTEGER AS bit
            FROM label_names n SEMI JOIN (SELECT DISTINCT label_no FROM label_rows) USING (label_no)),
        record_labels AS (
            SELECT l.record_no, bit_or(1::UBIGINT << b.bit) AS labels, bool_or(b.label = 'ai') AS ai
            FROM label_rows l JOIN label_bits b USING (label_no) GROUP BY l.record_no),
        labelled AS (
            SELECT k.*, coalesce(r.labels, 0::UBIGINT) AS labels, coalesce(r.ai, false) AS ai
            FROM keyed k LEFT JOIN record_labels r USING (record_no)),
        chosen AS (SELECT DISTINCT k.key FROM labelled k WHERE {recordFilter}),
        kept AS (SELECT k.* FROM labelled k SEMI JOIN chosen c ON c.key = k.key),
        located AS (SELECT DISTINCT record_no FROM paper_countries),
        locating AS (
            SELECT k.key, arg_min(k.record_no, p.source || chr(31) || p.id || chr(31) || p.file || chr(31) || lpad(p.line::VARCHAR, 15, '0')) AS locating
            FROM kept k SEMI JOIN located l ON l.record_no = k.record_no JOIN papers p ON p.record_no = k.record_no
            GROUP BY k.key),
        w AS (
            SELECT k.key, min(k.year) AS year, bit_or(k.definition_labels) AS definition_labels, bit_or(k.labels) AS labels,
                   any_value(g.locating) AS locating
            FROM kept k LEFT JOIN locating g USING (key) GROUP BY k.key),
        ctry AS (
            SELECT w.key, string_agg(c.country || '=' || c.share::VARCHAR, ' ' ORDER BY c.country) AS countries
            FROM w JOIN paper_countries c ON c.record_no = w.locating GROUP BY w.key)
        SELECT w.key, w.year, w.labels, coalesce(ctry.countries, ''), w.definition_labels
        FROM w LEFT JOIN ctry USING (key)
        ORDER BY w.key
        """;
}
