namespace Aici.Core.Measure;

/// <summary>
/// Which of a fixed list of labels works carry, as <see cref="MeasuredPaper.Has"/> says, for indicators that ask it of
/// every label for hundreds of thousands of works (and of every bootstrap resample): works with the same label set
/// (the store shares one set among them) are looked up once, and the modalities are read from their flags. One per
/// measure; not thread-safe.
/// </summary>
internal sealed class LabelLookup
{
    private readonly IReadOnlyList<string> _labels;
    private readonly Dictionary<IReadOnlySet<string>, (bool[] InSet, int[] Indices)> _bySet = new(ReferenceEqualityComparer.Instance);
    private readonly (int Index, Modalities Flag)[] _modalities;

    public LabelLookup(IReadOnlyList<string> labels)
    {
        _labels = labels;
        _modalities = [.. labels.Select((label, index) => (index, MeasuredPaper.ModalityOf(label))).Where(m => m.Item2 != Modalities.None)];
    }

    /// <summary>
    /// Writes the indices of the labels <paramref name="paper"/> carries into <paramref name="into"/> (room for every
    /// label) and returns how many there are: those of its label set in list order, then the modalities its flags add.
    /// </summary>
    public int Present(MeasuredPaper paper, Span<int> into)
    {
        if (!_bySet.TryGetValue(paper.Labels, out (bool[] InSet, int[] Indices) known))
        {
            bool[] inSet = [.. _labels.Select(paper.Labels.Contains)];
            known = (inSet, [.. Enumerable.Range(0, inSet.Length).Where(l => inSet[l])]);
            _bySet.Add(paper.Labels, known);
        }

        known.Indices.CopyTo(into);
        int n = known.Indices.Length;
        foreach ((int index, Modalities flag) in _modalities)
        {
            if (!known.InSet[index] && paper.Modalities.HasFlag(flag))
            {
                into[n++] = index;
            }
        }

        return n;
    }
}
