namespace Aici.Core.Classify.Model;

/// <summary>What lies between two adjacent words of a <see cref="WordList"/> segment.</summary>
internal enum WordJoin
{
    /// <summary>Anything but a single hyphen: white space, punctuation, several characters.</summary>
    Other,

    /// <summary>Exactly one hyphen ("multi-agent").</summary>
    Hyphen,

    /// <summary>Not known: the segment was split without keeping its separators (text that is not ASCII once folded).</summary>
    Unknown,
}
