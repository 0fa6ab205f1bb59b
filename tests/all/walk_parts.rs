//! Every part of the workbook through `trustmend walk`, from standard input
//! to standard output, as a screen-reader user would go: type a choice,
//! listen to the lines that come back. Each test checks what the person
//! hears and what reached the disk; the last one walks through every part
//! and checks that no line ever holds a terminal control sequence or a
//! box-drawing character.

use crate::common;

use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use chrono::{Duration, Local};
use common::{run_cli, stderr, stdout};
use trustmend::model::{Body, CheckIn, Entry, EntryKind, Role, SafetyOutcome, Store, Visibility};
use trustmend::store::DataDir;

use crate::common::t0;

/// `trustmend walk` with `input` typed; (exited well, what it printed, errors).
fn walk(dir: &Path, input: &str) -> (bool, String, String) {
    let mut cmd = crate::common::command();
    cmd.arg("walk")
        .env("TRUSTMEND_DATA_DIR", dir.join("data"))
        .env("TRUSTMEND_CONFIG", dir.join("config.toml"));
    let out = crate::common::fed(cmd, input);
    (out.status.success(), stdout(&out), stderr(&out))
}

/// A workbook in `dir/data` with what `setup` put in the store.
fn seeded(dir: &Path, setup: impl FnOnce(&mut Store)) -> DataDir {
    let data = DataDir::at(dir.join("data"));
    data.ensure().unwrap();
    let mut store = Store::default();
    setup(&mut store);
    data.save_store(&mut store).unwrap();
    data
}

fn saved(dir: &Path) -> Store {
    DataDir::at(dir.join("data")).load_store().unwrap().unwrap()
}

/// Alex alone, past the welcome.
fn alex(store: &mut Store) {
    store.add_partner("Alex", Role::Hurt, t0());
    store.partners[0].seen_safety_note = true;
}

/// Alex and Sam, both safety checks clear (couples mode on).
fn couple(store: &mut Store) {
    for (name, role) in [("Alex", Role::Hurt), ("Sam", Role::Repairing)] {
        let id = store.add_partner(name, role, t0());
        let p = store.partner_mut(id).unwrap();
        p.seen_safety_note = true;
        p.safety_check = Some(SafetyOutcome::Clear);
    }
}

fn entry(store: &mut Store, author_index: usize, kind: EntryKind, text: &str, vis: Visibility) {
    let id = store.fresh_id();
    let author = store.partners[author_index].id;
    store.entries.push(Entry {
        id,
        author,
        kind,
        heading: "What I want you to know".into(),
        body: Body::Text(text.into()),
        visibility: vis,
        created: t0(),
        updated: t0(),
    });
}

fn content() -> trustmend::content::Content {
    trustmend::content::Content::bundled().unwrap()
}

/// The lines after the last one holding `marker`.
fn after<'a>(out: &'a str, marker: &str) -> &'a str {
    out.rfind(marker).map_or("", |i| &out[i..])
}

#[test]
fn home_offers_every_part_of_the_workbook_and_question_mark_lists_them() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), alex);
    let (ok, out, err) = walk(dir.path(), "?\nq\n");
    assert!(ok, "{err}\n{out}");
    for choice in [
        "1) Open communication",
        "n) the suggested next step",
        "i) Before you begin",
        "j) your journal",
        "f) questions people ask",
        "m) when is it time to move on?",
        "h) help and safety",
        "c) check in",
        "p) progress over time",
        "a) add your partner",
        "x) protect your private entries",
        "t) when it is too much",
        "q) save and quit",
    ] {
        assert_eq!(out.matches(choice).count(), 2, "{choice:?} twice:\n{out}");
    }
    assert_eq!(out.matches("Home. Alex").count(), 1, "{out}");
}

#[test]
fn a_mistyped_choice_on_a_long_page_repeats_only_the_choices() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), alex);
    let guidance = content().strategies[0].guidance.clone();
    let (ok, out, err) = walk(dir.path(), "1\nzz\nq\n");
    assert!(ok, "{err}\n{out}");
    assert_eq!(out.matches(guidance.as_str()).count(), 1, "{out}");
    let repeat = after(&out, "\"zz\" is not one of the choices");
    assert!(repeat.len() < 300, "{} characters: {repeat}", repeat.len());
    assert!(repeat.contains("c) continue to the prompts"), "{repeat}");
}

#[test]
fn the_journal_lists_reads_edits_shares_and_deletes_an_entry() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), |s| {
        couple(s);
        entry(
            s,
            0,
            EntryKind::Free { strategy: None },
            "First words.",
            Visibility::Private,
        );
        entry(
            s,
            0,
            EntryKind::Free { strategy: None },
            "Second entry.",
            Visibility::Private,
        );
    });
    // Alex; the journal; read entry 1; edit it; share it (asked once, by
    // name); back; delete 2.
    let input = "1\nj\n1\ne\nNew words for it.\nA second line.\n.\nv\ny\nb\n2\nd\ny\nq\n";
    let (ok, out, err) = walk(dir.path(), input);
    assert!(ok, "{err}\n{out}");
    assert!(
        out.contains("Your journal: 2 entries, newest first."),
        "{out}"
    );
    assert!(out.contains("First words."), "{out}");
    assert!(out.contains("Editing your entry."), "{out}");
    assert!(
        out.contains("Sam will be able to read this. Share?"),
        "{out}"
    );
    assert!(out.contains("Note: Saved."), "{out}");
    assert!(
        out.contains("Shared: your partner can read this entry"),
        "{out}"
    );
    assert!(
        out.contains("Delete this entry? It cannot be undone."),
        "{out}"
    );
    assert!(out.contains("Entry deleted."), "{out}");
    let store = saved(dir.path());
    let bodies: Vec<(&str, Visibility)> = store
        .entries
        .iter()
        .map(|e| (e.body.text().unwrap_or(""), e.visibility))
        .collect();
    assert_eq!(bodies.len(), 1, "{bodies:?}");
    let [(text, vis)] = bodies[..] else { panic!() };
    assert_eq!(text, "New words for it.\nA second line.");
    assert_eq!(vis, Visibility::Shared, "{bodies:?}");
}

#[test]
fn sam_reads_what_alex_shared_after_the_keyboard_is_passed() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), |s| {
        couple(s);
        entry(
            s,
            0,
            EntryKind::Free { strategy: None },
            "Shared with you.",
            Visibility::Shared,
        );
        entry(
            s,
            0,
            EntryKind::Free { strategy: None },
            "Mine alone.",
            Visibility::Private,
        );
    });
    // Alex; pass the keyboard; Sam says he is ready; shared entries.
    let (ok, out, err) = walk(dir.path(), "1\nk\nc\ns\nq\n");
    assert!(ok, "{err}\n{out}");
    let cover = after(&out, "The keyboard is passed.");
    assert!(cover.contains("c) I am Sam, and ready"), "{out}");
    assert!(
        !cover.contains("Alex") || cover.contains("Shared entry"),
        "{cover}"
    );
    assert!(out.contains("Home. Sam"), "{out}");
    assert!(out.contains("by Alex"), "{out}");
    assert!(out.contains("Shared with you."), "{out}");
    assert!(!out.contains("Mine alone."), "{out}");
}

#[test]
fn a_check_in_is_one_question_at_a_time_and_saved_once_on_the_disk() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), alex);
    // Mood 3, trust 10, sleep 2, appetite 4, stress 5; tick the first
    // feeling; skip the body signs; a note.
    let input = "c\n3\n10\n2\n4\n5\n1\nd\nd\nA long day.\nq\n";
    let (ok, out, err) = walk(dir.path(), input);
    assert!(ok, "{err}\n{out}");
    assert!(
        out.contains("Check-in, question 1 of 8. Mood: from 1 (low) to 5 (good)."),
        "{out}"
    );
    assert!(
        out.contains("Trust right now: from 0 (none) to 10 (full)."),
        "{out}"
    );
    assert!(out.contains("(optional)"), "{out}");
    assert!(out.contains("Check-in saved."), "{out}");
    // Said once: the check-in's own words say it, so no "Saved." beside them.
    assert_eq!(out.matches("Check-in saved.").count(), 1, "{out}");
    assert!(!out.contains("Saved."), "{out}");
    let store = saved(dir.path());
    let c = store.checkins.first().expect("a check-in on the disk");
    assert_eq!(
        (c.mood, c.trust, c.sleep, c.appetite, c.stress),
        (Some(3), Some(10), Some(2), Some(4), Some(5))
    );
    assert_eq!(c.feelings.len(), 1);
    assert!(c.body_signs.is_empty());
    assert_eq!(c.note.as_deref(), Some("A long day."));
}

#[test]
fn every_number_of_a_check_in_may_be_skipped() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), alex);
    // Only trust, 6; then a check-in with nothing at all, which is left.
    let input = "c\ns\n6\ns\ns\ns\nd\nd\n\nc\ns\ns\ns\ns\ns\nd\nd\n\nq\n";
    let (ok, out, err) = walk(dir.path(), input);
    assert!(ok, "{err}\n{out}");
    assert!(out.contains("s) skip this question"), "{out}");
    assert_eq!(out.matches("Check-in saved.").count(), 1, "{out}");
    let store = saved(dir.path());
    let [c] = &store.checkins[..] else {
        panic!("one check-in: {out}")
    };
    assert_eq!(
        (c.mood, c.trust, c.sleep, c.appetite, c.stress),
        (None, Some(6), None, None, None)
    );
    // The empty one went home, and "q" there quit: no question asked again.
    assert_eq!(out.matches("Home. Alex").count(), 3, "{out}");
}

#[test]
fn leaving_a_check_in_half_done_is_asked_first() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), alex);
    let (ok, out, err) = walk(dir.path(), "c\n3\nb\ny\nq\n");
    assert!(ok, "{err}\n{out}");
    assert!(out.contains("Leave the check-in?"), "{out}");
    assert!(saved(dir.path()).checkins.is_empty());
}

#[test]
fn progress_says_the_last_values_the_trend_in_words_and_a_sparkline() {
    let dir = tempfile::tempdir().unwrap();
    let today = Local::now().fixed_offset();
    seeded(dir.path(), |s| {
        alex(s);
        let author = s.partners[0].id;
        for (days_ago, trust) in [(6, 2), (5, 2), (2, 8), (1, 8)] {
            s.checkins.push(CheckIn {
                author,
                at: today - Duration::days(days_ago),
                mood: Some(3),
                trust: Some(trust),
                sleep: Some(3),
                appetite: Some(3),
                stress: Some(2),
                feelings: Default::default(),
                body_signs: Default::default(),
                note: None,
            });
        }
    });
    let (ok, out, err) = walk(dir.path(), "p\nt\nq\n");
    assert!(ok, "{err}\n{out}");
    assert!(
        out.contains("Progress: your check-ins over the last 2 weeks."),
        "{out}"
    );
    assert!(
        out.contains("mood 3, trust 8, sleep 3, appetite 3, stress 2."),
        "{out}"
    );
    assert!(out.contains("4 of 14 days with a check-in."), "{out}");
    let trust = out
        .lines()
        .find(|l| l.starts_with("Trust (0 to 10):"))
        .unwrap_or_default();
    assert!(
        trust.contains("going up, from about 2 to about 8"),
        "{trust}"
    );
    // One mark a day: 14 marks, 4 of them check-ins, the rest gaps.
    let line: String = trust.rsplit(". ").next().unwrap_or_default().into();
    assert_eq!(line.chars().count(), 14, "{line:?}");
    assert_eq!(line.chars().filter(|c| *c == '·').count(), 10, "{line:?}");
    assert!(line.contains('▂') && line.contains('▇'), "{line:?}");
    assert!(
        out.contains("Mood (1 to 5): about the same, around 3."),
        "{out}"
    );
    assert!(out.contains("Progress: the strategies."), "{out}");
    assert!(out.contains("1. Open communication: not started"), "{out}");
}

#[test]
fn before_you_begin_and_the_faq_are_read_part_by_part() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), alex);
    let c = content();
    let (ok, out, err) = walk(dir.path(), "i\nn\nb\nf\n3\nb\nq\n");
    assert!(ok, "{err}\n{out}");
    let parts = c.foundations.sections.len();
    assert!(out.contains(&format!(
        "Before you begin, 1 of {parts}: {}",
        c.foundations.sections[0].title
    )));
    assert!(
        out.contains(&format!("Before you begin, 2 of {parts}")),
        "{out}"
    );
    assert!(out.contains(&c.foundations.sections[1].body), "{out}");
    assert!(out.contains(&format!(
        "Questions people ask, 3 of {}: {}",
        c.faq.len(),
        c.faq[2].question
    )));
    assert!(out.contains(&c.faq[2].answer), "{out}");
}

#[test]
fn help_and_safety_lists_where_to_turn() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), alex);
    let (ok, out, err) = walk(dir.path(), "h\nb\nq\n");
    assert!(ok, "{err}\n{out}");
    let page = after(&out, "Help and safety.");
    assert!(page.contains("findahelpline.com"), "{page}");
    assert!(page.contains("Ctrl+Q"), "{page}");
    assert!(page.contains(&content().safety.unsafe_help), "{page}");
}

#[test]
fn ticking_a_sign_of_danger_on_the_move_on_checklist_offers_help_at_once() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), alex);
    let c = content();
    let danger = c.move_on.signs.iter().position(|s| s.offers_help).unwrap() + 1;
    let calm = c.move_on.signs.iter().position(|s| !s.offers_help).unwrap() + 1;
    let input = format!("m\n{calm}\n{calm}\n{danger}\nb\nq\n");
    let (ok, out, err) = walk(dir.path(), &input);
    assert!(ok, "{err}\n{out}");
    assert!(out.contains("1 of"), "ticked once: {out}");
    assert!(
        out.contains(trustmend::workbook::help_offered().as_str()),
        "{out}"
    );
    assert!(
        after(&out, trustmend::workbook::help_offered().as_str()).contains("findahelpline.com")
    );
    let store = saved(dir.path());
    let ticked: Vec<&String> = store.partners[0].move_on.iter().collect();
    assert_eq!(ticked, [&c.move_on.signs[danger - 1].id], "{out}");
}

#[test]
fn together_prompts_reveal_both_answers_only_once_both_are_in() {
    let dir = tempfile::tempdir().unwrap();
    let prompts = trustmend::privacy::together::prompts(&content());
    let (first, second) = (&prompts[0], &prompts[1]);
    seeded(dir.path(), |s| {
        couple(s);
        for (who, p, text) in [
            (0, first, "Alex's answer."),
            (1, first, "Sam's answer."),
            (0, second, "Only Alex so far."),
        ] {
            let kind = EntryKind::Reflection {
                strategy: p.strategy.clone().into(),
                prompt: p.prompt.clone().into(),
            };
            entry(s, who, kind, text, Visibility::Private);
        }
    });
    let (ok, out, err) = walk(dir.path(), "1\ng\n2\n1\nb\nb\nq\n");
    assert!(ok, "{err}\n{out}");
    assert!(out.contains("(ready to reveal)"), "{out}");
    assert!(out.contains("(waiting for your partner)"), "{out}");
    assert!(out.contains("once your partner has answered too"), "{out}");
    let reveal = after(&out, "You wrote:");
    assert!(reveal.contains("Alex's answer.") && reveal.contains("Sam wrote:\nSam's answer."));
}

#[test]
fn adding_a_partner_starts_with_the_private_safety_check() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), alex);
    let checks = content().safety.checks.len();
    let mut input = String::from("a\n");
    input.push_str(&"1\n".repeat(checks));
    input.push_str("k\n"); // keep these answers
    // The hand-over cover, then the welcome for the second person, who
    // answers their own check behind the cover again.
    input.push_str("c\nc\nSam\n2\n10\nc\nc\n");
    input.push_str(&"1\n".repeat(checks));
    input.push_str("k\nq\n");
    let (ok, out, err) = walk(dir.path(), &input);
    assert!(ok, "{err}\n{out}");
    assert!(out.contains(&format!("Question 1 of {checks}:")), "{out}");
    assert!(out.contains("When the person joining is ready"), "{out}");
    let before_sams_check = after(&out, "When Sam is ready");
    assert!(
        before_sams_check.contains(&format!("Question 1 of {checks}:")),
        "{out}"
    );
    assert!(out.contains("Home. Sam"), "{out}");
    let store = saved(dir.path());
    assert_eq!(store.partners.len(), 2);
    assert_eq!(store.partners[0].safety_check, Some(SafetyOutcome::Clear));
}

#[test]
fn protecting_reads_the_passphrase_twice_and_never_prints_it() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), |s| {
        alex(s);
        entry(
            s,
            0,
            EntryKind::Free { strategy: None },
            "A private line.",
            Visibility::Private,
        );
    });
    let (ok, out, err) = walk(
        dir.path(),
        "x\nwillow by the river\nwillow by the river\n\nq\n",
    );
    assert!(ok, "{err}\n{out}");
    assert!(out.contains("Your recovery key: AGE-SECR"), "{out}");
    assert!(out.contains("Choose a passphrase"), "{out}");
    assert!(out.contains("Type the same passphrase once more"), "{out}");
    assert!(out.contains("Protected."), "{out}");
    assert!(
        !out.contains("Saved."),
        "said once, as \"Protected.\": {out}"
    );
    assert!(!out.contains("willow"), "{out}");
    assert!(!common::journal_on_disk(&dir.path().join("data")).contains("A private line."));
    assert!(saved(dir.path()).partners[0].protection.is_some());
}

#[test]
fn homework_lists_the_steps_and_opens_one() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), alex);
    let file = dir.path().join("homework.toml");
    std::fs::write(&file, trustmend::homework::TEMPLATE).unwrap();
    let import = run_cli(
        &dir.path().join("data"),
        &["homework", "import", file.to_str().unwrap()],
    );
    assert!(import.status.success(), "{}", stderr(&import));
    let (ok, out, err) = walk(dir.path(), "w\n1\nb\nq\n");
    assert!(ok, "{err}\n{out}");
    assert!(out.contains("w) homework from your therapist"), "{out}");
    assert!(
        out.contains("Homework from Dr. Lee, starting 1 March 2026."),
        "{out}"
    );
    assert!(out.contains("1) Open communication ("), "{out}");
    assert!(
        out.contains("prompt from Dr. Lee") || out.contains("prompts from Dr. Lee"),
        "{out}"
    );
    assert!(
        out.contains("1. Open communication"),
        "the strategy opened: {out}"
    );
}

#[test]
fn the_calm_screen_from_walk_is_stopped_by_enter_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), alex);
    let before = common::journal_on_disk(&dir.path().join("data"));
    let (ok, out, err) = walk(dir.path(), "t\n\ng\nb\nq\n");
    assert!(ok, "{err}\n{out}");
    assert!(out.contains(trustmend::walk::calm::GUIDE_START), "{out}");
    assert!(out.contains("Breath 1 of 3. Breathe in…"), "{out}");
    assert!(out.contains(trustmend::walk::calm::GUIDE_STOPPED), "{out}");
    assert!(out.contains("Grounding, step 2 of 5"), "{out}");
    assert!(!out.contains("Saved."), "{out}");
    assert_eq!(common::journal_on_disk(&dir.path().join("data")), before);
}

#[test]
fn with_reduce_motion_the_calm_screen_is_not_paced() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), alex);
    std::fs::write(dir.path().join("config.toml"), "reduce_motion = true\n").unwrap();
    let (ok, out, err) = walk(dir.path(), "t\nb\nq\n");
    assert!(ok, "{err}\n{out}");
    assert!(!out.contains(trustmend::walk::calm::GUIDE_START), "{out}");
    assert!(
        out.contains(&trustmend::workbook::calm::intro_still()),
        "{out}"
    );
}

#[test]
fn an_answer_is_followed_by_saved_only_when_it_is_on_the_disk() {
    let dir = tempfile::tempdir().unwrap();
    seeded(dir.path(), alex);
    let (ok, out, err) = walk(dir.path(), "1\nc\nMy answer.\n.\n.\nq\n");
    assert!(ok, "{err}\n{out}");
    let after_answer = after(&out, "Prompt 2 of");
    assert!(out.contains("Saved.\n"), "{out}");
    assert!(!after_answer.contains("Saved."), "once: {out}");
    assert!(common::journal_on_disk(&dir.path().join("data")).contains("My answer."));
}

#[test]
fn a_save_that_fails_is_never_called_saved() {
    let Some(disk) = common::Tmpfs::mount("64k") else {
        return;
    };
    let dir = disk.path.clone();
    seeded(&dir, alex);
    let mut child = crate::common::command()
        .arg("walk")
        .env("TRUSTMEND_DATA_DIR", dir.join("data"))
        .env("TRUSTMEND_CONFIG", dir.join("config.toml"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = std::io::Read::read(&mut stdout, &mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut out = String::new();
    let read_until = |marker: &str, out: &mut String| {
        while !out.contains(marker) {
            let chunk = rx
                .recv_timeout(std::time::Duration::from_secs(20))
                .unwrap_or_else(|_| panic!("no {marker:?} in:\n{out}"));
            out.push_str(&String::from_utf8_lossy(&chunk));
        }
    };
    stdin.write_all(b"1\nc\n").unwrap();
    read_until("Prompt 1 of", &mut out);
    // The disk fills while the person writes.
    common::fill(&dir);
    let words = "Words that do not fit. ".repeat(400);
    stdin.write_all(format!("{words}\n.\n").as_bytes()).unwrap();
    read_until("is not saved yet", &mut out);
    drop(stdin);
    let status = child.wait().unwrap();
    while let Ok(chunk) = rx.recv_timeout(std::time::Duration::from_secs(5)) {
        out.push_str(&String::from_utf8_lossy(&chunk));
    }
    let asked = out.find("Prompt 1 of").unwrap_or(0);
    assert!(!out[asked..].contains("Saved."), "{out}");
    assert!(!status.success(), "{out}");
}

/// Every part above, once more, with every line checked: no escape
/// sequence, no other control character, no box drawing.
#[test]
fn no_part_of_walk_prints_a_control_sequence_or_box_drawing() {
    let dir = tempfile::tempdir().unwrap();
    let prompts = trustmend::privacy::together::prompts(&content());
    seeded(dir.path(), |s| {
        couple(s);
        s.partners[0].name = "Al\x1b[31mex".into();
        for who in [0, 1] {
            let kind = EntryKind::Reflection {
                strategy: prompts[0].strategy.clone().into(),
                prompt: prompts[0].prompt.clone().into(),
            };
            entry(
                s,
                who,
                kind,
                "Words \x1b[2J with \x07 controls",
                Visibility::Shared,
            );
        }
    });
    let walks = [
        "1\n?\nzz\nq\n",
        "1\nj\n1\ne\nnew\n.\nv\nb\nq\n",
        "1\nc\n3\n7\n2\n4\n5\nd\nd\n\nq\n",
        "1\np\nr\nt\nq\n",
        "1\ni\nn\nb\nf\n2\nb\nq\n",
        "1\nh\nb\nm\n1\nb\nq\n",
        "1\ng\n1\nb\nb\ns\nb\nq\n",
        "1\n1\nc\nAn answer.\n.\nb\nq\n",
        "1\nt\n\ng\nb\nq\n",
        "1\nk\nc\nq\n",
        "1\nx\nshort\n\nq\n",
    ];
    for input in walks {
        let (ok, out, err) = walk(dir.path(), input);
        assert!(ok, "{input:?}: {err}\n{out}");
        for (n, line) in out.lines().enumerate() {
            let bad = line
                .chars()
                .find(|c| c.is_control() || ('\u{2500}'..='\u{257f}').contains(c));
            assert!(bad.is_none(), "{input:?}, line {n}: {bad:?} in {line:?}");
        }
    }
}

#[test]
fn a_together_prompt_is_answered_from_the_together_list() {
    let dir = tempfile::tempdir().unwrap();
    let first = trustmend::privacy::together::prompts(&content())[0].clone();
    seeded(dir.path(), couple);
    let (ok, out, err) = walk(dir.path(), "1\ng\n1\nWhat I wish you knew.\n.\nb\nb\nq\n");
    assert!(ok, "{err}\n{out}");
    assert!(out.contains("shown beside your partner's once you have both answered"));
    assert!(out.contains("b) back to the together prompts"), "{out}");
    let store = saved(dir.path());
    let alex = store.partners[0].id;
    let answer = store.reflection(alex, &first.strategy, &first.prompt);
    assert_eq!(
        answer.and_then(|e| e.body.text()),
        Some("What I wish you knew."),
        "{out}"
    );
}
