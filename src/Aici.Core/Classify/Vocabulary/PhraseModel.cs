namespace Aici.Core.Classify.Vocabulary;

/// <summary>
/// Phrase joining in passes: the 2020 study ran phrase detection twice (threshold 10, minimum count 5), so a second
/// pass can join a first-pass phrase with a token ("neural_network" + "architecture") into three- or four-word
/// phrases. Pure and thread-safe once built.
/// </summary>
public sealed class PhraseModel
{
    public PhraseModel(IReadOnlyList<PhrasePass> passes)
    {
        ArgumentNullException.ThrowIfNull(passes);
        Passes = passes;
    }

    /// <summary>A model that joins nothing.</summary>
    public static PhraseModel None { get; } = new([]);

    public IReadOnlyList<PhrasePass> Passes { get; }

    /// <summary>Learns <paramref name="passes"/> passes, each on the output of the one before.</summary>
    public static PhraseModel Learn(IReadOnlyList<IReadOnlyList<string>> documents, int passes, int minCount, double threshold)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var learned = new List<PhrasePass>(passes);
        IReadOnlyList<IReadOnlyList<string>> current = documents;
        for (int p = 0; p < passes; p++)
        {
            PhrasePass pass = PhrasePass.Learn(current, minCount, threshold);
            learned.Add(pass);
            current = [.. current.Select(pass.Apply)];
        }

        return new PhraseModel(learned);
    }

    /// <summary>The tokens after every pass.</summary>
    public IReadOnlyList<string> Apply(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        IReadOnlyList<string> current = tokens;
        foreach (PhrasePass pass in Passes)
        {
            current = pass.Apply(current);
        }

        return current;
    }

    /// <summary>Prepares a text and joins its phrases: the tokens the vocabulary counts in.</summary>
    public IReadOnlyList<string> Prepare(string? text) => Apply(TextPreparation.Tokens(text));
}
