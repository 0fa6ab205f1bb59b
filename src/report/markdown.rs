//! `trustmend export --format markdown`: the journal grouped by strategy,
//! readable as plain text and rendered correctly by CommonMark and GitHub.
//!
//! Everything a person typed is escaped so it comes out as the words they
//! wrote: it can never open a heading, list, quote, code block, table or
//! raw HTML, and `<`, `>` and `&` become entities so nothing renders as HTML.

use super::{LOCKED, Scope, Section, group, human_date, human_time};
use crate::model::{Body, Entry, EntryKind, Timestamp};
use crate::text::printable;

/// The export for `scope.partner`, stamped with `now`.
pub fn render(scope: &Scope<'_>, now: Timestamp) -> String {
    let Some(me) = scope.me() else {
        return "# trustmend journal\n\nThere is no profile to export yet.\n".to_string();
    };
    let grouped = group(scope, me);
    // Written into one buffer sized for the bodies it will hold: a large
    // journal is copied once, not once per block and again when joined.
    let size: usize = grouped
        .sections
        .iter()
        .flat_map(|s| &s.entries)
        .chain(&grouped.other)
        .map(|e| e.body.text().map_or(0, str::len) + e.heading.len() + 96)
        .sum();
    let mut doc = Doc(String::with_capacity(size + size / 16 + 1024));
    let name = inline(&me.name);
    doc.block(&format!("# trustmend journal — {name}"));
    doc.block(&format!("Exported {}.", human_time(now)));
    doc.block(&format!(
        "This export holds only {name}'s own entries and the entries shared with \
         {name}. Anyone else's private entries are never included, and protected \
         entries stay locked."
    ));
    if let Some(what) = scope.filter.describe(scope.content) {
        doc.block(&format!("*{}*", inline(&what)));
    }
    for section in &grouped.sections {
        section_blocks(&mut doc, scope, section);
    }
    if !grouped.other.is_empty() {
        doc.block("## Other entries");
        for e in &grouped.other {
            entry_blocks(&mut doc, scope, e);
        }
    }
    let mut out = doc.0;
    out.push('\n');
    out
}

/// The document being written: blocks separated by a blank line.
struct Doc(String);

impl Doc {
    fn block(&mut self, text: &str) {
        self.start();
        self.0.push_str(text);
    }

    /// Begins a block the caller then writes into `self.0`.
    fn start(&mut self) {
        if !self.0.is_empty() {
            self.0.push_str("\n\n");
        }
    }
}

fn section_blocks(doc: &mut Doc, scope: &Scope<'_>, s: &Section<'_>) {
    doc.block(&format!("## {}. {}", s.number, inline(&s.strategy.title)));
    let mut stage = format!("Stage: {}", s.progress.stage.label());
    if let Some(at) = s.progress.started {
        stage.push_str(&format!(" · started {}", human_date(at.date_naive())));
    }
    if let Some(at) = s.progress.finished {
        stage.push_str(&format!(" · finished {}", human_date(at.date_naive())));
    }
    doc.block(&format!("*{stage}*"));
    if !s.commitments.is_empty() {
        doc.block("**Commitments**");
        let items: Vec<String> = s
            .commitments
            .iter()
            .map(|c| {
                let how = match &c.review {
                    Some(r) => format!(
                        "{} (reviewed {})",
                        r.kept.label(),
                        human_date(r.reviewed.date_naive())
                    ),
                    None => "in practice".to_string(),
                };
                format!(
                    "- {} — started {} · {how}",
                    inline(&c.text),
                    human_date(c.started)
                )
            })
            .collect();
        doc.block(&items.join("\n"));
    }
    for e in &s.entries {
        entry_blocks(doc, scope, e);
    }
}

fn entry_blocks(doc: &mut Doc, scope: &Scope<'_>, e: &Entry) {
    let heading = if e.heading.trim().is_empty() {
        match e.kind {
            EntryKind::Free { .. } => "Journal entry".to_string(),
            _ => "Entry".to_string(),
        }
    } else {
        inline(&e.heading)
    };
    doc.block(&format!("### {heading}"));
    let mut meta = format!(
        "*Written {} · {}",
        human_time(e.created),
        e.visibility.label()
    );
    if e.updated != e.created {
        meta.push_str(&format!(" · edited {}", human_time(e.updated)));
    }
    if e.author != scope.partner {
        meta.push_str(&format!(" · by {}", inline(scope.name_of(e.author))));
    }
    meta.push('*');
    doc.block(&meta);
    match &e.body {
        Body::Sealed(_) => doc.block(&format!("*{LOCKED}*")),
        Body::Text(t) if t.trim().is_empty() => doc.block("*(no text)*"),
        Body::Text(t) => {
            doc.start();
            push_body(&mut doc.0, t);
        }
    }
}

/// User text for a single line (a heading, a list item, a name): line
/// breaks become spaces, then it is escaped like a body line.
pub fn inline(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
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

/// The bytes [`push_escaped`] changes wherever they are in a line.
const SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let specials = b"&<>\\`*_[]#|~$";
    let mut i = 0;
    while i < specials.len() {
        table[specials[i] as usize] = true;
        i += 1;
    }
    table
};

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
    while let Some(offset) = bytes[run..].iter().position(|&b| SPECIAL[usize::from(b)]) {
        let i = run + offset;
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
