using Aici.Core.Domain;

namespace Aici.Sources.Parallel;

/// <summary>
/// One record as the fast classification path reads it: id, title, abstract and arXiv categories, with where it came
/// from. The text lives in buffers reused from record to record (one record per worker at a time): copy what must
/// outlive the call.
/// </summary>
public sealed class TextRecord
{
    private char[] _title = new char[512];
    private char[] _abstract = new char[4096];
    private char[] _categories = new char[256];
    private readonly List<Range> _categoryRanges = [];
    private int _titleLength;
    private int _abstractLength;
    private int _categoriesLength;

    /// <summary>The record's id (arXiv id without version for arXiv records; the papers file's id otherwise).</summary>
    public string Id { get; internal set; } = "";

    public ReadOnlySpan<char> Title => _title.AsSpan(0, _titleLength);

    public ReadOnlySpan<char> Abstract => _abstract.AsSpan(0, _abstractLength);

    /// <summary>False when the record has no abstract (null, missing or blank).</summary>
    public bool HasAbstract { get; internal set; }

    public int CategoryCount => _categoryRanges.Count;

    /// <summary>Category <paramref name="index"/>, as written.</summary>
    public ReadOnlySpan<char> Category(int index) => _categories.AsSpan(0, _categoriesLength)[_categoryRanges[index]];

    /// <summary>The input file.</summary>
    public string File { get; internal set; } = "";

    /// <summary>The 1-based line (or entry number) in <see cref="File"/>.</summary>
    public long Line { get; internal set; }

    internal void Clear()
    {
        Id = "";
        _titleLength = 0;
        _abstractLength = 0;
        _categoriesLength = 0;
        _categoryRanges.Clear();
        HasAbstract = false;
    }

    internal Span<char> TitleBuffer(int length) => Grow(ref _title, length);

    internal Span<char> AbstractBuffer(int length) => Grow(ref _abstract, length);

    internal void SetTitle(int length) => _titleLength = length;

    internal void SetAbstract(int length)
    {
        _abstractLength = length;
        HasAbstract = !_abstract.AsSpan(0, length).IsWhiteSpace();
    }

    /// <summary>Adds the whitespace-separated categories of <paramref name="text"/>, skipping repeats.</summary>
    internal void AddCategories(ReadOnlySpan<char> text)
    {
        foreach (Range range in text.SplitAny(" \t\r\n"))
        {
            ReadOnlySpan<char> token = text[range];
            if (!token.IsEmpty)
            {
                AddCategory(token);
            }
        }
    }

    internal void AddCategory(ReadOnlySpan<char> category)
    {
        for (int i = 0; i < _categoryRanges.Count; i++)
        {
            if (Category(i).SequenceEqual(category))
            {
                return;
            }
        }

        if (_categories.Length < _categoriesLength + category.Length)
        {
            Array.Resize(ref _categories, Math.Max(_categories.Length * 2, _categoriesLength + category.Length));
        }

        category.CopyTo(_categories.AsSpan(_categoriesLength));
        _categoryRanges.Add(new Range(_categoriesLength, _categoriesLength + category.Length));
        _categoriesLength += category.Length;
    }

    /// <summary>Fills the record from a paper read by a regular reader.</summary>
    internal void From(Paper paper)
    {
        Clear();
        Id = paper.Id;
        paper.Title.AsSpan().CopyTo(TitleBuffer(paper.Title.Length));
        SetTitle(paper.Title.Length);
        string text = paper.Abstract ?? "";
        text.AsSpan().CopyTo(AbstractBuffer(text.Length));
        SetAbstract(text.Length);
        foreach (string category in paper.Categories)
        {
            AddCategory(category);
        }

        File = paper.Location.File;
        Line = paper.Location.Line;
    }

    private static Span<char> Grow(ref char[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new char[Math.Max(length, buffer.Length * 2)];
        }

        return buffer;
    }
}
