//! The first promise over every path: random sequences of what two people
//! at one keyboard can do (write, save, pass the keyboard, both quick
//! exits, idle time, picker choices, Esc on unlock, wrong and right
//! passphrases, protect, share/unshare, check-ins with a note, free
//! entries, replies), carried out by the real
//! interpreter with saves written to a real data folder. After every step:
//! - the screen holds no private words of anyone but the person at the
//!   keyboard, and none of a protected partner while they are locked;
//! - a protected partner is at the keyboard only while unlocked (nobody
//!   carries on as them), and while locked nothing of theirs is in memory:
//!   not their words, titles, commitments, homework or check-in notes;
//! - no file in the data folder holds any of those in plain.

use std::path::Path;
use std::sync::Arc;

use chrono::Duration;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::config::QuickHide;
use crate::content::Content;

use crate::effects;
use crate::i18n::{Lang, in_language};
use crate::keymap::Action;
use crate::model::{Body, Entry, EntryKind, PartnerId, Role, SafetyOutcome, Store, Visibility};
use crate::store::DataDir;
use crate::store::saver::Saver;
use crate::testing::t0;
use crate::workbook::{Msg, Session, Workbook};

const PASS: &str = "river stones";
/// Words that stand for each partner's private writing.
const ALEX_WORDS: &str = "alexprivateword";
/// In Alex's check-in note; never shown or plain on disk either.
const ALEX_NOTE_WORDS: &str = "alexnoteword";
const SAM_WORDS: &str = "samprivateword";
/// The title of Alex's private entry, a commitment of theirs and their
/// therapist's note: sealed with the rest of Alex, never shown to Sam.
const ALEX_TITLE: &str = "alextitleword";
const ALEX_COMMITMENT: &str = "alexcommitword";
const ALEX_HOMEWORK: &str = "alexhomeworkword";
/// Alex's unsaved draft (in the session) and the country they gave.
const ALEX_DRAFT: &str = "alexdraftword";
const ALEX_COUNTRY: &str = "alexcountryword";
/// Every marker of Alex's that is text; their numbers, ticks, progress,
/// questionnaire answers and place are checked by the shape of what is
/// kept (see `alex_sealed_whole`).
const ALEX_MARKS: [&str; 7] = [
    ALEX_WORDS,
    ALEX_NOTE_WORDS,
    ALEX_TITLE,
    ALEX_COMMITMENT,
    ALEX_HOMEWORK,
    ALEX_DRAFT,
    ALEX_COUNTRY,
];

/// Saves written at once through a real saver, as `trustmend walk` does.
type Folder = effects::AtOnce;

#[derive(Debug, Clone)]
enum Step {
    Act(Action),
    Type(&'static str),
    /// Time passes with no key (idle lock, autosave).
    Idle(i64),
    /// Choose row `n` of a list (the picker: 0 is Alex, 1 is Sam).
    Pick(usize),
    /// Type a passphrase and press Enter.
    Passphrase(&'static str),
}

fn step() -> impl Strategy<Value = Step> {
    use Action::*;
    prop_oneof![
        4 => prop::sample::select(vec![
            Up, Down, Select, Back, Edit, Save, StopEditing, Toggle, Confirm, Cancel,
            OpenJournal, PassKeyboard, QuickExit, Protect, Help, Top, Bottom, Skip,
            OpenCheckIn, Digit(3), NewEntry, Reply, ReadIt,
        ])
        .prop_map(Step::Act),
        2 => prop::sample::select(vec![PASS, "wrong guess", "some new words"])
            .prop_map(Step::Type),
        1 => (1i64..20).prop_map(Step::Idle),
        3 => (0usize..2).prop_map(Step::Pick),
        3 => prop::sample::select(vec![PASS, PASS, "not the passphrase"]).prop_map(Step::Passphrase),
        3 => Just(Step::Act(Action::OpenJournal)),
        2 => Just(Step::Act(Action::QuickExit)),
        2 => Just(Step::Act(Action::Back)),
    ]
}

/// Alex (protected, sealed on disk as after a restart) and Sam (not
/// protected), each with a private entry and a shared one, couples mode on.
fn couple(dir: &DataDir, quick_hide: QuickHide) -> (Workbook, Folder) {
    couple_in(Lang::EN, dir, quick_hide)
}

/// [`couple`], with the pack of `lang`.
fn couple_in(lang: Lang, dir: &DataDir, quick_hide: QuickHide) -> (Workbook, Folder) {
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, t0());
    let sam = store.add_partner("Sam", Role::Repairing, t0());
    for p in &mut store.partners {
        p.safety_check = Some(SafetyOutcome::Clear);
    }
    for (author, words, visibility) in [
        (alex, ALEX_WORDS, Visibility::Private),
        (sam, SAM_WORDS, Visibility::Private),
        (alex, "shared by alex", Visibility::Shared),
        (sam, "shared by sam", Visibility::Shared),
    ] {
        let id = store.fresh_id();
        store.entries.push(Entry {
            id,
            author,
            kind: EntryKind::Free { strategy: None },
            heading: if author == alex && visibility == Visibility::Private {
                format!("{ALEX_TITLE} {id}").into()
            } else {
                format!("entry {id}").into()
            },
            body: Body::Text(words.into()),
            visibility,
            created: t0(),
            updated: t0(),
        });
    }
    // A check-in note is as private as an entry.
    let mut note = crate::model::CheckIn::sample(alex, t0(), 5);
    note.note = Some(format!("note {ALEX_NOTE_WORDS}"));
    store.checkins.push(note);
    if let Some(p) = store.partner_mut(alex) {
        p.commitments.push(crate::model::Commitment {
            id: 500,
            strategy: "open-communication".into(),
            text: format!("{ALEX_COMMITMENT} a walk each evening"),
            suggestion: None,
            started: t0().date_naive(),
            created: t0(),
            review: None,
        });
    }
    store.assignments.push(crate::model::Assignment {
        partner: alex,
        assigned_by: "Dr. Lee".into(),
        to: None,
        start: t0().date_naive(),
        note: format!("{ALEX_HOMEWORK} for next week"),
        steps: Vec::new(),
        imported: t0(),
        measures: Default::default(),
    });
    if let Some(p) = store.partner_mut(alex) {
        // Everything else of Alex's: a move-on tick, progress, a
        // questionnaire, their country.
        p.move_on.insert("gut".into());
        p.progress
            .insert("patience".into(), crate::model::StrategyProgress::default());
        p.measures.push(crate::model::MeasureResult {
            measure: "phq9".into(),
            at: t0(),
            answers: vec![2; 9],
            total: 18,
        });
        p.country = Some(ALEX_COUNTRY.into());
    }
    crate::vault::protect_partner(&mut store, alex, PASS).unwrap();
    let mut sealer = crate::vault::Sealer::default();
    let mut on_disk = sealer.store_for_disk(&store).unwrap().into_owned();
    dir.ensure().unwrap();
    dir.save_store(&mut on_disk).unwrap();
    let mut saver = Saver::new(dir.clone());
    saver.start_from(on_disk.clone());
    let config = crate::config::Config {
        quick_hide,
        ..crate::config::Config::default()
    };
    // Alex's unsaved draft, and where Alex was.
    let mut session = Session::default();
    session.partners.insert(
        alex.to_string(),
        crate::model::session::PartnerSession {
            drafts: vec![crate::model::session::Draft {
                target: crate::model::session::DraftTarget::OwnCommitment {
                    strategy: "patience".into(),
                },
                text: format!("{ALEX_DRAFT} half a sentence"),
            }],
            ..Default::default()
        },
    );
    let wb = Workbook::new(
        Arc::new(Content::bundled_in(lang.code()).unwrap()),
        on_disk,
        session,
        None,
    )
    .with_config(config);
    (wb, effects::AtOnce::new(saver))
}

fn screen(wb: &Workbook) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| crate::ui::draw(f, wb)).unwrap();
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Every file under `dir`, backups included, that holds `words`.
fn files_holding(dir: &Path, words: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else if std::fs::read(&p)
                .is_ok_and(|b| b.windows(words.len()).any(|w| w == words.as_bytes()))
            {
                out.push(p.display().to_string());
            }
        }
    }
    out
}

/// Whether everything of Alex's in `store` and `session` is sealed whole:
/// each private entry and check-in a sealed record, their profile only its
/// public fields (no ticks, progress, numbers, country or questionnaires),
/// no assignment of theirs outside it, and their session sealed.
fn alex_sealed_whole(store: &Store, session: &Session, alex: PartnerId) -> Result<(), String> {
    for e in store.entries.iter().filter(|e| e.author == alex) {
        if e.visibility == Visibility::Private && !crate::vault::is_sealed_entry(e) {
            return Err(format!("entry {} is not sealed whole", e.id));
        }
    }
    if let Some(c) = store
        .checkins
        .iter()
        .find(|c| c.author == alex && !crate::vault::is_sealed_checkin(c))
    {
        return Err(format!("a check-in is plain: {c:?}"));
    }
    let p = store.partner(alex).ok_or("Alex is gone")?;
    let sealed = p.sealed.clone().ok_or("Alex's profile is not sealed")?;
    if *p != crate::vault::public_partner(p, sealed) {
        return Err(format!(
            "Alex's profile keeps more than its public fields: {p:?}"
        ));
    }
    if store.assignments.iter().any(|a| a.partner == alex) {
        return Err("an assignment of Alex's is outside their sealed profile".into());
    }
    if let Some(s) = session.partners.get(&alex.to_string())
        && (s.sealed.is_none()
            || *s
                != crate::model::session::PartnerSession {
                    sealed: s.sealed.clone(),
                    ..Default::default()
                })
    {
        return Err(format!("Alex's session is not sealed whole: {s:?}"));
    }
    Ok(())
}

/// What `status` and `export --profile NAME` print from `store` for `who`
/// (the Markdown report): for anyone but an unlocked Alex, from the store
/// a door opens without Alex's passphrase.
fn report_for(wb: &Workbook, who: PartnerId) -> String {
    let scope = crate::report::Scope {
        content: wb.content(),
        store: wb.store(),
        partner: who,
        filter: crate::report::filter::Filter::default(),
    };
    crate::report::markdown::render(&scope, t0())
}

fn name_of(wb: &Workbook, id: Option<PartnerId>) -> Option<String> {
    id.and_then(|id| wb.store().partner(id))
        .map(|p| p.name.clone())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn no_private_word_reaches_the_wrong_screen_or_the_disk(
        neutral in any::<bool>(),
        steps in prop::collection::vec(step(), 1..30),
    ) {
        in_language(Lang::EN, || the_promise(Lang::EN, neutral, &steps))?;
    }

    /// The same promise with every screen, notice and pack in Spanish.
    #[test]
    fn no_private_word_reaches_the_wrong_screen_or_the_disk_in_spanish(
        neutral in any::<bool>(),
        steps in prop::collection::vec(step(), 1..30),
    ) {
        in_language(Lang::ES, || the_promise(Lang::ES, neutral, &steps))?;
    }
}

/// The promise over one sequence of `steps`, in `lang` (the caller sets
/// the thread's language).
fn the_promise(lang: Lang, neutral: bool, steps: &[Step]) -> Result<(), TestCaseError> {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().join("data"));
    let hide = if neutral {
        QuickHide::NeutralScreen
    } else {
        QuickHide::Exit
    };
    let (mut wb, mut folder) = couple_in(lang, &dir, hide);
    let mut now = t0();
    let alex = wb.store().partner_by_name("Alex").unwrap().id;
    for s in steps {
        let msgs: Vec<Msg> = match s {
            Step::Act(a) => vec![Msg::Action(*a)],
            Step::Type(text) => text
                .chars()
                .map(|c| Msg::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
                .collect(),
            Step::Idle(minutes) => {
                now += Duration::minutes(*minutes);
                vec![Msg::Tick]
            }
            Step::Pick(n) => {
                let mut m = vec![Msg::Action(Action::Top)];
                m.extend(std::iter::repeat_n(Msg::Action(Action::Down), *n));
                m.push(Msg::Action(Action::Select));
                m
            }
            Step::Passphrase(text) => {
                let mut m: Vec<Msg> = text
                    .chars()
                    .map(|c| Msg::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
                    .collect();
                m.push(Msg::Action(Action::Select));
                m
            }
        };
        for msg in msgs {
            let at = now;
            let fx = wb.update(msg, at);
            effects::carry_out(&mut wb, &mut folder, fx, &|| at);
            effects::poll(&mut wb, &mut folder, &|| at);
        }
        if wb.may_leave() {
            // The quick exit (or a quit) ended the session: open the
            // workbook again from the disk, as the next start does.
            let store = dir.load_store().unwrap().unwrap_or_default();
            let session = dir.load_session().unwrap();
            folder.saver.start_from(store.clone());
            let config = wb.config().clone();
            wb = Workbook::new(wb.content().clone(), store, session, None).with_config(config);
        }
        let shown = screen(&wb);
        let active = name_of(&wb, wb.active());
        let unlocked = wb.keys().is_unlocked(alex);
        prop_assert!(
            wb.active() != Some(alex) || unlocked,
            "Alex is at the keyboard, locked, after {s:?}"
        );
        if !unlocked {
            let memory = format!(
                "{}{}",
                serde_json::to_string(wb.store()).unwrap(),
                serde_json::to_string(wb.session()).unwrap()
            );
            let reports = format!(
                "{}{}",
                report_for(&wb, alex),
                report_for(&wb, wb.store().partner_by_name("Sam").unwrap().id)
            );
            for mark in ALEX_MARKS {
                prop_assert!(
                    !memory.contains(mark),
                    "Alex is locked, yet {mark} is in memory after {s:?}"
                );
                prop_assert!(!shown.contains(mark), "{mark} shown after {s:?}:\n{shown}");
                prop_assert!(
                    !reports.contains(mark),
                    "{mark} in a report without Alex's passphrase after {s:?}"
                );
            }
            if let Err(why) = alex_sealed_whole(wb.store(), wb.session(), alex) {
                prop_assert!(false, "Alex is locked, yet in memory {why} after {s:?}");
            }
        }
        let sam = wb.store().partner_by_name("Sam").unwrap().id;
        let sams = report_for(&wb, sam);
        for mark in ALEX_MARKS {
            prop_assert!(!sams.contains(mark), "{mark} in Sam's report after {s:?}");
        }
        if active.as_deref() != Some("Sam") {
            prop_assert!(
                !shown.contains(SAM_WORDS),
                "Sam's words on {active:?}'s screen after {s:?}:\n{shown}"
            );
        }
        if active.as_deref() != Some("Alex") || !wb.keys().is_unlocked(alex) {
            prop_assert!(
                !shown.contains(ALEX_WORDS),
                "Alex's words shown to {active:?} (unlocked: {}) after {s:?}:\n{shown}",
                wb.keys().is_unlocked(alex)
            );
        }
        // Alex may share the entry on purpose (then it is meant for
        // both, and plain); while it is private, no file may hold it.
        let still_private = wb.store().entries.iter().any(|e| {
            e.author == alex
                && e.visibility == Visibility::Private
                && (e.body.text().is_none_or(|t| t.contains(ALEX_WORDS)))
        }) && !wb.store().entries.iter().any(|e| {
            e.visibility == Visibility::Shared
                && e.body.text().is_some_and(|t| t.contains(ALEX_WORDS))
        });
        if wb.saves().all_durable() && still_private {
            for mark in [ALEX_WORDS, ALEX_TITLE] {
                let plain = files_holding(dir.root(), mark);
                prop_assert!(
                    plain.is_empty(),
                    "Alex is protected, yet {plain:?} hold {mark} in plain after {s:?}"
                );
            }
        }
        if wb.saves().all_durable() {
            for mark in [
                ALEX_NOTE_WORDS,
                ALEX_COMMITMENT,
                ALEX_HOMEWORK,
                ALEX_DRAFT,
                ALEX_COUNTRY,
            ] {
                let plain = files_holding(dir.root(), mark);
                prop_assert!(
                    plain.is_empty(),
                    "Alex is protected, yet {plain:?} hold {mark} in plain after {s:?}"
                );
            }
            // Everything of Alex's on the disk is sealed whole (their
            // numbers, ticks, progress and place have no marker to find).
            let store = dir.load_store().unwrap().unwrap_or_default();
            let session = dir.load_session().unwrap();
            if let Err(why) = alex_sealed_whole(&store, &session, alex) {
                prop_assert!(false, "on the disk, {why} after {s:?}");
            }
            // The summary keeps no more of Alex's: their profile as the
            // journal keeps it, and no status of theirs (their counts,
            // check-in numbers and answers are sealed with them).
            if let Ok(bytes) = std::fs::read(dir.summary_path()) {
                let summary: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                prop_assert!(
                    summary["status"].get(alex.to_string()).is_none(),
                    "the summary holds what status says of Alex after {s:?}"
                );
                // Sam's is there unless Sam protected theirs too (the
                // steps may do it, with the same keys as Alex).
                let sam_protected = store.partner(sam).is_some_and(|p| p.protection.is_some());
                prop_assert_eq!(
                    summary["status"].get(sam.to_string()).is_some(),
                    !sam_protected,
                    "Sam's status in the summary, Sam protected: {}, after {:?}",
                    sam_protected,
                    s
                );
                let people: Store = serde_json::from_value(summary["store"].clone()).unwrap();
                if let Err(why) = alex_sealed_whole(&people, &Session::default(), alex) {
                    prop_assert!(false, "in the summary, {why} after {s:?}");
                }
            }
        }
    }
    Ok(())
}

/// Issue 13, item 2, and issue 22, item 1, as a person does it: the
/// neutral-screen quick exit, then Alex chosen in the picker and Esc on
/// "Unlock your entries": nobody is let in as Alex.
#[test]
fn the_neutral_quick_exit_cannot_be_walked_past() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().join("data"));
    let (mut wb, mut folder) = couple(&dir, QuickHide::NeutralScreen);
    let mut run = |wb: &mut Workbook, msgs: Vec<Msg>| {
        for msg in msgs {
            let fx = wb.update(msg, t0());
            effects::carry_out(wb, &mut folder, fx, &t0);
            effects::poll(wb, &mut folder, &t0);
        }
    };
    let typed = |text: &str| -> Vec<Msg> {
        text.chars()
            .map(|c| Msg::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
            .collect()
    };
    let a = |a: Action| Msg::Action(a);
    // Alex chooses themselves and unlocks: their words are on screen.
    run(&mut wb, vec![a(Action::Top), a(Action::Select)]);
    run(&mut wb, typed(PASS));
    // Unlocked, Alex is back where their draft was; home, then the journal.
    run(
        &mut wb,
        vec![a(Action::Select), a(Action::Back), a(Action::OpenJournal)],
    );
    assert!(screen(&wb).contains(ALEX_WORDS), "{}", screen(&wb));
    // Ctrl+Q, a key, Alex in the picker, Esc on the unlock screen, journal.
    run(
        &mut wb,
        vec![
            a(Action::QuickExit),
            a(Action::Back),
            a(Action::Top),
            a(Action::Select),
            a(Action::Back),
            a(Action::OpenJournal),
        ],
    );
    let shown = screen(&wb);
    assert!(wb.active().is_none(), "{shown}");
    assert!(shown.contains("Who is at the keyboard?"), "{shown}");
    assert!(!shown.contains(ALEX_WORDS), "{shown}");
}
