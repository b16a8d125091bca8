namespace Aici.Core.Affiliations;

/// <summary>Word → dense id, for the words of all indexed names. Words never seen in a name have no id (-1).</summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> words = [];

    public int Count => words.Count;

    public int Intern(string word)
    {
        if (!ids.TryGetValue(word, out int id))
        {
            id = words.Count;
            ids.Add(word, id);
            words.Add(word);
        }

        return id;
    }

    public int Find(string word) => ids.TryGetValue(word, out int id) ? id : -1;

    public string this[int id] => words[id];
}
