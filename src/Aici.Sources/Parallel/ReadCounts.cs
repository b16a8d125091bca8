namespace Aici.Sources.Parallel;

/// <summary>What a <see cref="ParallelRecordReader"/> run read: records handed to the workers, rejected, warned.</summary>
public sealed record ReadCounts(long Records, long Rejected, long Warnings);
