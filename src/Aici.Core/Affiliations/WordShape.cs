namespace Aici.Core.Affiliations;

/// <summary>How a word was written in the source: capitals matter for acronyms and one-word names.</summary>
[Flags]
internal enum WordShape
{
    /// <summary>All lower case (or no letters).</summary>
    Lower = 0,

    /// <summary>Starts with a capital ("Oxford", "McGill").</summary>
    Capitalised = 1,

    /// <summary>At least two capitals and no run of three lower-case letters ("MIT", "KAIST", "UFSCar", "EdUHK").</summary>
    Acronym = 2,
}
