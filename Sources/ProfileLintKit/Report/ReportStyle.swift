/// The report's inline style sheet: system fonts only (no downloads), status told by symbol and word as well as
/// colour, narrow screens stacking tables, and a print layout.
enum ReportStyle {
    static let css = """
        :root {
          --text: #1d2330; --muted: #5b6475; --bg: #ffffff; --panel: #f4f6f9; --line: #d5dae3;
          --pass: #17733a; --pass-bg: #e3f4e9; --fail: #b42318; --fail-bg: #fdeceb;
          --unknown: #8a5a00; --unknown-bg: #fff4d6; --accent: #2856c7; --mark: #ffe066;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --text: #e6e9ef; --muted: #a3abba; --bg: #14171d; --panel: #1e232b; --line: #363d49;
            --pass: #6fd492; --pass-bg: #173322; --fail: #ff8a80; --fail-bg: #3a1c1a;
            --unknown: #f2c55c; --unknown-bg: #3a2f12; --accent: #8fb0ff; --mark: #7a6512;
          }
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body {
          margin: 0 auto; max-width: 62rem; padding: 1.5rem 1.25rem 3rem; color: var(--text); background: var(--bg);
          font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
          overflow-wrap: break-word;
        }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.2rem 0; }
        h2 { font-size: 1.4rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1.1rem; margin: 1.4rem 0 0.5rem; }
        code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
        code { font-size: 0.92em; }
        a { color: var(--accent); }
        .eyebrow { margin: 0; text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem;
          color: var(--muted); }
        .subtitle { margin: 0.2rem 0; font-size: 1.1rem; color: var(--muted); }
        .meta { margin: 0.4rem 0 0; font-size: 0.9rem; color: var(--muted); }
        .glance { display: flex; flex-wrap: wrap; gap: 0.6rem; list-style: none; padding: 0; margin: 0; }
        .glance li { flex: 1 1 13rem; background: var(--panel); border: 1px solid var(--line); border-radius: 8px;
          padding: 0.6rem 0.8rem; }
        .gauge-row { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
        .gauge { margin: 0; flex: 0 0 12rem; text-align: center; }
        .gauge figcaption { font-size: 0.9rem; color: var(--muted); }
        .gauge-track { stroke: var(--line); }
        .gauge-fill { stroke: var(--accent); }
        .gauge-label { font-size: 26px; font-weight: 700; fill: var(--text); }
        .items { flex: 1 1 22rem; }
        table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
        caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
        th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); }
        thead th { font-size: 0.85rem; color: var(--muted); border-bottom: 2px solid var(--line); }
        tbody th { font-weight: 500; }
        tr.pass td:last-child, tr.pass td:first-child { color: var(--pass); }
        tr.fail td:last-child, tr.fail td:first-child { color: var(--fail); }
        tr.unknown td:first-child, tr.partial td:last-child { color: var(--unknown); }
        .checklist tr.fail { background: var(--fail-bg); }
        .checklist tr.unknown { background: var(--unknown-bg); }
        .checklist td:last-child { color: inherit; white-space: nowrap; }
        .checklist td:first-child, .items td { white-space: nowrap; }
        .symbol { display: inline-block; width: 1.1em; font-weight: 700; text-align: center; }
        .tag { font-size: 0.75rem; border: 1px solid var(--line); border-radius: 4px; padding: 0 0.3rem;
          color: var(--muted); }
        .badge { border: 1px solid var(--line); border-radius: 10px; padding: 0.2rem 1rem 1rem; margin: 1rem 0; }
        .verdict { padding: 0.05rem 0.5rem; border-radius: 999px; font-size: 0.95rem; border: 1px solid currentColor; }
        .verdict.pass { color: var(--pass); background: var(--pass-bg); }
        .verdict.fail { color: var(--fail); background: var(--fail-bg); }
        .verdict.unknown { color: var(--unknown); background: var(--unknown-bg); }
        .warnings li { color: var(--unknown); }
        .done { color: var(--pass); font-weight: 600; }
        figure { margin: 1rem 0; }
        figcaption { font-size: 0.9rem; color: var(--muted); margin-top: 0.4rem; }
        .chart { width: 100%; height: auto; display: block; background: var(--panel); border-radius: 8px; }
        .chart .grid { stroke: var(--line); stroke-width: 1; }
        .chart .axis-line, .chart .tick { stroke: var(--muted); stroke-width: 1; }
        .chart .axis { fill: var(--muted); font-size: 11px; }
        .chart .threshold { stroke: var(--fail); stroke-width: 1.5; stroke-dasharray: 6 4; }
        .chart .threshold-label { fill: var(--fail); font-size: 12px; font-weight: 600; }
        .chart .series polyline { fill: none; stroke-width: 2.5; stroke-linejoin: round; }
        .chart .history polyline { stroke: var(--accent); }
        .chart .history circle { fill: var(--accent); }
        .chart .computed polyline { stroke: var(--muted); stroke-dasharray: 2 3; }
        .chart .computed rect { fill: var(--muted); }
        .table-scroll { max-height: 15rem; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
        .table-scroll caption { padding: 0.4rem 0.5rem; }
        .data td, .data th { padding: 0.2rem 0.5rem; }
        .weeks { display: flex; flex-wrap: wrap; gap: 0.35rem; list-style: none; padding: 0; margin: 0; }
        .week { flex: 1 1 0; min-width: 3.3rem; border: 2px solid var(--line); border-radius: 6px;
          padding: 0.25rem 0.1rem;
          text-align: center; font-size: 0.78rem; line-height: 1.3; }
        .week .symbol { display: block; width: auto; font-size: 1.2rem; }
        .week-date, .week-jss { display: block; white-space: nowrap; }
        .week-jss { font-weight: 700; }
        .week.pass { border-color: var(--pass); background: var(--pass-bg); color: var(--pass); }
        .week.fail { border-color: var(--fail); background: var(--fail-bg); color: var(--fail); border-style: dashed; }
        .week.unknown { border-color: var(--unknown); color: var(--unknown); border-style: dotted; }
        .findings { padding-left: 1.4rem; }
        .finding { margin: 0 0 1rem; }
        .finding p { margin: 0.15rem 0; }
        .finding-head { font-size: 0.9rem; color: var(--muted); }
        .severity { font-weight: 700; text-transform: uppercase; font-size: 0.8rem; letter-spacing: 0.04em; }
        .finding.error .severity { color: var(--fail); }
        .finding.warning .severity { color: var(--unknown); }
        .context { margin: 0.3rem 0 0; padding: 0.5rem 0.7rem; background: var(--panel);
          border-left: 4px solid var(--line);
          border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.85rem; }
        .finding.error .context { border-left-color: var(--fail); }
        mark { background: var(--mark); color: inherit; text-decoration: underline 2px; text-underline-offset: 3px;
          padding: 0 0.1em; }
        footer { margin-top: 3rem; font-size: 0.85rem; color: var(--muted); border-top: 1px solid var(--line); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
          white-space: nowrap; }
        @media (max-width: 40rem) {
          body { padding: 1rem 0.8rem 2rem; }
          h1 { font-size: 1.5rem; }
          .gauge { flex-basis: 100%; }
          .checklist thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
          .checklist, .checklist tbody, .checklist tr, .checklist td, .checklist th { display: block; width: 100%; }
          .checklist tr { border-bottom: 2px solid var(--line); padding: 0.3rem 0; }
          .checklist td, .checklist th { border: 0; padding: 0.1rem 0.4rem; }
          .checklist caption { display: block; }
          .checklist td::before, .checklist th::before { content: attr(data-label) ": "; font-weight: 600;
            color: var(--muted); }
          .checklist td:last-child { white-space: normal; }
          .week { flex: 0 0 calc((100% - 1.75rem) / 6); }
          .chart-scroll { overflow-x: auto; }
          .chart { min-width: 34rem; }
        }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; color: #000; background: #fff; }
          a { color: inherit; text-decoration: none; }
          h2 { break-after: avoid; }
          .badge, .finding, figure, tr { break-inside: avoid; }
          .table-scroll { max-height: none; overflow: visible; border: 0; }
          .chart { background: none; }
          mark { background: none; text-decoration: underline 2px; }
        }

        """
}
