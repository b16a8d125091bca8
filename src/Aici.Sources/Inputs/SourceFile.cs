namespace Aici.Sources.Inputs;

/// <summary>One input file to read and the format it is read as ("arxiv-kaggle", "arxiv-atom", "papers").</summary>
public sealed record SourceFile(string Path, string Format);
