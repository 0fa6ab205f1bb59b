//! Text helpers for the screens and every other door: wrapping by display
//! width (never by bytes), and making user text safe to draw.

use std::borrow::Cow;

/// The width of text in the reading panes for a terminal `width` wide
/// (borders and a margin each side), capped for comfortable line lengths.
pub fn reading_width(width: u16) -> usize {
    usize::from(width.saturating_sub(4)).clamp(10, 100)
}

/// `text` wrapped to `width` columns; blank lines are kept as paragraph breaks.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for line in text.split('\n') {
        if line.trim().is_empty() {
            out.push(String::new());
            continue;
        }
        out.extend(
            textwrap::wrap(&printable(line), width)
                .into_iter()
                .map(Cow::into_owned),
        );
    }
    out
}

/// A report's lines (`doctor`'s) fitted to `width` columns: a longer line
/// goes on below itself, indented to where its words begin (after the one
/// of `marks` it begins with, else after its leading spaces), broken only
/// between words (a path longer than the line is left whole). Shorter
/// lines are untouched.
pub fn fit_report(text: &str, width: usize, marks: &[&str]) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        if unicode_width::UnicodeWidthStr::width(line) <= width {
            out.push_str(line);
            continue;
        }
        let after_mark = marks.iter().find(|m| line.starts_with(**m)).map_or_else(
            || line.len() - line.trim_start_matches(' ').len(),
            |m| m.len(),
        );
        let (lead, words) = line.split_at(after_mark);
        let room = width.saturating_sub(after_mark).max(20);
        let options = textwrap::Options::new(room)
            .break_words(false)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for (k, part) in textwrap::wrap(words, options).iter().enumerate() {
            if k == 0 {
                out.push_str(lead);
            } else {
                out.push('\n');
                out.push_str(&" ".repeat(after_mark));
            }
            out.push_str(part);
        }
    }
    out
}

/// User text made safe for the terminal: control characters (an escape
/// sequence's ESC above all) are shown as visible symbols instead of being
/// sent raw; tabs become spaces. Everything else is left as written.
pub fn printable(text: &str) -> Cow<'_, str> {
    // Control characters are U+0000–U+001F and U+007F–U+009F: bytes below
    // 0x20, 0x7F, or 0xC2 starting a two-byte one. Most text has none of
    // these bytes, so it is checked as bytes first (this runs on every
    // line drawn or exported).
    if !may_hold_controls(text.as_bytes()) || !text.chars().any(|c| c.is_control() && c != '\n') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\n' => '\n',
                '\t' => ' ',
                c if (c as u32) < 0x20 => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
                '\u{7f}' => '\u{2421}',
                c if c.is_control() => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

/// Whether `bytes` hold a byte that may start a control character (see
/// [`printable`]).
fn may_hold_controls(bytes: &[u8]) -> bool {
    find_byte(bytes, 0, |b| {
        (b < 0x20) && (b != b'\n') || (b == 0x7f) || (b == 0xc2)
    })
    .is_some()
}

/// Where the first byte at or after `from` that is `wanted` is. Most text
/// has none or few of the bytes looked for (controls, characters to
/// escape), so 32 bytes are looked at together, without stopping inside a
/// block, which the compiler turns into vector instructions, until one
/// holds such a byte: this runs on every line drawn or exported, some ten
/// megabytes for a large journal. `wanted` should be plain comparisons.
#[inline]
pub fn find_byte(bytes: &[u8], from: usize, wanted: impl Fn(u8) -> bool) -> Option<usize> {
    let mut start = from;
    for block in bytes.get(from..)?.chunks(32) {
        if block.iter().fold(false, |seen, &b| seen | wanted(b)) {
            return block.iter().position(|&b| wanted(b)).map(|i| start + i);
        }
        start += block.len();
    }
    None
}

/// The text of the line a file's `span` starts on, trimmed and shortened
/// to one line of 60 columns, as a problem quotes it; `None` without a span
/// or on a blank line.
pub fn line_at(src: &str, span: Option<std::ops::Range<usize>>) -> Option<String> {
    let start = span?.start.min(src.len());
    let from = src.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let line = src.get(from..)?.lines().next()?.trim();
    if line.is_empty() {
        return None;
    }
    Some(one_line(line, 60))
}

/// The first line of `text`, shortened to `width` columns with an ellipsis.
pub fn one_line(text: &str, width: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::UnicodeWidthStr;
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let first = printable(first);
    let mut out = String::new();
    let mut used = 0;
    let more = first.width() > width || text.trim().lines().count() > 1;
    // By grapheme, so a joined emoji (👨‍👩‍👧) or a flag is kept whole or
    // left out whole, never cut into pieces the terminal draws differently.
    for g in first.graphemes(true) {
        let w = g.width();
        if used + w + usize::from(more) > width {
            break;
        }
        used += w;
        out.push_str(g);
    }
    if more && width > 0 {
        out.push('…');
    }
    out
}

/// A count as people read it: `10000` as `10,000`.
pub fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Without the ICU line breaker: text with no spaces (Chinese, Japanese)
    /// still wraps within the width, by display columns, losing nothing;
    /// text with spaces breaks between words.
    #[test]
    fn wide_text_without_spaces_wraps_within_the_width() {
        use unicode_width::UnicodeWidthStr;
        let cjk = "我们需要时间重新建立信任。慢慢来，一步一步地走。今日はゆっくり話しましょう。";
        for width in [6, 10, 17, 40] {
            let lines = wrap(cjk, width);
            assert!(lines.len() > 1 || cjk.width() <= width);
            for line in &lines {
                assert!(line.width() <= width, "{line:?} is wider than {width}");
            }
            assert_eq!(lines.concat(), cjk, "nothing lost at {width}");
        }
        let words = wrap("rebuilding trust takes time and patience", 12);
        assert_eq!(words, ["rebuilding", "trust takes", "time and", "patience"]);
    }

    #[test]
    fn counts_are_grouped_by_thousands() {
        for (n, said) in [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1000, "1,000"),
            (10_000, "10,000"),
            (123_456, "123,456"),
            (1_000_000, "1,000,000"),
        ] {
            assert_eq!(count(n), said);
        }
    }

    #[test]
    fn escape_sequences_never_reach_the_terminal() {
        let hostile = "hi\u{1b}[2J\u{1b}]0;owned\u{7}there\u{9b}";
        let safe = printable(hostile);
        assert!(!safe.chars().any(char::is_control), "{safe:?}");
        assert!(safe.contains("hi") && safe.contains("there"));
    }

    #[test]
    fn a_control_character_is_found_wherever_it_sits_in_a_long_line() {
        for len in [1, 31, 32, 33, 64, 100] {
            for at in 0..len {
                for control in ['\u{1b}', '\u{7f}', '\u{9b}', '\t'] {
                    let mut line: Vec<char> = "é".repeat(len).chars().collect();
                    line[at] = control;
                    let line: String = line.into_iter().collect();
                    let safe = printable(&line);
                    assert!(!safe.chars().any(char::is_control), "{len} {at} {line:?}");
                }
            }
        }
    }

    #[test]
    fn plain_text_is_not_copied() {
        assert!(matches!(
            printable("just words\nand lines"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn wrapping_counts_wide_characters_by_width() {
        let lines = wrap("信頼を取り戻す 信頼を取り戻す", 8);
        for l in &lines {
            assert!(
                unicode_width::UnicodeWidthStr::width(l.as_str()) <= 8,
                "{l}"
            );
        }
        assert!(lines.len() >= 2);
    }

    #[test]
    fn a_long_report_line_goes_on_below_its_words_and_short_ones_are_kept() {
        let long = format!(
            "  ok  backups: none yet (one is kept whenever the journal is written whole, at least once a day it is used)\n  !!  a path /{}/trust-mend-edit.md and more words after it\nshort\n",
            "x-y".repeat(30)
        );
        let fitted = fit_report(&long, 80, &["  ok  ", "  !!  "]);
        for line in fitted.lines() {
            let path = line.contains("/trust-mend-edit.md");
            assert!(line.chars().count() <= 80 || path, "{line:?}");
        }
        let lines: Vec<&str> = fitted.lines().collect();
        assert_eq!(
            lines[..2],
            [
                "  ok  backups: none yet (one is kept whenever the journal is written whole, at",
                "      least once a day it is used)"
            ]
        );
        let path = format!("/{}/trust-mend-edit.md", "x-y".repeat(30));
        assert!(lines.iter().any(|l| l.contains(&path)), "{fitted}");
        assert_eq!(lines.last(), Some(&"short"));
        assert!(fitted.ends_with('\n'));
        // Nothing but the breaks changed.
        let words = |t: &str| t.split_whitespace().map(String::from).collect::<Vec<_>>();
        assert_eq!(words(&fitted), words(&long));
        assert_eq!(fit_report("a\n\n  ok  b\n", 80, &[]), "a\n\n  ok  b\n");
    }

    #[test]
    fn paragraph_breaks_survive_wrapping() {
        assert_eq!(wrap("one\n\ntwo", 20), ["one", "", "two"]);
    }

    #[test]
    fn one_line_shortens_with_an_ellipsis() {
        assert_eq!(one_line("a long first line here", 10), "a long fi…");
        assert_eq!(one_line("short", 10), "short");
        assert_eq!(one_line("first\nsecond", 10), "first…");
        assert_eq!(one_line("🙂🙂🙂🙂🙂🙂", 5), "🙂🙂…");
    }

    #[test]
    fn one_line_keeps_joined_emoji_and_flags_whole() {
        let family = "👨\u{200d}👩\u{200d}👧";
        let cut = one_line(&family.repeat(4), 5);
        assert_eq!(cut, format!("{family}{family}…"));
        assert_eq!(one_line("👋🏽👋🏽👋🏽👋🏽", 5), "👋🏽👋🏽…");
        assert_eq!(one_line("🇯🇵🇯🇵🇯🇵🇯🇵", 4), "🇯🇵…");
        assert_eq!(one_line("信頼を取り戻す", 7), "信頼を…");
    }
}
