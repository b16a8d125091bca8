namespace Aici.Store;

/// <summary>What an update did to the store's records: added, replaced by a newer version, or left as they were.</summary>
public sealed record IngestCounts(long Added, long Updated, long Unchanged);
