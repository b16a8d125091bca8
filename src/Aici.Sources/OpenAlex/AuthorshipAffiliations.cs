using Aici.Core.Domain;
using Aici.Sources.Text;

namespace Aici.Sources.OpenAlex;

/// <summary>
/// Turns one OpenAlex authorship into an <see cref="Author"/> with its affiliations. Everything stays with the author
/// (the paper-level country list is left empty), so fractional counting can share the paper by author:
/// <list type="number">
/// <item>With <c>affiliations[]</c>: one affiliation per entry, its text the raw string, its countries and ROR ids
/// those of the institutions the entry links to. Entries with the same text are merged.</item>
/// <item>Without it: one affiliation, with no country, per <c>raw_affiliation_strings[]</c> entry.</item>
/// <item>Institutions no entry links to: one affiliation each, named by the institution, with its country and ROR id.</item>
/// <item>Countries of the authorship's <c>countries[]</c> that no affiliation carries (OpenAlex found them in a raw
/// string it matched to no institution) go to the author's affiliations that have no country; when there is none,
/// to one added affiliation with an empty text.</item>
/// </list>
/// </summary>
internal static class AuthorshipAffiliations
{
    /// <summary>The author, or null when the authorship gives no name.</summary>
    public static Author? Author(AuthorshipParts parts)
    {
        string name = Whitespace.Collapse(parts.DisplayName ?? "");
        if (name.Length == 0)
        {
            name = Whitespace.Collapse(parts.RawName ?? "");
        }

        return name.Length == 0 ? null : new Author(name, Affiliations(parts));
    }

    private static Affiliation[] Affiliations(AuthorshipParts parts)
    {
        var drafts = new List<Draft>();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        if (parts.Entries.Count > 0)
        {
            foreach ((string? raw, List<string> ids) in parts.Entries)
            {
                List<OpenAlexInstitution> institutions = Linked(parts.Institutions, ids, linked);
                string text = Whitespace.Collapse(raw ?? "");
                if (text.Length == 0)
                {
                    text = string.Join("; ", institutions.Select(i => Whitespace.Collapse(i.Name ?? "")).Where(n => n.Length > 0).Distinct());
                }

                if (text.Length > 0)
                {
                    Draft.For(drafts, text).AddAll(institutions);
                }
            }
        }
        else
        {
            foreach (string raw in parts.RawAffiliations)
            {
                string text = Whitespace.Collapse(raw);
                if (text.Length > 0)
                {
                    Draft.For(drafts, text);
                }
            }
        }

        foreach (OpenAlexInstitution institution in parts.Institutions)
        {
            bool isLinked = institution.Id is not null && linked.Contains(institution.Id);
            string text = Whitespace.Collapse(institution.Name ?? "");
            if (!isLinked && (text.Length > 0 || institution.Country is not null || institution.Ror is not null))
            {
                Draft.For(drafts, text).Add(institution);
            }
        }

        PlaceUncovered(drafts, parts.Countries);
        return [.. drafts.Select(d => d.ToAffiliation())];
    }

    /// <summary>The institutions of <paramref name="ids"/> (ids not among them are ignored), each marked as linked.</summary>
    private static List<OpenAlexInstitution> Linked(List<OpenAlexInstitution> institutions, List<string> ids, HashSet<string> linked)
    {
        var result = new List<OpenAlexInstitution>(ids.Count);
        foreach (string id in ids)
        {
            if (institutions.Find(i => i.Id == id) is { } institution)
            {
                linked.Add(id);
                result.Add(institution);
            }
        }

        return result;
    }

    private static void PlaceUncovered(List<Draft> drafts, List<CountryCode> countries)
    {
        List<CountryCode> uncovered = countries.FindAll(c => !drafts.Exists(d => d.Countries.Contains(c)));
        if (uncovered.Count == 0)
        {
            return;
        }

        List<Draft> unlocated = drafts.FindAll(d => d.Countries.Count == 0);
        if (unlocated.Count == 0)
        {
            unlocated.Add(Draft.For(drafts, ""));
        }

        foreach (Draft draft in unlocated)
        {
            draft.Countries.AddRange(uncovered);
        }
    }

    /// <summary>An affiliation being put together: its text and the distinct countries and ROR ids found for it.</summary>
    private sealed class Draft(string text)
    {
        public string Text { get; } = text;

        public List<CountryCode> Countries { get; } = [];

        public List<string> RorIds { get; } = [];

        /// <summary>The draft of <paramref name="text"/> in <paramref name="drafts"/>, added when new.</summary>
        public static Draft For(List<Draft> drafts, string text)
        {
            if (drafts.Find(d => d.Text == text) is { } existing)
            {
                return existing;
            }

            var draft = new Draft(text);
            drafts.Add(draft);
            return draft;
        }

        public void AddAll(List<OpenAlexInstitution> institutions) => institutions.ForEach(Add);

        public void Add(OpenAlexInstitution institution)
        {
            if (institution.Country is { } country && !Countries.Contains(country))
            {
                Countries.Add(country);
            }

            if (institution.Ror is { } ror && !RorIds.Contains(ror))
            {
                RorIds.Add(ror);
            }
        }

        public Affiliation ToAffiliation() => new(Text, [.. Countries]) { RorIds = [.. RorIds] };
    }
}
