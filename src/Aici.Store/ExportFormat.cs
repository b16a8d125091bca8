namespace Aici.Store;

public enum ExportFormat
{
    Csv,
    Parquet,
}
