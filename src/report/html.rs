//! `trustmend export --format html`: one self-contained page to read on
//! screen, print, or bring to a session. No scripts, no external files:
//! the styles are inline. Every piece of text a person or a content pack
//! wrote goes through [`escape`], so an entry reads as the words typed.

use std::fmt::Write as _;

use super::model::{CheckInOut, EntryOut, HomeworkOut, Named, Report, StrategyOut, build};
use super::sink::Chunked;
use super::{LOCKED, Scope, human_date, human_time, role_phrase};
use crate::model::{CheckIn, Kept, Timestamp};
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
        page_start(&mut out, "trustmend journal");
        out.push_str("<p>There is no profile to export yet.</p>\n");
        out.push_str("</body>\n</html>\n");
        return out.finish();
    };
    let name = escape(r.partner.name);
    page_start(
        &mut out,
        &format!("trustmend journal — {}", one_line(r.partner.name)),
    );
    let _ = writeln!(out, "<h1>trustmend journal — {name}</h1>");
    if let Some(role) = role_phrase(r.partner.role) {
        let _ = writeln!(out, "<p class=\"meta\">{name} ({role})</p>");
    }
    let range = scope
        .filter
        .date_range()
        .unwrap_or_else(|| written_span(&r).unwrap_or_else(|| "no entries yet".into()));
    let _ = writeln!(
        out,
        "<p class=\"meta\">Entries {} · exported {}</p>",
        escape(&range),
        escape(&human_time(r.exported))
    );
    if let Some(what) = scope.filter.describe(scope.content) {
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", escape(&what));
    }
    let _ = writeln!(
        out,
        "<p class=\"meta\">This holds only {name}'s own entries and the entries shared with {name}. \
         Anyone else's private entries are never included, and protected entries stay locked.</p>"
    );

    if let Some(h) = &r.homework {
        homework(&mut out, h);
    }
    if !r.measures.is_empty() {
        measures(&mut out, &r.measures);
    }
    if !r.checkins.is_empty() || r.strategies.iter().any(|s| s.started.is_some()) {
        out.push_str("<h2>Over time</h2>\n");
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
            "<p class=\"meta\">Not started yet: {}.</p>",
            titles.join(" · ")
        );
    }
    if !r.other_entries.is_empty() {
        out.push_str("<h2>Other entries</h2>\n");
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
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
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
        format!("on {}", human_date(first))
    } else {
        format!("from {} to {}", human_date(first), human_date(last))
    })
}

/// Each questionnaire: a small line chart of its totals (with the band
/// boundaries as faint lines) and a table of the same numbers beside it.
fn measures(out: &mut String, measures: &[super::model::measures::MeasureOut]) {
    out.push_str("<h2>Questionnaires</h2>\n");
    for m in measures {
        let _ = writeln!(out, "<h3>{}</h3>", escape(&m.name));
        let _ = writeln!(
            out,
            "<p>First {} of {} ({}), latest {} of {} ({}), change {:+}.</p>",
            m.first.total,
            m.max_total,
            escape(&m.first.band),
            m.latest.total,
            m.max_total,
            escape(&m.latest.band),
            m.change
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
            "<svg role=\"img\" aria-label=\"{} totals over time\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">",
            escape(&m.name)
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
        out.push_str("<table>\n<tr><th>When</th><th>Total</th><th>Band</th></tr>\n");
        for s in &m.scores {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{} of {}</td><td>{}</td></tr>",
                escape(&human_time(s.at)),
                s.total,
                m.max_total,
                escape(&s.band)
            );
        }
        out.push_str("</table>\n");
        let _ = writeln!(out, "<p class=\"meta\">Scoring: {}</p>", escape(&m.source));
    }
}

fn homework(out: &mut String, h: &HomeworkOut<'_>) {
    let _ = writeln!(
        out,
        "<h2>Homework from {}</h2>\n<p class=\"meta\">Starting {}</p>",
        escape(h.assigned_by),
        escape(&human_date(h.start))
    );
    if !h.note.trim().is_empty() {
        let _ = writeln!(out, "<div class=\"note\">{}</div>", paragraphs(h.note));
    }
    out.push_str("<table>\n<tr><th>Strategy</th><th>Due</th><th>Progress</th></tr>\n");
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
            "<h3>Prompts of {}</h3>\n<ul class=\"prompts\">",
            escape(step.title)
        );
        for p in &step.prompts {
            let from = match &p.added_by {
                Some(who) => format!(
                    " <span class=\"from\">(a prompt from {})</span>",
                    escape(who)
                ),
                None => String::new(),
            };
            let answered = match p.answered {
                Some(at) => format!("answered {}", escape(&human_time(at))),
                None => "<strong>not answered yet</strong>".to_string(),
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
        out.push_str("<h3>Commitments</h3>\n<table>\n<tr><th>Commitment</th><th>Started</th><th>Kept?</th></tr>\n");
        for c in &s.commitments {
            let kept = match (c.kept, c.reviewed) {
                (Some(kept), Some(at)) => {
                    format!(
                        "{} (reviewed {})",
                        kept.label(),
                        human_date(at.date_naive())
                    )
                }
                _ => "still practising".to_string(),
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
        out.push_str("<h3>Reflections and entries</h3>\n");
        for e in &s.entries {
            entry(out, e);
            out.spill();
        }
    }
}

fn entry(out: &mut String, e: &EntryOut<'_>) {
    let heading = if e.heading.trim().is_empty() {
        e.untitled().to_string()
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
            let _ = write!(out, "<p class=\"locked\">{}</p>", escape(LOCKED));
        }
        Some(t) if t.trim().is_empty() => out.push_str("<p class=\"locked\">(no text)</p>"),
        Some(t) => push_paragraphs(out, t),
    }
    out.push_str("\n</div>\n");
}

fn checkins(out: &mut Chunked, r: &Report<'_>) {
    if r.checkins.is_empty() {
        return;
    }
    out.push_str("<h2>Check-ins</h2>\n");
    checkin_table(out, &r.checkins);
}

fn checkin_table(out: &mut Chunked, checkins: &[CheckInOut<'_>]) {
    out.push_str("<table>\n<tr><th>When</th><th>Mood (1–5)</th><th>Trust (0–10)</th><th>Sleep (1–5)</th><th>Appetite (1–5)</th><th>Stress (1–5)</th><th>Feelings</th><th>Body signs</th><th>Note</th></tr>\n");
    let names = |n: &[Named<'_>]| {
        let words: Vec<String> = n.iter().map(|n| escape(n.label)).collect();
        words.join(", ")
    };
    for c in checkins {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&human_time(c.at)),
            CheckIn::shown(c.mood),
            CheckIn::shown(c.trust),
            CheckIn::shown(c.sleep),
            CheckIn::shown(c.appetite),
            CheckIn::shown(c.stress),
            names(&c.feelings),
            names(&c.body_signs),
            escape(c.note.unwrap_or(""))
        );
        out.spill();
    }
    out.push_str("</table>\n");
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
