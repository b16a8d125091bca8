using Aici.Core.Taxonomy;

namespace Aici.Core.Classify;

/// <summary>The labels of one paper, in taxonomy order.</summary>
public sealed record Classification(IReadOnlyList<Label> Labels)
{
    public bool IsAi => Has(LabelNames.Ai);

    public bool Has(string label)
    {
        foreach (Label l in Labels)
        {
            if (string.Equals(l.Name, label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
