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
    let name = inline(&me.name);
    let mut blocks = vec![
        format!("# trustmend journal — {name}"),
        format!("Exported {}.", human_time(now)),
        format!(
            "This export holds only {name}'s own entries and the entries shared with \
             {name}. Anyone else's private entries are never included, and protected \
             entries stay locked."
        ),
    ];
    if let Some(what) = scope.filter.describe(scope.content) {
        blocks.push(format!("*{}*", inline(&what)));
    }
    let grouped = group(scope, me);
    for section in &grouped.sections {
        blocks.extend(section_blocks(scope, section));
    }
    if !grouped.other.is_empty() {
        blocks.push("## Other entries".to_string());
        for e in &grouped.other {
            blocks.extend(entry_blocks(scope, e));
        }
    }
    let mut out = blocks.join("\n\n");
    out.push('\n');
    out
}

fn section_blocks(scope: &Scope<'_>, s: &Section<'_>) -> Vec<String> {
    let mut blocks = vec![format!("## {}. {}", s.number, inline(&s.strategy.title))];
    let mut stage = format!("Stage: {}", s.progress.stage.label());
    if let Some(at) = s.progress.started {
        stage.push_str(&format!(" · started {}", human_date(at.date_naive())));
    }
    if let Some(at) = s.progress.finished {
        stage.push_str(&format!(" · finished {}", human_date(at.date_naive())));
    }
    blocks.push(format!("*{stage}*"));
    if !s.commitments.is_empty() {
        blocks.push("**Commitments**".to_string());
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
        blocks.push(items.join("\n"));
    }
    for e in &s.entries {
        blocks.extend(entry_blocks(scope, e));
    }
    blocks
}

fn entry_blocks(scope: &Scope<'_>, e: &Entry) -> Vec<String> {
    let heading = if e.heading.trim().is_empty() {
        match e.kind {
            EntryKind::Free { .. } => "Journal entry".to_string(),
            _ => "Entry".to_string(),
        }
    } else {
        inline(&e.heading)
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
        meta.push_str(&format!(" · by {}", inline(scope.name_of(e.author))));
    }
    let body = match &e.body {
        Body::Sealed(_) => format!("*{LOCKED}*"),
        Body::Text(t) if t.trim().is_empty() => "*(no text)*".to_string(),
        Body::Text(t) => body(t),
    };
    vec![format!("### {heading}"), format!("*{meta}*"), body]
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
    let text = text.replace("\r\n", "\n");
    let mut paragraphs: Vec<Vec<String>> = vec![Vec::new()];
    for line in text.split('\n') {
        if line.trim().is_empty() {
            if paragraphs.last().is_some_and(|p| !p.is_empty()) {
                paragraphs.push(Vec::new());
            }
        } else if let Some(p) = paragraphs.last_mut() {
            p.push(escape_line(line));
        }
    }
    paragraphs
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.join("\\\n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// One line of user text made literal. Leading spaces are dropped (four of
/// them would open a code block); characters that mean something anywhere
/// in a line are escaped; and a line that would open a block (a heading,
/// list, quote, fence, thematic break, setext underline) has its marker
/// escaped.
pub fn escape_line(line: &str) -> String {
    let line = printable(line.trim_start());
    let mut out = String::with_capacity(line.len() + 8);
    let marker = block_marker(&line);
    for (i, c) in line.char_indices() {
        if Some(i) == marker {
            out.push('\\');
            out.push(c);
            continue;
        }
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
