namespace Aici.Core.Text;

/// <summary>One occurrence of a phrase: its index in the matcher's list and the words it spans (inclusive).</summary>
public readonly record struct PhraseHit(int Phrase, int FirstWord, int LastWord)
{
    public bool IsWithin(PhraseHit other) => FirstWord >= other.FirstWord && LastWord <= other.LastWord;
}
