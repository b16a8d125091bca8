namespace Aici.Core.Measure;

/// <summary>The seed's three modalities as flags: a paper may carry several.</summary>
[Flags]
public enum Modalities
{
    None = 0,
    Image = 1,
    Sound = 2,
    Text = 4,
}
