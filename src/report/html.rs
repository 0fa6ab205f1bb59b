//! `trustmend export --format html`: one self-contained page to read on
//! screen, print, or bring to a session. No scripts, no external files:
//! the styles are inline. Every piece of text a person or a content pack
//! wrote goes through [`escape`], so an entry reads as the words typed.

use std::fmt::Write as _;

use super::model::{CheckInOut, EntryOut, HomeworkOut, Named, Report, StrategyOut, build};
use super::sink::Chunked;
use super::{Scope, column, human_date, human_time, locked, role_phrase, shown};
use crate::model::{Kept, Timestamp};
use crate::text::{find_byte, printable};

const STYLE: &str = "
body{font-family:Georgia,'Times New Roman',serif;max-width:42em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222;background:#fff}
h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.25}
h1{font-size:1.6em;margin-bottom:.2em}
h2{font-size:1.25em;border-bottom:1px solid #bbb;padding-bottom:.2em;margin-top:2em}
h3{font-size:1em;margin:1.4em 0 .2em}
h4{font-size:1em;font-style:italic;margin:1em 0 .2em}
.meta{color:#555;font-size:.9em;margin:.2em 0}
.note{border-left:3px solid #999;padding-left:.8em;font-style:italic}
table{border-collapse:collapse;width:100%;font-size:.95em}
th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #ddd;vertical-align:top}
.done{color:#1a5e20}.overdue{color:#8a1c1c;font-weight:bold}.late{font-style:italic}
.from{font-style:italic}
.entry{margin-bottom:1em;break-inside:avoid}
.locked{color:#555;font-style:italic}
.chart{margin:1em 0;display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start}
.chart svg{max-width:100%;height:auto}
.chart-data{width:auto;font-size:.85em}
.chart-data caption{text-align:left;font-weight:bold}
.legend{font-size:.9em;margin:.2em 0}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}a{color:inherit}figure{break-inside:avoid}}
";

/// The page for `scope.partner`, stamped with `now`.
pub fn render(scope: &Scope<'_>, now: Timestamp) -> String {
    super::sink::to_string(|out| write(scope, now, out))
}

/// [`render`], written to `out` a piece at a time.
pub fn write(
    scope: &Scope<'_>,
    now: Timestamp,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut out = Chunked::new(out);
    let Some(r) = build(scope, now) else {
        page_start(&mut out, &crate::t!("report-title-plain"));
        let _ = writeln!(out, "<p>{}</p>", escape(&crate::t!("report-no-profile")));
        out.push_str("</body>\n</html>\n");
        return out.finish();
    };
    let name = escape(r.partner.name);
    page_start(
        &mut out,
        &crate::t!("report-title", name = one_line(r.partner.name)),
    );
    let _ = writeln!(
        out,
        "<h1>{}</h1>",
        escape(&crate::t!("report-title", name = r.partner.name))
    );
    if let Some(role) = role_phrase(r.partner.role) {
        let who = crate::t!("report-who", name = r.partner.name, role = role);
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", escape(&who));
    }
    let range = scope
        .filter
        .date_range()
        .unwrap_or_else(|| written_span(&r).unwrap_or_else(|| crate::t!("report-no-entries-yet")));
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}</p>",
        escape(&crate::t!(
            "report-entries-exported",
            range = range,
            date = human_time(r.exported)
        ))
    );
    if let Some(what) = scope.filter.describe(scope.content) {
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", escape(&what));
    }
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}</p>",
        with_markup(
            &crate::t!("report-holds-only-page", name = VALUE),
            name.as_str()
        )
    );

    if let Some(h) = &r.homework {
        homework(&mut out, h);
    }
    if !r.measures.is_empty() {
        measures(&mut out, &r.measures);
    }
    if !r.checkins.is_empty() || r.strategies.iter().any(|s| s.started.is_some()) {
        let _ = writeln!(out, "<h2>{}</h2>", escape(&crate::t!("report-over-time")));
        charts::timeline(&mut out, &r.strategies, r.exported);
        charts::checkins(&mut out, &r.checkins);
        out.spill();
    }
    let (started, untouched): (Vec<&StrategyOut>, Vec<&StrategyOut>) =
        r.strategies.iter().partition(|s| s.touched());
    for s in started {
        section(&mut out, s);
    }
    if !untouched.is_empty() {
        let titles: Vec<String> = untouched
            .iter()
            .map(|s| format!("{}. {}", s.number, escape(s.title)))
            .collect();
        let _ = writeln!(
            out,
            "<p class=\"meta\">{}</p>",
            with_markup(
                &crate::t!("report-not-started-yet", titles = VALUE),
                &titles.join(" · ")
            )
        );
    }
    if !r.other_entries.is_empty() {
        let _ = writeln!(
            out,
            "<h2>{}</h2>",
            escape(&crate::t!("report-other-entries"))
        );
        for e in &r.other_entries {
            entry(&mut out, e);
            out.spill();
        }
    }
    checkins(&mut out, &r);
    out.push_str("</body>\n</html>\n");
    out.finish()
}

fn page_start(out: &mut String, title: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        crate::i18n::language().code(),
        escape(title)
    );
}

/// "from 1 March 2026 to 8 March 2026": the days the included entries span.
fn written_span(r: &Report<'_>) -> Option<String> {
    let days = || {
        r.strategies
            .iter()
            .flat_map(|s| s.entries.iter())
            .chain(r.other_entries.iter())
            .map(|e| e.created.date_naive())
    };
    let first = days().min()?;
    let last = days().max()?;
    Some(if first == last {
        crate::t!("report-span-on", date = human_date(first))
    } else {
        crate::t!(
            "report-range-between",
            since = human_date(first),
            until = human_date(last)
        )
    })
}

/// Each questionnaire: a small line chart of its totals (with the band
/// boundaries as faint lines) and a table of the same numbers beside it.
fn measures(out: &mut String, measures: &[super::model::measures::MeasureOut]) {
    let _ = writeln!(
        out,
        "<h2>{}</h2>",
        escape(&crate::t!("report-questionnaires"))
    );
    for m in measures {
        let _ = writeln!(out, "<h3>{}</h3>", escape(&m.name));
        let _ = writeln!(
            out,
            "<p>{}</p>",
            escape(&crate::t!(
                "report-measure-summary",
                first = m.first.total,
                max = m.max_total,
                first_band = m.first.band.as_str(),
                latest = m.latest.total,
                latest_band = m.latest.band.as_str(),
                change = format!("{:+}", m.change)
            ))
        );
        let (w, h, pad) = (480.0, 160.0, 24.0);
        let n = m.scores.len();
        let x = |i: usize| {
            if n < 2 {
                w / 2.0
            } else {
                pad + (w - 2.0 * pad) * i as f64 / (n - 1) as f64
            }
        };
        let top = f64::from(m.max_total.max(1));
        let y = |t: u16| h - pad - (h - 2.0 * pad) * f64::from(t) / top;
        let _ = writeln!(
            out,
            "<svg role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">",
            escape(&crate::t!("report-measure-chart", name = m.name.as_str()))
        );
        let _ = writeln!(
            out,
            "<line x1=\"{pad}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"black\"/>",
            h - pad,
            w - pad,
            h - pad
        );
        let points: Vec<String> = m
            .scores
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{:.1},{:.1}", x(i), y(s.total)))
            .collect();
        let _ = writeln!(
            out,
            "<polyline fill=\"none\" stroke=\"black\" stroke-width=\"2\" points=\"{}\"/>",
            points.join(" ")
        );
        for (i, s) in m.scores.iter().enumerate() {
            let _ = writeln!(
                out,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\"/>",
                x(i),
                y(s.total)
            );
        }
        out.push_str("</svg>\n");
        header_row(out, &["when", "total", "band"]);
        for s in &m.scores {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&human_time(s.at)),
                escape(&crate::t!("report-of", total = s.total, max = m.max_total)),
                escape(&s.band)
            );
        }
        out.push_str("</table>\n");
        let _ = writeln!(
            out,
            "<p class=\"meta\">{}</p>",
            escape(&crate::t!("report-scoring", source = m.source.as_str()))
        );
    }
}

fn homework(out: &mut String, h: &HomeworkOut<'_>) {
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<p class=\"meta\">{}</p>",
        escape(&crate::t!("report-homework-from", name = h.assigned_by)),
        escape(&crate::t!("report-starting", date = human_date(h.start)))
    );
    if !h.note.trim().is_empty() {
        let _ = writeln!(out, "<div class=\"note\">{}</div>", paragraphs(h.note));
    }
    header_row(out, &["strategy", "due", "progress"]);
    for step in &h.steps {
        let class = match step.state {
            // Late is not the green of "done on time".
            "done" if step.late => "late",
            "done" => "done",
            "overdue" => "overdue",
            _ => "",
        };
        let due = step.due.map_or("—".to_string(), human_date);
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"{class}\">{}</td></tr>",
            escape(step.title),
            escape(&due),
            escape(&step.progress())
        );
    }
    out.push_str("</table>\n");
    for step in h.steps.iter().filter(|s| !s.prompts.is_empty()) {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<ul class=\"prompts\">",
            escape(&crate::t!("report-prompts-of", title = step.title))
        );
        for p in &step.prompts {
            let from = match &p.added_by {
                Some(who) => format!(
                    " <span class=\"from\">({})</span>",
                    escape(&crate::t!("report-prompt-from", name = who.as_str()))
                ),
                None => String::new(),
            };
            let answered = match p.answered {
                Some(at) => escape(&crate::t!("report-answered", date = human_time(at))),
                None => format!(
                    "<strong>{}</strong>",
                    escape(&crate::t!("report-not-answered"))
                ),
            };
            let _ = writeln!(out, "<li>{}{from} — {answered}</li>", escape(&p.text));
        }
        out.push_str("</ul>\n");
    }
}

fn section(out: &mut Chunked, s: &StrategyOut<'_>) {
    let _ = writeln!(out, "<h2>{}. {}</h2>", s.number, escape(s.title));
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", escape(&s.stage_line()));
    if !s.commitments.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>", escape(&crate::t!("report-commitments")));
        header_row(out, &["commitment", "started", "kept"]);
        for c in &s.commitments {
            let kept = match (c.kept, c.reviewed) {
                (Some(kept), Some(at)) => super::reviewed(kept, at),
                _ => crate::t!("report-still-practising"),
            };
            let class = match c.kept {
                Some(Kept::Kept) => "done",
                _ => "",
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=\"{class}\">{}</td></tr>",
                escape(c.text),
                escape(&human_date(c.started)),
                escape(&kept)
            );
        }
        out.push_str("</table>\n");
    }
    if !s.entries.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>", escape(&crate::t!("report-reflections")));
        for e in &s.entries {
            entry(out, e);
            out.spill();
        }
    }
}

fn entry(out: &mut String, e: &EntryOut<'_>) {
    let heading = if e.heading.trim().is_empty() {
        e.untitled()
    } else {
        one_line(e.heading)
    };
    let _ = write!(
        out,
        "<div class=\"entry\">\n<h4>{}</h4>\n<p class=\"meta\">{}</p>\n",
        escape(&heading),
        escape(&e.meta())
    );
    match e.text {
        None => {
            let _ = write!(out, "<p class=\"locked\">{}</p>", escape(&locked()));
        }
        Some(t) if t.trim().is_empty() => {
            let _ = write!(
                out,
                "<p class=\"locked\">{}</p>",
                escape(&super::words::word("report-no-text", "", || crate::t!(
                    "report-no-text"
                )))
            );
        }
        Some(t) => push_paragraphs(out, t),
    }
    out.push_str("\n</div>\n");
}

fn checkins(out: &mut Chunked, r: &Report<'_>) {
    if r.checkins.is_empty() {
        return;
    }
    let _ = writeln!(out, "<h2>{}</h2>", escape(&crate::t!("report-checkins")));
    checkin_table(out, &r.checkins);
}

fn checkin_table(out: &mut Chunked, checkins: &[CheckInOut<'_>]) {
    out.push_str("<table>\n<tr>");
    for c in super::checkin_columns() {
        let _ = write!(out, "<th>{}</th>", escape(&c));
    }
    out.push_str("</tr>\n");
    let names = |n: &[Named<'_>]| {
        let words: Vec<String> = n.iter().map(|n| escape(n.label)).collect();
        words.join(", ")
    };
    for c in checkins {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&human_time(c.at)),
            shown(c.mood),
            shown(c.trust),
            shown(c.sleep),
            shown(c.appetite),
            shown(c.stress),
            names(&c.feelings),
            names(&c.body_signs),
            escape(c.note.as_deref().unwrap_or(""))
        );
        out.spill();
    }
    out.push_str("</table>\n");
}

/// A table's start and its header row, the columns named by their ids in
/// `report-column`.
fn header_row(out: &mut String, columns: &[&str]) {
    out.push_str("<table>\n<tr>");
    for id in columns {
        let _ = write!(out, "<th>{}</th>", escape(&column(id)));
    }
    out.push_str("</tr>\n");
}

/// What stands for the value of a sentence made with [`with_markup`].
const VALUE: &str = "\u{E000}";

/// A catalogue sentence said with [`VALUE`] for its value, made safe for
/// the page (its `&`, `<` and `>` escaped; its apostrophes kept, as the
/// English page has always written them), with `markup` (already escaped)
/// where the value goes.
fn with_markup(said: &str, markup: &str) -> String {
    let mut out = String::with_capacity(said.len() + markup.len());
    for c in said.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{E000}' => out.push_str(markup),
            c => out.push(c),
        }
    }
    out
}

/// Text for one line: breaks become spaces (still to be escaped).
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A body as paragraphs, its single line breaks kept as `<br>`.
fn paragraphs(text: &str) -> String {
    let mut out = String::new();
    push_paragraphs(&mut out, text);
    out
}

/// [`paragraphs`], written at the end of `out`.
fn push_paragraphs(out: &mut String, text: &str) {
    let text = if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let mut first = true;
    for p in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        if !first {
            out.push('\n');
        }
        first = false;
        out.push_str("<p>");
        for (i, line) in p.lines().enumerate() {
            if i > 0 {
                out.push_str("<br>\n");
            }
            push_escaped(out, line);
        }
        out.push_str("</p>");
    }
}

/// Text made literal in HTML: control characters removed (as on screen),
/// and the five characters that mean something in markup replaced.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    push_escaped(&mut out, text);
    out
}

/// Whether [`escape`] replaces this byte (all five are ASCII). Comparisons,
/// so a block of bytes is checked with vector instructions (see
/// [`find_byte`]).
fn is_markup(b: u8) -> bool {
    matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'')
}

/// [`escape`] into `out`, copying the runs between markup characters whole.
fn push_escaped(out: &mut String, text: &str) {
    let text = printable(text);
    let bytes = text.as_bytes();
    let mut run = 0;
    while let Some(i) = find_byte(bytes, run, is_markup) {
        out.push_str(&text[run..i]);
        out.push_str(match bytes[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        run = i + 1;
    }
    out.push_str(&text[run..]);
}

mod charts;
#[cfg(test)]
mod tests;
