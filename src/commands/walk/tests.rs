//! The edge of `walk` with the clock taken out: the breathing guide's
//! pace, stopping it, and what is printed after a typo or `?`.

use std::sync::mpsc;

use super::*;
use crate::model::{Role, Store};
use crate::testing::t0;
use crate::workbook::Session;

/// Waits nothing; keeps what it was asked to wait, and takes a line after
/// `stop_after` waits (as if Enter were pressed then).
struct Recorded {
    waits: Vec<Duration>,
    stop_after: Option<usize>,
}

impl Pause for Recorded {
    fn wait(&mut self, how_long: Duration, input: &Input) -> Waited {
        self.waits.push(how_long);
        if Some(self.waits.len()) == self.stop_after {
            return match input.next() {
                Some(_) => Waited::Typed,
                None => Waited::Ended,
            };
        }
        Waited::Elapsed
    }
}

/// Robin alone, on home; `lines` typed; what `walk` printed, and the waits.
fn talk(lines: &[&str], reduce_motion: bool, stop_after: Option<usize>) -> (String, Vec<Duration>) {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::at(dir.path().to_path_buf());
    let mut store = Store::default();
    store.add_partner("Robin", Role::Hurt, t0());
    store.partners[0].seen_safety_note = true;
    let content = Arc::new(Content::bundled().unwrap());
    let config = crate::config::Config {
        reduce_motion,
        ..Default::default()
    };
    let mut wb =
        Workbook::new(content, store.clone(), Session::default(), None).with_config(config);
    let mut saver = Saver::new(data);
    saver.start_from(store);
    let mut edge = effects::AtOnce::new(saver);
    let (tx, rx) = mpsc::channel();
    for l in lines {
        tx.send(Ok(l.to_string())).unwrap();
    }
    drop(tx);
    let mut out = Vec::new();
    let mut pause = Recorded {
        waits: Vec::new(),
        stop_after,
    };
    converse(
        &mut wb,
        &mut edge,
        &Input::from(rx),
        &mut out,
        &mut pause,
        &t0,
        false,
    )
    .unwrap();
    (String::from_utf8(out).unwrap(), pause.waits)
}

#[test]
fn the_calm_screen_breathes_in_paced_lines_at_4_4_6() {
    let (out, waits) = talk(&["t", "b", "q"], false, None);
    let secs: Vec<u64> = waits.iter().map(Duration::as_secs).collect();
    assert_eq!(secs, [4, 4, 6].repeat(walk::calm::BREATHS), "{out}");
    let guide: Vec<&str> = out
        .lines()
        .skip_while(|l| *l != walk::calm::GUIDE_START)
        .take(4)
        .collect();
    assert_eq!(
        guide,
        [
            walk::calm::GUIDE_START,
            "Breath 1 of 3. Breathe in…",
            "Hold…",
            "Breathe out…"
        ],
        "{out}"
    );
    assert!(out.contains(walk::calm::GUIDE_END), "{out}");
    // Then the page, and back home.
    assert!(out.contains("Grounding, step 1 of 5"), "{out}");
    assert!(out.matches("Home. Robin").count() == 2, "{out}");
}

#[test]
fn a_line_typed_during_the_guide_stops_it_and_is_not_taken_as_a_choice() {
    // Enter during the second wait: the guide stops there; "q" after it
    // is the next choice (back on the calm page: save and quit).
    let (out, waits) = talk(&["t", "", "q"], false, Some(2));
    assert_eq!(waits.len(), 2, "{out}");
    assert!(out.contains(walk::calm::GUIDE_STOPPED), "{out}");
    assert!(!out.contains(walk::calm::GUIDE_END), "{out}");
    assert!(!out.contains("not one of the choices"), "{out}");
    assert!(out.contains("Grounding, step 1 of 5"), "{out}");
}

#[test]
fn with_reduce_motion_nothing_is_paced_and_the_pattern_is_said_in_words() {
    let (out, waits) = talk(&["t", "r", "b", "q"], true, None);
    assert!(waits.is_empty(), "{waits:?}");
    assert!(!out.contains(walk::calm::GUIDE_START), "{out}");
    assert!(out.contains(&crate::workbook::calm::intro_still()), "{out}");
    // No "breathe with me again" either: "r" is not a choice there.
    assert!(out.contains("\"r\" is not one of the choices"), "{out}");
}

#[test]
fn breathe_again_paces_once_more_and_lists_only_the_choices() {
    let (out, waits) = talk(&["t", "r", "b", "q"], false, None);
    assert_eq!(waits.len(), 2 * 3 * walk::calm::BREATHS);
    assert_eq!(out.matches(walk::calm::GUIDE_START).count(), 2);
    assert_eq!(out.matches("Grounding, step 1 of 5").count(), 1, "{out}");
}

#[test]
fn a_typo_or_a_question_mark_repeats_the_choices_only() {
    let (out, _) = talk(&["zz", "?", "q"], false, None);
    assert_eq!(out.matches("Home. Robin").count(), 1, "{out}");
    assert!(out.contains("\"zz\" is not one of the choices. The choices are:"));
    // The choices, three times: with the page, after the typo, after "?".
    assert_eq!(out.matches(") when it is too much").count(), 3, "{out}");
}

/// Alex and Sam, Alex on home; `lines` typed; what `walk` printed to a
/// terminal (`terminal`) or a pipe.
fn two_at_one_keyboard(lines: &[&str], terminal: bool) -> String {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::at(dir.path().to_path_buf());
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.add_partner("Sam", Role::Repairing, t0());
    for p in &mut store.partners {
        p.seen_safety_note = true;
    }
    let content = Arc::new(Content::bundled().unwrap());
    let mut wb = Workbook::new(content, store.clone(), Session::default(), Some("Alex"));
    let mut saver = Saver::new(data);
    saver.start_from(store);
    let mut edge = effects::AtOnce::new(saver);
    let (tx, rx) = mpsc::channel();
    for l in lines {
        tx.send(Ok(l.to_string())).unwrap();
    }
    drop(tx);
    let mut out = Vec::new();
    let mut pause = Recorded {
        waits: Vec::new(),
        stop_after: None,
    };
    converse(
        &mut wb,
        &mut edge,
        &Input::from(rx),
        &mut out,
        &mut pause,
        &t0,
        terminal,
    )
    .unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn passing_the_keyboard_clears_the_terminal_and_its_scrollback_before_the_cover() {
    // Alex passes the keyboard, Sam takes it and passes it back.
    let out = two_at_one_keyboard(&["k", "c", "k", "c", "q"], true);
    assert_eq!(out.matches(CLEAR_ALL).count(), 2, "{out:?}");
    for part in out.split(CLEAR_ALL).skip(1) {
        assert!(
            part.trim_start().starts_with("The keyboard is passed."),
            "{part:?}"
        );
    }
    let (before, after) = out.split_once(CLEAR_ALL).unwrap();
    assert!(before.contains("Home. Alex"));
    assert!(!after.split(CLEAR_ALL).next().unwrap().contains("Alex"));
}

#[test]
fn into_a_pipe_nothing_extra_is_printed() {
    let out = two_at_one_keyboard(&["k", "c", "k", "c", "q"], false);
    assert!(!out.contains('\x1b'), "{out:?}");
    assert!(out.contains("The keyboard is passed."));
}

/// The guide's first and last words come from the catalogue: in English
/// the very words `walk` declares, in Spanish Spanish ones.
#[test]
fn the_guide_s_own_words_are_in_the_language() {
    use crate::i18n::{Lang, in_language};
    in_language(Lang::EN, || {
        assert_eq!(crate::t!("walk-edge-guide-start"), walk::calm::GUIDE_START);
        assert_eq!(crate::t!("walk-edge-guide-end"), walk::calm::GUIDE_END);
        assert_eq!(
            crate::t!("walk-edge-guide-stopped"),
            walk::calm::GUIDE_STOPPED
        );
    });
    let guide = |stop_after: Option<usize>| {
        let (tx, rx) = mpsc::channel();
        tx.send(Ok(String::new())).unwrap();
        drop(tx);
        let mut out = Vec::new();
        let mut pause = Recorded {
            waits: Vec::new(),
            stop_after,
        };
        breathe(&Input::from(rx), &mut out, &mut pause).unwrap();
        String::from_utf8(out).unwrap()
    };
    in_language(Lang::ES, || {
        let whole = guide(None);
        assert!(whole.contains("Respira al ritmo de las líneas"), "{whole}");
        assert!(
            whole.contains("Fueron tres respiraciones lentas"),
            "{whole}"
        );
        let stopped = guide(Some(1));
        assert!(stopped.contains("Paramos aquí."), "{stopped}");
        for english in [
            walk::calm::GUIDE_START,
            walk::calm::GUIDE_END,
            walk::calm::GUIDE_STOPPED,
        ] {
            assert!(!whole.contains(english) && !stopped.contains(english));
        }
    });
}
