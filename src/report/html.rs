//! `trustmend export --format html`: one self-contained page to read on
//! screen, print, or bring to a session. No scripts, no external files:
//! the styles are inline. Every piece of text a person or a content pack
//! wrote goes through [`escape`], so an entry reads as the words typed.

use std::fmt::Write as _;

use super::sink::Chunked;
use super::{LOCKED, Scope, Section, group, human_date, human_time, role_phrase};
use crate::homework::{StepState, for_partner};
use crate::model::{Body, CheckIn, Entry, Kept, Stage, Timestamp};
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
.done{color:#1a5e20}.overdue{color:#8a1c1c;font-weight:bold}
.entry{margin-bottom:1em;break-inside:avoid}
.locked{color:#555;font-style:italic}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}a{color:inherit}}
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
    let Some(me) = scope.me() else {
        page_start(&mut out, "trustmend journal");
        out.push_str("<p>There is no profile to export yet.</p>\n");
        out.push_str("</body>\n</html>\n");
        return out.finish();
    };
    let name = escape(&me.name);
    page_start(
        &mut out,
        &format!("trustmend journal — {}", one_line(&me.name)),
    );
    let _ = writeln!(out, "<h1>trustmend journal — {name}</h1>");
    if let Some(role) = role_phrase(me.role) {
        let _ = writeln!(out, "<p class=\"meta\">{name} ({role})</p>");
    }
    let range = scope
        .filter
        .date_range()
        .unwrap_or_else(|| written_span(scope).unwrap_or_else(|| "no entries yet".into()));
    let _ = writeln!(
        out,
        "<p class=\"meta\">Entries {} · exported {}</p>",
        escape(&range),
        escape(&human_time(now))
    );
    if let Some(what) = scope.filter.describe(scope.content) {
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", escape(&what));
    }
    let _ = writeln!(
        out,
        "<p class=\"meta\">This holds only {name}'s own entries and the entries shared with {name}. \
         Anyone else's private entries are never included, and protected entries stay locked.</p>"
    );

    homework(&mut out, scope, now);
    let grouped = group(scope, me);
    let (started, untouched): (Vec<&Section>, Vec<&Section>) =
        grouped.sections.iter().partition(|s| {
            s.progress.stage != Stage::NotStarted
                || s.progress.finished.is_some()
                || !s.entries.is_empty()
                || !s.commitments.is_empty()
        });
    for s in started {
        section(&mut out, scope, s);
    }
    if !untouched.is_empty() && scope.filter.strategy.is_none() {
        let titles: Vec<String> = untouched
            .iter()
            .map(|s| format!("{}. {}", s.number, escape(&s.strategy.title)))
            .collect();
        let _ = writeln!(
            out,
            "<p class=\"meta\">Not started yet: {}.</p>",
            titles.join(" · ")
        );
    }
    if !grouped.other.is_empty() {
        out.push_str("<h2>Other entries</h2>\n");
        for e in &grouped.other {
            entry(&mut out, scope, e);
            out.spill();
        }
    }
    checkins(&mut out, scope);
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
fn written_span(scope: &Scope<'_>) -> Option<String> {
    let entries = super::visible_entries(scope);
    let first = entries.iter().map(|e| e.created.date_naive()).min()?;
    let last = entries.iter().map(|e| e.created.date_naive()).max()?;
    Some(if first == last {
        format!("on {}", human_date(first))
    } else {
        format!("from {} to {}", human_date(first), human_date(last))
    })
}

fn homework(out: &mut String, scope: &Scope<'_>, now: Timestamp) {
    if scope.filter.shared_only {
        return;
    }
    let Some(a) = for_partner(scope.store, scope.partner) else {
        return;
    };
    let today = now.date_naive();
    let _ = writeln!(
        out,
        "<h2>Homework from {}</h2>\n<p class=\"meta\">Starting {}</p>",
        escape(&a.assigned_by),
        escape(&human_date(a.start))
    );
    if !a.note.trim().is_empty() {
        let _ = writeln!(out, "<div class=\"note\">{}</div>", paragraphs(&a.note));
    }
    out.push_str("<table>\n<tr><th>Strategy</th><th>Due</th><th>Progress</th></tr>\n");
    for step in &a.steps {
        let title = scope
            .content
            .strategy(&step.strategy)
            .map_or(step.strategy.as_str(), |s| s.title.as_str());
        let state = StepState::of(scope.store, scope.partner, step, today);
        let (class, label) = match state {
            StepState::Done(on) => ("done", format!("done {}", human_date(on))),
            StepState::Overdue(_) => ("overdue", "overdue".to_string()),
            StepState::DueToday => ("", "due today".to_string()),
            StepState::Due(_) | StepState::NoDueDate => ("", "not done yet".to_string()),
        };
        let due = step.due.map_or("—".to_string(), human_date);
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"{class}\">{}</td></tr>",
            escape(title),
            escape(&due),
            escape(&label)
        );
    }
    out.push_str("</table>\n");
}

fn section(out: &mut Chunked, scope: &Scope<'_>, s: &Section<'_>) {
    let _ = writeln!(out, "<h2>{}. {}</h2>", s.number, escape(&s.strategy.title));
    let mut stage = format!("Stage: {}", s.progress.stage.label());
    if let Some(at) = s.progress.started {
        stage.push_str(&format!(" · started {}", human_date(at.date_naive())));
    }
    if let Some(at) = s.progress.finished {
        stage.push_str(&format!(" · finished {}", human_date(at.date_naive())));
    }
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", escape(&stage));
    if !s.commitments.is_empty() {
        out.push_str("<h3>Commitments</h3>\n<table>\n<tr><th>Commitment</th><th>Started</th><th>Kept?</th></tr>\n");
        for c in &s.commitments {
            let kept = match &c.review {
                Some(r) => format!(
                    "{} (reviewed {})",
                    r.kept.label(),
                    human_date(r.reviewed.date_naive())
                ),
                None => "still practising".to_string(),
            };
            let class = match c.review.as_ref().map(|r| r.kept) {
                Some(Kept::Kept) => "done",
                _ => "",
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=\"{class}\">{}</td></tr>",
                escape(&c.text),
                escape(&human_date(c.started)),
                escape(&kept)
            );
        }
        out.push_str("</table>\n");
    }
    if !s.entries.is_empty() {
        out.push_str("<h3>Reflections and entries</h3>\n");
        for e in &s.entries {
            entry(out, scope, e);
            out.spill();
        }
    }
}

fn entry(out: &mut String, scope: &Scope<'_>, e: &Entry) {
    let heading = if e.heading.trim().is_empty() {
        "Journal entry".to_string()
    } else {
        one_line(&e.heading)
    };
    let mut meta = format!(
        "Written {} · {}",
        human_time(e.created),
        e.visibility.label()
    );
    if e.updated != e.created {
        meta.push_str(&format!(" · edited {}", human_time(e.updated)));
    }
    if e.author != scope.partner {
        meta.push_str(&format!(" · by {}", scope.name_of(e.author)));
    }
    let _ = write!(
        out,
        "<div class=\"entry\">\n<h4>{}</h4>\n<p class=\"meta\">{}</p>\n",
        escape(&heading),
        escape(&meta)
    );
    match &e.body {
        Body::Sealed(_) => {
            let _ = write!(out, "<p class=\"locked\">{}</p>", escape(LOCKED));
        }
        Body::Text(t) if t.trim().is_empty() => out.push_str("<p class=\"locked\">(no text)</p>"),
        Body::Text(t) => push_paragraphs(out, t),
    }
    out.push_str("\n</div>\n");
}

fn checkins(out: &mut Chunked, scope: &Scope<'_>) {
    let mut mine: Vec<&CheckIn> = scope
        .store
        .checkins
        .iter()
        .filter(|c| c.author == scope.partner && scope.filter.checkin(c))
        .collect();
    if mine.is_empty() {
        return;
    }
    mine.sort_by_key(|c| c.at);
    out.push_str("<h2>Check-ins</h2>\n<table>\n<tr><th>When</th><th>Mood (1–5)</th><th>Trust (0–10)</th><th>Sleep</th><th>Appetite</th><th>Stress</th><th>Note</th></tr>\n");
    for c in mine {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&human_time(c.at)),
            CheckIn::shown(c.mood),
            CheckIn::shown(c.trust),
            CheckIn::shown(c.sleep),
            CheckIn::shown(c.appetite),
            CheckIn::shown(c.stress),
            escape(c.note.as_deref().map(super::note_shown).unwrap_or(""))
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
    let text = match text.contains('\r') {
        true => std::borrow::Cow::Owned(text.replace("\r\n", "\n")),
        false => std::borrow::Cow::Borrowed(text),
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

#[cfg(test)]
mod tests;
