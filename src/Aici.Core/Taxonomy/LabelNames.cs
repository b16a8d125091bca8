namespace Aici.Core.Taxonomy;

/// <summary>The label names that indicators rely on. Taxonomy files may add more.</summary>
public static class LabelNames
{
    public const string Ai = "ai";
    public const string Image = "image";
    public const string Sound = "sound";
    public const string Text = "text";
}
