namespace Aici.Core.Classify.Model;

/// <summary>
/// A <see cref="LinearModel"/>'s scores for one paper, and the model features it found with their summed values
/// (each feature once), for explanations. A reusable scratch buffer, one per worker.
/// </summary>
public sealed class ModelScores
{
    private const int SlotBits = 10;

    private double[] _margins = [];
    private double[] _probabilities = [];
    private ulong _known;
    private int[] _hitRows = new int[256];
    private int[] _firstOccurrence = new int[256];
    private int[] _counts = new int[256];
    private int[] _lookupRows = new int[1024];
    private int[] _lookupScratch = new int[1024];
    // open addressing over the distinct features: each slot's tag is (stamp << 32) | row, so that a new paper (a new
    // stamp) finds every slot empty without clearing them
    private ulong[] _slotTag = new ulong[1 << SlotBits];
    private int[] _slotIndex = new int[1 << SlotBits];
    private int _stamp;

    private int _occurrences;
    private bool _aggregated;
    private int _hitCount;

    /// <summary>The number of distinct model features found in the paper.</summary>
    public int HitCount
    {
        get
        {
            Aggregate();
            return _hitCount;
        }
    }

    /// <summary>1 / sqrt(n): the scale of every occurrence's count.</summary>
    public double Scale { get; private set; }

    /// <summary>The margin (log-odds) of each model label.</summary>
    public ReadOnlySpan<double> Margins => _margins;

    /// <summary>The weight-table position of each distinct feature found, in order of first occurrence.</summary>
    internal ReadOnlySpan<int> Rows => _hitRows.AsSpan(0, HitCount);

    /// <summary>The summed occurrence count of each distinct feature found (title occurrences may count more).</summary>
    internal ReadOnlySpan<int> Counts => _counts.AsSpan(0, HitCount);

    /// <summary>The features scored (their counts, with <see cref="LookupRows"/>, give the distinct features).</summary>
    internal FeatureBuffer? Source { get; set; }

    internal Span<double> MutableMargins => _margins;

    /// <summary>The name of distinct feature <paramref name="index"/>: its words in the paper scored.</summary>
    internal string NameOf(int index) => Source!.NameOf(_firstOccurrence[index]);

    /// <summary>The ordinal order of the names of distinct features <paramref name="first"/> and <paramref name="second"/>.</summary>
    internal int CompareNames(int first, int second) => Source!.CompareNames(_firstOccurrence[first], _firstOccurrence[second]);

    /// <summary>The weight-table position of each occurrence (-1 for a feature the model does not know).</summary>
    internal Span<int> LookupRows => _lookupRows;

    /// <summary>The probability of label <paramref name="label"/>.</summary>
    /// <remarks>Computed once a paper (every definition compared asks for the same few).</remarks>
    public double Probability(int label)
    {
        if (label >= 64)
        {
            return LinearModel.Sigmoid(_margins[label]);
        }

        if ((_known & (1UL << label)) == 0)
        {
            _probabilities[label] = LinearModel.Sigmoid(_margins[label]);
            _known |= 1UL << label;
        }

        return _probabilities[label];
    }

    internal void Reset(int labels, int occurrences, double scale)
    {
        _known = 0;
        if (_margins.Length != labels)
        {
            _margins = new double[labels];
            _probabilities = new double[labels];
        }

        if (_lookupRows.Length < occurrences)
        {
            _lookupRows = new int[occurrences];
            _lookupScratch = new int[occurrences];
        }

        if (_hitRows.Length < occurrences)
        {
            _hitRows = new int[occurrences];
            _counts = new int[occurrences];
            _firstOccurrence = new int[occurrences];
        }

        int slots = _slotTag.Length;
        while (slots < occurrences * 2)
        {
            slots *= 2;
        }

        if (slots != _slotTag.Length)
        {
            _slotTag = new ulong[slots];
            _slotIndex = new int[slots];
            _stamp = 0;
        }

        if (++_stamp == int.MaxValue)
        {
            _slotTag.AsSpan().Clear();
            _stamp = 1;
        }

        _hitCount = 0;
        _occurrences = occurrences;
        _aggregated = false;
        Scale = scale;
    }

    // The distinct features of the paper with their summed counts: only explanations need them, so they are
    // gathered from the occurrences on first use, in order of first occurrence.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Aggregate()
    {
        if (_aggregated)
        {
            return;
        }

        _aggregated = true;
        ReadOnlySpan<int> rows = _lookupRows.AsSpan(0, _occurrences);
        ReadOnlySpan<int> counts = Source!.Counts;

        // the occurrences of known features, gathered without a branch
        Span<int> found = _lookupScratch.AsSpan(0, rows.Length);
        int known = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            found[known] = i;
            known += (int)((uint)~rows[i] >> 31);
        }

        ulong[] tags = _slotTag;
        int[] index = _slotIndex;
        int mask = tags.Length - 1;
        ulong stamp = (ulong)(uint)_stamp << 32;
        int hits = 0;
        foreach (int i in found[..known])
        {
            int row = rows[i];
            ulong tag = stamp | (uint)row;
            int slot = (int)(((uint)row * 2654435769u) >> 12) & mask;
            while (true)
            {
                ulong at = tags[slot];
                if (at == tag)
                {
                    _counts[index[slot]] += counts[i];
                    break;
                }

                if ((at >> 32) != (ulong)(uint)_stamp)
                {
                    tags[slot] = tag;
                    index[slot] = hits;
                    _hitRows[hits] = row;
                    _firstOccurrence[hits] = i;
                    _counts[hits++] = counts[i];
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        _hitCount = hits;
    }
}
