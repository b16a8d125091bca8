namespace Aici.Core.Classify.Model.Training;

/// <summary>
/// Splits records into training and held-out parts by a stable hash of their id, so the split is the same on every
/// machine, in every run and whatever order the files are read in: the bucket of an id is FNV-1a 64 over its
/// characters (UTF-16 code units, the same as its bytes for the ASCII ids of arXiv and the papers files) modulo 100.
/// Buckets 0–79 are training, 80–99 held out.
/// </summary>
public static class StableSplit
{
    /// <summary>The first held-out bucket.</summary>
    public const int TrainingBuckets = 80;

    public const string Description = "bucket = FNV-1a 64 of the record id (arXiv id without version; papers id) mod 100; training = buckets 0-79, held out = 80-99";

    public static int Bucket(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ulong h = 14695981039346656037UL;
        foreach (char c in id)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return (int)(h % 100);
    }

    public static bool IsTraining(string id) => Bucket(id) < TrainingBuckets;

    /// <summary>The cross-validation fold (0 to <paramref name="folds"/> − 1) of a training id.</summary>
    public static int Fold(string id, int folds) => Bucket(id) % folds;
}
