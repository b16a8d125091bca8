using System.Globalization;
using System.Text;

namespace Aici.Bench.Scale;

/// <summary>The results as markdown: medians and every round, the ratios, pass/fail against the issue's targets.</summary>
internal static class ScaleReport
{
    /// <summary>The issue's targets: 10 s of wall time per million records, both sizes; 1 GB of peak RSS; 2 s for a skipping rerun.</summary>
    private const double SecondsPerMillion = 10;
    private const double SqlRatioTarget = 2;
    private const double SqlRatioGoal = 3;
    private const double LinearLow = 0.9;
    private const double LinearHigh = 1.1;
    private const double RssLimitBytes = 1e9;
    private const double RerunLimit = 2;

    /// <summary>The labels <c>aici run</c> decides by the model under its default definition where a category does not decide them.</summary>
    private static readonly HashSet<string> ModelLabels = new(StringComparer.Ordinal) { "image", "sound", "text" };

    /// <summary>The labels whose phrases the confirming model confirms in <c>aici run</c> (none without its file).</summary>
    private static HashSet<string> ConfirmedLabels()
    {
        string file = Path.Combine(Paths.Taxonomy, "models", "confirming-v1.json");
        if (!File.Exists(file))
        {
            return [];
        }

        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(file));
        return new HashSet<string>(
            document.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetProperty("label").GetString() ?? ""),
            StringComparer.Ordinal);
    }

    public static string Markdown(ScaleOptions options, string commandLine, string machine, string code, IReadOnlyList<string> corpora, IReadOnlyList<Job> jobs, IReadOnlyDictionary<string, long> stored)
    {
        var md = new StringBuilder();
        long baseSize = options.Sizes[0];
        string baseLabel = Corpora.Label(baseSize);
        md.AppendLine(I($"**Command:** `{commandLine}`  "));
        md.AppendLine(I($"**Machine:** {machine} (load average when the run ended: {Machine.LoadAverage()})  "));
        md.AppendLine(I($"**Code:** {code}  "));
        md.AppendLine(I($"**Corpora:** {string.Join(", ", corpora.Select((c, i) => $"`{c}` ({options.Sizes[i]:#,0} records, {new FileInfo(c).Length / 1e9:0.00} GB)"))}; read once before the rounds so every run finds them in the page cache.  "));
        md.AppendLine(I($"**Method:** {options.Rounds} paired round{(options.Rounds == 1 ? "" : "s")}; in each, (a) runs between the two jobs it is compared with, (c), (a), (b) in odd rounds and (b), (a), (c) in even ones ((a) and (b) on the same file), then (b′) and (d). Wall time is a stopwatch around the whole child process; {ChildRun.RssMethod}; CPU = user + system time of the child; records/s = records / wall."));
        md.AppendLine();
        md.AppendLine("| job | records | wall, each round | median wall | records/s (median) | peak RSS (max) | CPU (median) |");
        md.AppendLine("|---|---:|---|---:|---:|---:|---:|");
        var rows = new List<(string Title, string Name)>
        {
            ($"(a) `aici run --rebuild`, {baseLabel}", "aici " + baseLabel),
            ($"(b) DuckDB SQL baseline, every taxonomy label, {baseLabel}", "sql " + baseLabel),
            ($"(b′) DuckDB SQL, the `ai` label alone (reference), {baseLabel}", "sql-ai " + baseLabel),
        };
        rows.AddRange(options.Sizes.Skip(1).Select(s => ($"(c) `aici run --rebuild`, {Corpora.Label(s)}", "aici " + Corpora.Label(s))));
        rows.Add(($"(d) `aici run` again on the {baseLabel} input and store (incremental)", "rerun " + baseLabel));
        foreach ((string title, string name) in rows)
        {
            List<Job> of = [.. jobs.Where(j => j.Name == name)];
            if (of.Count == 0)
            {
                continue;
            }

            bool rerun = name.StartsWith("rerun", StringComparison.Ordinal);
            double wall = Median(of.Select(j => j.Wall));
            string rate = rerun ? "—" : I($"{of[0].Records / wall:#,0}");
            md.AppendLine(I($"| {title} | {of[0].Records:#,0} | {string.Join(" · ", of.Select(j => I($"{j.Wall:0.00}")))} s | **{wall:0.00} s** | {rate} | {of.Max(j => j.Child.PeakRssKiB) * 1024 / 1e6:#,0} MB | {Median(of.Select(j => j.Child.Cpu)):0.0} s |"));
        }

        md.AppendLine();
        md.AppendLine("| target | measured | result |");
        md.AppendLine("|---|---|---|");
        List<Job> a = Of(jobs, "aici " + baseLabel);
        List<Job> b = Of(jobs, "sql " + baseLabel);
        double aMedian = Median(a.Select(j => j.Wall));
        double bMedian = Median(b.Select(j => j.Wall));
        double baseLimit = SecondsPerMillion * baseSize / 1e6;
        Target(md, I($"{baseLabel}: `aici run` ≤ {baseLimit:0.#} s wall (median)"), I($"{aMedian:0.00} s"), aMedian <= baseLimit);
        double ratio = bMedian / aMedian;
        string perRound = PerRound(a, b);
        Target(md, I($"{baseLabel}: SQL (b) wall / aici wall ≥ {SqlRatioTarget:0} (goal {SqlRatioGoal:0}), medians"), I($"{ratio:0.00} (each round: {perRound})"), ratio >= SqlRatioTarget,
            ratio >= SqlRatioGoal ? "goal met" : null);
        List<Job> bAi = Of(jobs, "sql-ai " + baseLabel);
        if (bAi.Count > 0)
        {
            double aiRatio = Median(bAi.Select(j => j.Wall)) / aMedian;
            md.AppendLine(I($"| {baseLabel}: SQL (b′, `ai` alone) wall / aici wall, for reference | {aiRatio:0.00} (each round: {PerRound(a, bAi)}) | — |"));
        }
        foreach (long size in options.Sizes.Skip(1))
        {
            List<Job> c = Of(jobs, "aici " + Corpora.Label(size));
            double cMedian = Median(c.Select(j => j.Wall));
            double limit = SecondsPerMillion * size / 1e6;
            double expected = (double)size / baseSize;
            Target(md, I($"{Corpora.Label(size)}: `aici run` ≤ {limit:0.#} s wall (median)"), I($"{cMedian:0.00} s"), cMedian <= limit);
            double cpuRatio = Median(c.Select(j => j.Child.Cpu)) / Median(a.Select(j => j.Child.Cpu));
            Target(md, I($"{Corpora.Label(size)} / {baseLabel} wall between {LinearLow * expected:0.0#} and {LinearHigh * expected:0.0#} (linear), medians"), I($"{cMedian / aMedian:0.00} (each round: {PerRound(a, c)}; CPU time: {cpuRatio:0.00})"),
                cMedian / aMedian >= LinearLow * expected && cMedian / aMedian <= LinearHigh * expected);
        }

        foreach (long size in options.Sizes)
        {
            long peak = Of(jobs, "aici " + Corpora.Label(size)).Max(j => j.Child.PeakRssKiB) * 1024;
            Target(md, I($"{Corpora.Label(size)}: `aici run` peak RSS ≤ 1 GB (largest of the rounds)"), I($"{peak / 1e6:#,0} MB"), peak <= RssLimitBytes);
        }

        List<Job> d = Of(jobs, "rerun " + baseLabel);
        double dMedian = Median(d.Select(j => j.Wall));
        bool skipped = d.All(j => j.Skipped == true);
        Target(md, I($"{baseLabel} again: input skipped, in < {RerunLimit:0} s (median)"), I($"{dMedian:0.00} s; skipped in {d.Count(j => j.Skipped == true)} of {d.Count} rounds"), skipped && dMedian < RerunLimit);
        List<string> changed = [.. d.SelectMany(j => j.ChangedTables ?? []).Distinct(StringComparer.Ordinal)];
        Target(md, $"{baseLabel} again: store unchanged (every table's rows and row hash but the manifest's)", changed.Count == 0 ? "unchanged" : "changed: " + string.Join(", ", changed), changed.Count == 0);

        md.AppendLine();
        md.AppendLine("**Comparable work.** AI counts on the same input (last round): " + string.Join("; ", jobs.Where(j => j.Round == options.Rounds && j.Ai >= 0)
            .Select(j => I($"{j.Name}: {j.Ai:#,0} AI of {(j.Works >= 0 ? j.Works : j.Records):#,0} {(j.Works >= 0 ? "works" : "records")}"))) + ".");
        if (a.Count > 0 && b.Count > 0 && a[^1].Ai > 0)
        {
            md.AppendLine(I($"SQL − aici on {baseLabel}: {b[^1].Ai - a[^1].Ai:+#,0;-#,0;0} ({(b[^1].Ai - a[^1].Ai) * 100.0 / a[^1].Ai:+0.00;-0.00;0}%)."));
        }

        md.AppendLine("(b) decides every label of the taxonomy by its categories and phrases (Aici's `categories` rule) and counts records with each label by year; " +
            "(b′) does so for `ai` alone. `aici run` also folds LaTeX and accents before matching, scores the model (image, sound and text follow the model " +
            "where no category decides them, under the default `combined` definition), decides AI under four definitions for the sensitivity table, keeps " +
            "every label's evidence, unites records into works, stores everything in DuckDB, and writes the tables, charts, indicators and report.");
        Job? lastSql = b.Count > 0 ? b[^1] : null;
        if (lastSql is not null && lastSql.Labels.Count > 0 && stored.Count > 0)
        {
            md.AppendLine();
            md.AppendLine(I($"Records with each label on {baseLabel} (last round): SQL (b) against the store of `aici run` (a). Image, sound and text differ by design (the model decides them in (a) where no category does), and so do the media and domains the confirming model confirms (in (a) their phrases count only where it agrees: fewer records); the other labels differ only where SQL's matching differs from Aici's matcher: RE2's `\\b` counts `_` as a letter (so `2^3d_3` in LaTeX holds no word `3d` for SQL), excluded phrases are blanked out of the text instead of discarding the matches they cover, and plain `lower()` folds no LaTeX or accents."));
            md.AppendLine();
            md.AppendLine("| label | SQL (b) | aici (a) | difference |");
            md.AppendLine("|---|---:|---:|---:|");
            HashSet<string> confirmed = ConfirmedLabels();
            foreach ((string label, long sql) in lastSql.Labels)
            {
                long aici = stored.GetValueOrDefault(label);
                string note = ModelLabels.Contains(label) ? " (model in a)" : confirmed.Contains(label) ? " (confirmed in a)" : "";
                md.AppendLine(I($"| {label}{note} | {sql:#,0} | {aici:#,0} | {(aici == 0 ? "—" : I($"{(sql - aici) * 100.0 / aici:+0.0;-0.0;0}%"))} |"));
            }
        }

        md.AppendLine();
        md.AppendLine("**Where the time goes in `aici run`** (seconds per stage from its progress lines, and the largest resident memory sampled every 250 ms in each; the median round):");
        md.AppendLine();
        foreach (string name in jobs.Select(j => j.Name).Distinct(StringComparer.Ordinal).Where(n => !n.StartsWith("sql", StringComparison.Ordinal)))
        {
            List<Job> of = Of(jobs, name);
            Job median = of.OrderBy(j => j.Wall).ElementAt(of.Count / 2);
            md.AppendLine(I($"- {name} (round {median.Round}, {median.Wall:0.0} s): {AiciOutput.DescribeWithMemory(median.Stages, median.Child)}"));
        }

        md.AppendLine();
        md.AppendLine("<details><summary>Every run</summary>");
        md.AppendLine();
        md.AppendLine("| round | job | wall | records/s | peak RSS | CPU | load average before |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---|");
        foreach (Job j in jobs)
        {
            string rate = j.Name.StartsWith("rerun", StringComparison.Ordinal) ? "—" : I($"{j.RecordsPerSecond:#,0}");
            md.AppendLine(I($"| {j.Round} | {j.Name} | {j.Wall:0.00} s | {rate} | {j.Child.PeakRssKiB * 1024 / 1e6:#,0} MB | {j.Child.Cpu:0.0} s | {j.LoadBefore} |"));
        }

        md.AppendLine();
        md.AppendLine("</details>");
        return md.ToString();
    }

    public static double Median(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Order()];
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static List<Job> Of(IReadOnlyList<Job> jobs, string name) => [.. jobs.Where(j => j.Name == name)];

    /// <summary>Each round's wall time of <paramref name="other"/> over that of <paramref name="base"/>, in round order.</summary>
    private static string PerRound(List<Job> @base, List<Job> other) =>
        string.Join(", ", @base.Zip(other).Select(p => I($"{p.Second.Wall / p.First.Wall:0.00}")));

    private static void Target(StringBuilder md, string target, string measured, bool pass, string? note = null) =>
        md.AppendLine($"| {target} | {measured} | {(pass ? "**pass**" : "**FAIL**")}{(note is null ? "" : " (" + note + ")")} |");

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
