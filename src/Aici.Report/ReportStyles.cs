namespace Aici.Report;

/// <summary>The report's one inline style sheet: system fonts only, a readable measure, and a print layout.</summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1f2937; --muted: #4b5563; --rule: #d1d5db; --zebra: #f3f5f8; --accent: #0072b2; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: #ffffff; color: var(--ink); font-family: "DejaVu Sans", "Segoe UI", Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; }
        main { max-width: 1040px; margin: 0 auto; padding: 32px 24px 48px; }
        h1 { font-size: 28px; line-height: 1.2; margin: 0 0 12px; letter-spacing: -0.01em; }
        h2 { font-size: 20px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 16px; margin: 24px 0 8px; }
        p { margin: 0 0 12px; max-width: 78ch; }
        a { color: var(--accent); }
        code, .mono { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 13px; }
        .summary { font-size: 16px; max-width: none; }
        .banner { margin: 16px 0; padding: 12px 16px; border: 2px solid #d55e00; border-left-width: 8px; background: #fff4ec; color: #7a2e00; font-size: 16px; max-width: none; }
        .counts { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 12px; margin: 0; }
        .counts div { border: 1px solid var(--rule); border-radius: 6px; padding: 10px 12px; }
        .counts dt { color: var(--muted); font-size: 13px; }
        .counts dd { margin: 2px 0 0; font-size: 22px; font-weight: bold; font-variant-numeric: tabular-nums; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 4px; font-size: 14px; }
        caption { caption-side: bottom; text-align: left; color: var(--muted); font-size: 13px; padding-top: 10px; }
        caption dl { margin: 6px 0 0; display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; }
        caption dt { font-weight: bold; color: var(--ink); }
        caption dd { margin: 0; }
        th, td { padding: 5px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
        thead th { border-bottom: 2px solid var(--ink); font-size: 13px; white-space: nowrap; }
        tbody tr:nth-child(even) { background: var(--zebra); }
        tfoot td, tfoot th { border-top: 2px solid var(--ink); border-bottom: none; font-weight: bold; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .code { color: var(--muted); font-size: 12px; margin-left: 6px; }
        .wrap { overflow-wrap: anywhere; }
        .sev { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 12px; font-weight: bold; }
        .sev-error { background: #fde8e8; color: #9b1c1c; }
        .sev-warning { background: #fdf6e3; color: #7a5200; }
        .note { color: var(--muted); font-size: 13px; }
        table.compact { width: auto; min-width: 50%; }
        .nowrap { white-space: nowrap; }
        figure { margin: 12px 0 0; padding: 8px 0; border: 1px solid var(--rule); border-radius: 6px; }
        figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        .key-numbers { grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); }
        .key-numbers dd { font-size: 17px; }
        .key-numbers dd .note { display: block; font-size: 12px; font-weight: normal; }
        tr.uk { background: #fdebdd !important; }
        tr.uk th, tr.uk td { font-weight: bold; }
        tr.changed { background: #fff4c2 !important; }
        td.above { font-weight: bold; }
        .scroll { overflow-x: auto; }
        ul.contents { list-style: none; padding: 0; margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 14px; }
        figure + figure { margin-top: 16px; }
        footer { margin-top: 40px; color: var(--muted); font-size: 13px; }
        @media print {
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          tr, figure, .counts div { break-inside: avoid; }
          figure { border: none; padding: 0; }
          thead { display: table-header-group; }
          a { color: inherit; text-decoration: none; }
          .banner { background: none; }
        }
        """;
}
