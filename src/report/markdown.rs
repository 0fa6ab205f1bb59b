//! `trustmend export --format markdown`: the journal grouped by strategy,
//! readable as plain text and rendered correctly by `CommonMark` and GitHub.
//!
//! Everything a person typed is escaped so it comes out as the words they
//! wrote: it can never open a heading, list, quote, code block, table or
//! raw HTML, and `<`, `>` and `&` become entities so nothing renders as HTML.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::model::{CheckInOut, EntryOut, HomeworkOut, Named, Report, StrategyOut, build};
use super::sink::Chunked;
use super::{Scope, human_date, human_time, locked, role_phrase, shown};
use crate::model::Timestamp;
use crate::text::{find_byte, printable};

/// The export for `scope.partner`, stamped with `now`.
pub fn render(scope: &Scope<'_>, now: Timestamp) -> String {
    super::sink::to_string(|out| write(scope, now, out))
}

/// [`render`], written to `out` a piece at a time.
pub fn write(
    scope: &Scope<'_>,
    now: Timestamp,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut doc = Doc {
        text: Chunked::new(out),
        started: false,
        headings: HashMap::new(),
    };
    let Some(report) = build(scope, now) else {
        doc.block(&format!(
            "# {}\n\n{}",
            md(&crate::t!("report-title-plain")),
            md(&crate::t!("report-no-profile"))
        ));
        return doc.finish();
    };
    let what = scope.filter.describe(scope.content);
    report_blocks(&mut doc, &report, what.as_deref());
    doc.finish()
}

fn report_blocks<'s>(doc: &mut Doc<'_, 's>, r: &Report<'s>, filtered: Option<&str>) {
    // Each sentence is escaped whole, the name in it too: a catalogue's
    // words are text, whatever characters a translation uses.
    let name = r.partner.name;
    doc.block(&format!(
        "# {}",
        md(&crate::t!("report-title", name = name))
    ));
    let mut about = crate::t!("report-exported", date = human_time(r.exported));
    if let Some(role) = role_phrase(r.partner.role) {
        let who = crate::t!("report-who", name = name, role = role);
        about = format!("{who}. {about}");
    }
    doc.block(&md(&about));
    doc.block(&md(&crate::t!("report-holds-only", name = name)));
    if let Some(what) = filtered {
        doc.block(&format!("*{}*", inline(what)));
    }
    if let Some(h) = &r.homework {
        homework_blocks(doc, h);
    }
    if !r.measures.is_empty() {
        measure_blocks(doc, &r.measures);
    }
    for s in &r.strategies {
        section_blocks(doc, s);
    }
    if !r.other_entries.is_empty() {
        doc.block(&format!("## {}", md(&crate::t!("report-other-entries"))));
        for e in &r.other_entries {
            entry_blocks(doc, e);
        }
    }
    if !r.checkins.is_empty() {
        checkin_blocks(doc, &r.checkins);
    }
}

/// The document being written: blocks separated by a blank line.
struct Doc<'a, 's> {
    text: Chunked<'a>,
    started: bool,
    /// Entry headings already escaped, by their text.
    headings: HashMap<&'s str, String>,
}

impl Doc<'_, '_> {
    fn block(&mut self, text: &str) {
        self.start();
        self.text.push_str(text);
    }

    /// Begins a block the caller then writes into `self.text`.
    fn start(&mut self) {
        if self.started {
            self.text.push_str("\n\n");
        }
        self.started = true;
    }

    fn finish(mut self) -> std::io::Result<()> {
        self.text.push('\n');
        self.text.finish()
    }
}

fn homework_blocks(doc: &mut Doc<'_, '_>, h: &HomeworkOut<'_>) {
    doc.block(&format!(
        "## {}",
        md(&crate::t!("report-homework-from", name = h.assigned_by))
    ));
    doc.block(&format!(
        "*{}*",
        md(&crate::t!("report-starting", date = human_date(h.start)))
    ));
    if !h.note.trim().is_empty() {
        doc.block(&body(h.note));
    }
    let mut items = Vec::new();
    for step in &h.steps {
        let due = step.due.map_or_else(
            || crate::t!("report-no-due"),
            |d| crate::t!("report-due", date = human_date(d)),
        );
        items.push(format!(
            "- **{}** — {} · {}",
            inline(step.title),
            md(&due),
            md(&step.progress())
        ));
        for p in &step.prompts {
            let from = match &p.added_by {
                Some(who) => format!(" *({})*", md(&crate::t!("report-prompt-from", name = who))),
                None => String::new(),
            };
            let answered = match p.answered {
                Some(at) => crate::t!("report-answered", date = human_time(at)),
                None => crate::t!("report-not-answered"),
            };
            items.push(format!("  - {}{from} — {}", inline(&p.text), md(&answered)));
        }
    }
    doc.block(&items.join("\n"));
}

/// The questionnaires: first, latest and change, each band in words,
/// and where the scoring comes from.
fn measure_blocks(doc: &mut Doc<'_, '_>, measures: &[super::model::measures::MeasureOut]) {
    doc.block(&format!("## {}", md(&crate::t!("report-questionnaires"))));
    for m in measures {
        let said = |s: &super::model::measures::ScoreOut| {
            crate::t!(
                "report-score",
                total = s.total,
                max = m.max_total,
                band = s.band.as_str(),
                date = human_time(s.at)
            )
        };
        let mut items = vec![
            format!(
                "- {}",
                md(&crate::t!("report-score-first", score = said(&m.first)))
            ),
            format!(
                "- {}",
                md(&crate::t!("report-score-latest", score = said(&m.latest)))
            ),
            format!(
                "- {}",
                md(&crate::t!(
                    "report-score-change",
                    change = format!("{:+}", m.change),
                    n = m.scores.len()
                ))
            ),
        ];
        if m.scores.len() > 2 {
            let all: Vec<String> = m.scores.iter().map(said).collect();
            items.push(format!(
                "- {}",
                md(&crate::t!("report-score-every", all = all.join("; ")))
            ));
        }
        doc.block(&format!("**{}**", inline(&m.name)));
        doc.block(&items.join("\n"));
        doc.block(&format!(
            "*{}*",
            md(&crate::t!("report-scoring", source = m.source.as_str()))
        ));
    }
}

fn section_blocks<'s>(doc: &mut Doc<'_, 's>, s: &StrategyOut<'s>) {
    doc.block(&format!("## {}. {}", s.number, inline(s.title)));
    doc.block(&format!("*{}*", inline(&s.stage_line())));
    if !s.commitments.is_empty() {
        doc.block(&format!("**{}**", md(&crate::t!("report-commitments"))));
        let items: Vec<String> = s
            .commitments
            .iter()
            .map(|c| {
                let how = match (c.kept, c.reviewed) {
                    (Some(kept), Some(at)) => super::reviewed(kept, at),
                    _ => crate::t!("report-in-practice"),
                };
                format!(
                    "- {} — {} · {}",
                    inline(c.text),
                    md(&crate::t!(
                        "report-commitment-started",
                        date = human_date(c.started)
                    )),
                    md(&how)
                )
            })
            .collect();
        doc.block(&items.join("\n"));
    }
    for e in &s.entries {
        entry_blocks(doc, e);
    }
}

fn entry_blocks<'s>(doc: &mut Doc<'_, 's>, e: &EntryOut<'s>) {
    doc.start();
    doc.text.push_str("### ");
    if e.heading.trim().is_empty() {
        doc.text.push_str(&md(&e.untitled()));
    } else {
        // A journal answers the same few dozen prompts again and again.
        let heading = doc
            .headings
            .entry(e.heading)
            .or_insert_with(|| inline(e.heading));
        doc.text.push_str(heading);
    }
    doc.start();
    let _ = write!(doc.text, "*{}*", inline(&e.meta()));
    match e.text {
        None => doc.block(&format!("*{}*", md(&locked()))),
        Some(t) if t.trim().is_empty() => doc.block(&format!(
            "*{}*",
            md(&super::words::word("report-no-text", "", || crate::t!(
                "report-no-text"
            )))
        )),
        Some(t) => {
            doc.start();
            push_body(&mut doc.text, t);
        }
    }
    doc.text.spill();
}

fn checkin_blocks(doc: &mut Doc<'_, '_>, checkins: &[CheckInOut<'_>]) {
    doc.block(&format!("## {}", md(&crate::t!("report-checkins"))));
    doc.start();
    let columns = super::checkin_columns().map(|c| md(&c));
    doc.text.push_str(&format!(
        "| {} |\n|{}",
        columns.join(" | "),
        " --- |".repeat(columns.len())
    ));
    let names = |n: &[Named<'_>]| {
        let words: Vec<String> = n.iter().map(|n| inline(n.label)).collect();
        words.join(", ")
    };
    for c in checkins {
        let _ = write!(
            doc.text,
            "\n| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            human_time(c.at),
            shown(c.mood),
            shown(c.trust),
            shown(c.sleep),
            shown(c.appetite),
            shown(c.stress),
            names(&c.feelings),
            names(&c.body_signs),
            c.note.as_deref().map(inline).unwrap_or_default()
        );
        doc.text.spill();
    }
}

/// A sentence of the catalogue (with any names and words in it) as plain
/// text in Markdown: whatever characters a language's words use (`*`,
/// `_`, `#`, `[`, `|`…) are shown as written, never read as Markdown.
fn md(sentence: &str) -> String {
    inline(sentence)
}

/// User text for a single line (a heading, a list item, a name): line
/// breaks become spaces, then it is escaped like a body line.
pub fn inline(text: &str) -> String {
    let mut flat = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !flat.is_empty() {
            flat.push(' ');
        }
        flat.push_str(word);
    }
    escape_line(&flat)
}

/// A multi-line body: each paragraph kept, each line break kept (as a hard
/// break), and each line escaped so it stays a line of plain text.
pub fn body(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    push_body(&mut out, text);
    out
}

/// [`body`], written at the end of `out`.
fn push_body(out: &mut String, text: &str) {
    let begin = out.len();
    // Between paragraphs: blank lines (however many) become one.
    let mut gap = "";
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            if out.len() > begin {
                gap = "\n\n";
            }
            continue;
        }
        out.push_str(gap);
        push_escaped(out, line);
        gap = "\\\n";
    }
}

/// One line of user text made literal. Leading spaces are dropped (four of
/// them would open a code block); characters that mean something anywhere
/// in a line are escaped; and a line that would open a block (a heading,
/// list, quote, fence, thematic break, setext underline) has its marker
/// escaped.
pub fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    push_escaped(&mut out, line);
    out
}

/// Whether [`push_escaped`] changes this byte wherever it is in a line.
/// Comparisons rather than a table, so a block of bytes is checked with
/// vector instructions (see [`find_byte`]).
fn is_special(b: u8) -> bool {
    matches!(
        b,
        b'&' | b'<' | b'>' | b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'#' | b'|' | b'~' | b'$'
    )
}

/// [`escape_line`] into `out`. Every character it changes is ASCII, so the
/// line is scanned as bytes and copied in runs between them.
fn push_escaped(out: &mut String, line: &str) {
    let line = printable(line.trim_start());
    let bytes = line.as_bytes();
    let mut run = 0;
    if let Some(m) = block_marker(&line) {
        // The marker is not special elsewhere, so it is copied with the
        // run that follows the backslash.
        out.push_str(&line[..m]);
        out.push('\\');
        run = m;
    }
    while let Some(i) = find_byte(bytes, run, is_special) {
        out.push_str(&line[run..i]);
        match bytes[i] {
            b'&' => out.push_str("&amp;"),
            b'<' => out.push_str("&lt;"),
            b'>' => out.push_str("&gt;"),
            b => {
                out.push('\\');
                out.push(char::from(b));
            }
        }
        run = i + 1;
    }
    out.push_str(&line[run..]);
}

/// Where a (left-trimmed) line has a block marker that the escapes in
/// `escape_line` do not already disarm: a leading `-`, `+` or `=`, or the
/// `.`/`)` of an ordered-list number like `12.` or `3)`.
fn block_marker(line: &str) -> Option<usize> {
    match line.chars().next() {
        Some('-' | '+' | '=') => Some(0),
        Some(c) if c.is_ascii_digit() => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            let digits = line.len() - rest.len();
            rest.starts_with(['.', ')']).then_some(digits)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sentence of the catalogue is text in Markdown: a translation's
    /// `*`, `_`, `#`, `[` or `|` comes out as written, never as emphasis,
    /// a link or a table cell; and no sentence of the English or Spanish
    /// catalogue today is changed by it.
    #[test]
    fn catalogue_sentences_are_plain_text_in_markdown() {
        let planted = "Diario de *Lucía* — 50 % [borrador] #1 | _nota_ <b>";
        assert_eq!(
            md(planted),
            "Diario de \\*Lucía\\* — 50 % \\[borrador\\] \\#1 \\| \\_nota\\_ &lt;b&gt;"
        );
        for code in ["en", "es"] {
            let source = crate::i18n::catalogue(code).unwrap();
            for line in source.lines() {
                let Some((id, text)) = line.split_once(" = ") else {
                    continue;
                };
                if id.starts_with("report-") && !text.contains('{') {
                    assert_eq!(md(text), text, "{code}: {id}");
                }
            }
        }
    }

    /// The escaping, one character at a time, as plainly as it can be said.
    fn slowly(line: &str) -> String {
        let mut out = String::new();
        for c in line.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '$' => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
        }
        out
    }

    #[test]
    fn every_special_character_is_escaped_wherever_it_sits_in_a_long_line() {
        for len in [1, 31, 32, 33, 65, 120] {
            for at in 0..len {
                for special in "&<>\\`*_[]#|~$".chars() {
                    let mut line: Vec<char> = "wé".repeat(len).chars().take(len).collect();
                    line[at] = special;
                    let line: String = line.into_iter().collect();
                    assert_eq!(escape_line(&line), slowly(&line), "{line:?}");
                }
            }
        }
    }
}
