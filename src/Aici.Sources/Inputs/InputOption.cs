namespace Aici.Sources.Inputs;

/// <summary>The command-line option an input path was given with; it decides which formats are looked for.</summary>
public enum InputOption
{
    /// <summary><c>--arxiv</c>: Kaggle snapshot JSON lines (.json, .jsonl, .gz) and arXiv API Atom feeds (.xml, .atom, .gz).</summary>
    Arxiv,

    /// <summary><c>--papers</c>: the papers interchange format (.jsonl, .json, .gz).</summary>
    Papers,

    /// <summary><c>--openalex</c>: OpenAlex works, API pages or snapshot JSON lines (.json, .jsonl, .gz).</summary>
    OpenAlex,
}
