namespace Aici.Store;

/// <summary>The store's tables. One row per source record in <c>papers</c>; labels and countries hang off its record number.</summary>
internal static class Schema
{
    public const string Create = """
        CREATE TABLE inputs (
            path VARCHAR NOT NULL, format VARCHAR NOT NULL, bytes BIGINT NOT NULL, sha256 VARCHAR NOT NULL,
            records BIGINT NOT NULL, rejected BIGINT NOT NULL, warnings BIGINT NOT NULL);
        CREATE TABLE papers (
            record_no BIGINT NOT NULL, work_key VARCHAR NOT NULL, source VARCHAR NOT NULL, id VARCHAR NOT NULL,
            title VARCHAR NOT NULL, year INTEGER, submitted DATE, categories VARCHAR, venue VARCHAR, doi VARCHAR,
            arxiv_id VARCHAR, file VARCHAR NOT NULL, line BIGINT NOT NULL);
        CREATE TABLE labels (
            record_no BIGINT NOT NULL, label VARCHAR NOT NULL, kind VARCHAR NOT NULL, evidence VARCHAR NOT NULL);
        CREATE TABLE paper_countries (record_no BIGINT NOT NULL, country VARCHAR NOT NULL);
        CREATE TABLE diagnostics (
            file VARCHAR NOT NULL, line BIGINT NOT NULL, severity VARCHAR NOT NULL, field VARCHAR NOT NULL,
            reason VARCHAR NOT NULL);
        CREATE TABLE manifest (json VARCHAR NOT NULL);
        CREATE TABLE country_modality (
            rank INTEGER NOT NULL, country VARCHAR NOT NULL, image BIGINT NOT NULL, sound BIGINT NOT NULL,
            text BIGINT NOT NULL, "any" BIGINT NOT NULL);
        """;

    /// <summary>
    /// One row per work (records sharing a work key): earliest year, its labels and its countries, each the union
    /// over the work's records, as space-separated sorted lists.
    /// </summary>
    public const string Works = """
        WITH w AS (SELECT work_key, min(year) AS year FROM papers GROUP BY work_key),
        lab AS (
            SELECT p.work_key, string_agg(DISTINCT l.label, ' ' ORDER BY l.label) AS labels
            FROM labels l JOIN papers p USING (record_no) GROUP BY p.work_key),
        ctry AS (
            SELECT p.work_key, string_agg(DISTINCT c.country, ' ' ORDER BY c.country) AS countries
            FROM paper_countries c JOIN papers p USING (record_no) GROUP BY p.work_key)
        SELECT w.work_key, w.year, coalesce(lab.labels, ''), coalesce(ctry.countries, '')
        FROM w LEFT JOIN lab USING (work_key) LEFT JOIN ctry USING (work_key)
        ORDER BY w.work_key
        """;
}
