use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

use super::*;

fn shown<'a>(text: &'a str, q: &str) -> Vec<&'a str> {
    let q = Query::new(q);
    q.ranges(text).into_iter().map(|r| &text[r]).collect()
}

#[test]
fn case_and_accents_do_not_matter() {
    for (text, q) in [
        ("Café at noon", "cafe"),
        ("CAFÉ AT NOON", "café"),
        ("cafe at noon", "CAFÉ"),
        ("Ünterwegs", "unterwegs"),
        ("Ça va", "ca va"),
        ("Straße", "strasse"),
        ("ΣΟΦΙΑ σοφία", "σοφια"),
        ("ｔｒｕｓｔ again", "trust"),
    ] {
        assert!(Query::new(q).matches(&[text]), "{q:?} in {text:?}");
    }
    assert!(!Query::new("cafe").matches(&["a quiet evening"]));
}

#[test]
fn every_word_must_be_there_in_any_order() {
    let q = Query::new("walk  Morning");
    assert!(q.matches(&["This morning we went for a walk."]));
    assert!(!q.matches(&["This morning we stayed in."]));
    // Between a title and a body, too.
    assert!(q.matches(&["Morning", "a long walk"]));
}

#[test]
fn nothing_to_look_for_matches_nothing() {
    for q in ["", "   ", "\u{301}"] {
        let q = Query::new(q);
        assert!(q.is_empty());
        assert!(!q.matches(&["anything"]));
        assert!(q.ranges("anything").is_empty());
    }
}

#[test]
fn highlights_cover_the_original_letters_whole() {
    assert_eq!(shown("Café, then café", "CAFE"), ["Café", "café"]);
    // "e" and a combining accent: one grapheme, highlighted whole.
    assert_eq!(shown("cafe\u{301} time", "cafe"), ["cafe\u{301}"]);
    // Wide characters and emoji keep their bytes together.
    assert_eq!(shown("今日は散歩した", "散歩"), ["散歩"]);
    assert_eq!(shown("we 👩‍❤️‍👨 walked", "walk"), ["walk"]);
    // A match inside a letter that folds to two ("ß" as "ss") takes the letter.
    assert_eq!(shown("Straße", "s"), ["S", "ß"]);
    // Overlapping words are one highlight.
    assert_eq!(shown("honesty", "hon nest"), ["honest"]);
}

#[test]
fn narrowing_is_only_claimed_when_true() {
    let q = |s| Query::new(s);
    assert!(q("walks").narrows(&q("walk")));
    assert!(q("walk m").narrows(&q("walk")));
    assert!(q("walk").narrows(&q("")));
    assert!(!q("wal").narrows(&q("walk")));
    assert!(!q("talk").narrows(&q("walk")));
}

/// Text from many scripts, with combining marks, emoji, wide letters and
/// line breaks, so graphemes of more than one char come up often.
fn unicode_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z ]{1,6}",
        Just("é".to_string()),
        Just("e\u{301}".to_string()),
        Just("\u{301}".to_string()),
        Just("ß".to_string()),
        Just("İ".to_string()),
        Just("👩‍❤️‍👨".to_string()),
        Just("🇫🇷".to_string()),
        Just("散歩".to_string()),
        Just("ｔｒ".to_string()),
        Just("\r\n".to_string()),
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn ranges_are_whole_graphemes_that_fold_to_a_word(
        text in unicode_text(),
        cut in any::<(usize, usize)>(),
    ) {
        // A query taken from the text itself, at any char boundary.
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let (a, b) = (cut.0 % bounds.len(), cut.1 % bounds.len());
        let (a, b) = (bounds[a.min(b)], bounds[a.max(b)]);
        let q = Query::new(&text[a..b]);
        let graphemes: Vec<usize> = text
            .grapheme_indices(true)
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let ranges = q.ranges(&text);
        let mut end = 0;
        for r in &ranges {
            prop_assert!(r.start >= end && r.start < r.end, "{ranges:?}");
            end = r.end;
            prop_assert!(graphemes.contains(&r.start) && graphemes.contains(&r.end));
        }
        // Each range holds a word, or is several words' highlights merged.
        for r in &ranges {
            let lit = fold(&text[r.clone()]);
            let any = q.terms().iter().any(|t| lit.contains(t.as_str()));
            prop_assert!(any, "{lit:?} holds none of {:?}", q.terms());
        }
        // The query came from the text, so the text matches it, and a match
        // always has something to highlight.
        if !q.is_empty() {
            prop_assert!(q.matches(&[&text]));
            prop_assert!(!ranges.is_empty());
        }
    }

    #[test]
    fn matching_agrees_with_folding_both_sides(text in unicode_text(), q in unicode_text()) {
        let query = Query::new(&q);
        let folded = fold(&text);
        let want = !query.is_empty() && query.terms().iter().all(|t| folded.contains(t.as_str()));
        prop_assert_eq!(query.matches(&[&text]), want);
        prop_assert_eq!(query.ranges(&text).is_empty(), !query.terms().iter().any(|t| folded.contains(t.as_str())));
    }

    #[test]
    fn folding_is_stable_and_piecewise(a in unicode_text(), b in unicode_text()) {
        let once = fold(&a);
        prop_assert_eq!(fold(&once), once.clone(), "folding twice changes nothing");
        prop_assert_eq!(fold(&format!("{a}{b}")), format!("{once}{}", fold(&b)));
    }
}

/// Where each word of `q` first is in `joined` from `from(i)` on, found by
/// reading the one string: what reading a heading and words apart must say.
fn in_one_string(q: &Query, joined: &str, from: impl Fn(usize) -> usize) -> Option<Vec<u32>> {
    q.terms()
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let start = from(i).min(joined.len());
            let found = joined.as_bytes()[start..]
                .windows(t.len())
                .position(|w| w == t.as_bytes())?;
            u32::try_from(start + found).ok()
        })
        .collect()
}

fn text<'a>(heading: &'a str, body: &'a str) -> Text<'a> {
    Text::new(heading, body)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Starting each word's search where the word it grew from was first
    /// finds the same places as searching from the start.
    #[test]
    fn a_narrowing_search_finds_the_same_first_places(
        heading in "[abé ]{0,12}",
        body in "[abé ]{0,40}",
        wider in "[abé ]{0,4}",
        more in "[abé ]{0,3}",
    ) {
        let (heading, body) = (fold(&heading), fold(&body));
        let folded = text(&heading, &body);
        let (w, q) = (Query::new(&wider), Query::new(&format!("{wider}{more}")));
        prop_assume!(q.narrows(&w));
        let mut old = Vec::new();
        if !w.first_positions(folded, |_| 0, &mut old) {
            return Ok(());
        }
        let plan = q.inside(&w);
        let from = |i: usize| plan[i].map_or(0, |(j, k)| (old[j] as usize).saturating_sub(k));
        let (mut a, mut b) = (Vec::new(), Vec::new());
        prop_assert_eq!(
            q.first_positions(folded, from, &mut a),
            q.first_positions(folded, |_| 0, &mut b)
        );
        prop_assert_eq!(a, b);
    }

    /// A heading and words read where they lie, apart, give what reading
    /// them joined by a line break in one string gives, from any starting
    /// place: in the heading, at the line break, in the words, past them.
    #[test]
    fn a_heading_and_words_apart_read_as_one_text(
        heading in "[ab ]{0,10}",
        body in "[ab ]{0,30}",
        query in "[ab ]{1,8}",
        starts in proptest::collection::vec(0usize..50, 4),
    ) {
        let q = Query::new(&query);
        prop_assume!(!q.is_empty());
        let joined = format!("{heading}\n{body}");
        let from = |i: usize| starts[i % starts.len()];
        let mut out = vec![7];
        let found = q.first_positions(text(&heading, &body), from, &mut out);
        let expected = in_one_string(&q, &joined, from);
        prop_assert_eq!(found, expected.is_some());
        let mut want = vec![7];
        want.extend(expected.unwrap_or_default());
        prop_assert_eq!(out, want);
    }
}

#[test]
fn asking_memory_for_words_changes_nothing_and_past_the_end_is_nothing() {
    let folded = fold("Walked by the sea");
    for at in [0, 5, folded.len() - 1, folded.len(), usize::MAX] {
        prefetch(folded.as_bytes(), at);
    }
    prefetch(&[], 0);
    let heading = fold("The Sea");
    let both = text(&heading, &folded);
    for at in [0, 3, 7, 8, 20, 25, usize::MAX] {
        both.prefetch(at, 4);
    }
    let mut out = Vec::new();
    assert!(Query::new("sea walk").first_positions(text("", &folded), |_| 0, &mut out));
    assert_eq!(out, vec![1, 15]);
    out.clear();
    assert!(Query::new("sea walk").first_positions(both, |_| 0, &mut out));
    assert_eq!(out, vec![8, 4]);
}
