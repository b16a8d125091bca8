using Aici.Core.Domain;

namespace Aici.Sources.Inputs;

/// <summary>
/// The warnings gathered while reading one record, and how a kept record is handed on: the paper carries the first
/// warning, any others follow as diagnostic-only items.
/// </summary>
internal sealed class RecordWarnings(string path)
{
    private readonly List<Diagnostic> warnings = [];

    public void Clear() => warnings.Clear();

    public void Add(long line, string field, string reason) => warnings.Add(Diagnostic.Warned(path, line, field, reason));

    public void Emit(Paper paper, List<ReadItem> output)
    {
        if (warnings.Count == 0)
        {
            output.Add(ReadItem.Of(paper));
            return;
        }

        output.Add(ReadItem.Of(paper, warnings[0]));
        for (int i = 1; i < warnings.Count; i++)
        {
            output.Add(ReadItem.Of(warnings[i]));
        }
    }
}
