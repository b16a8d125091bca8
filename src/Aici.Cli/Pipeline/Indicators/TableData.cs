namespace Aici.Cli.Pipeline.Indicators;

/// <summary>
/// One indicator table as it is written: its name (the file name without extension), its columns with their DuckDB
/// types, and its rows as cells already formatted (invariant culture, fixed decimals; null for no value).
/// </summary>
internal sealed record TableData(string Name, IReadOnlyList<TableColumn> Columns, IReadOnlyList<string?[]> Rows);

/// <summary>A column: its name and DuckDB type (VARCHAR, BIGINT, DOUBLE, BOOLEAN).</summary>
internal sealed record TableColumn(string Name, string Type);
