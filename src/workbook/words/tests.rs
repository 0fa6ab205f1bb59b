//! The words kept for the session: what they find, and whose they never hold.

use std::sync::Arc;

use chrono::Duration;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::content::Content;
use crate::keymap::Action;
use crate::model::{Body, Role, SafetyOutcome, Store, Visibility};
use crate::testing::t0;
use crate::workbook::{Msg, Screen, Session, Workbook};

const BODIES: [(u32, &str); 6] = [
    (1, "A walk by the river, cold hands"),
    (1, "Dinner at the café, we laughed"),
    (2, "Sam: the CAFE felt like us"),
    (1, "Straße und Fluss, a walk again"),
    (2, "Sam: a long walk home"),
    (1, "ｔｒｕｓｔ is slow"),
];

/// Alex at the keyboard in the journal; every entry shared so Alex reads all.
/// A partner's protection as the journal keeps it (its key is never
/// opened here: only whether they are protected matters).
fn protection() -> crate::crypto::Protection {
    crate::crypto::Protection {
        identity_sealed: "-----BEGIN AGE ENCRYPTED FILE-----".into(),
        recipient: "age1example".into(),
        identity_recovery: None,
    }
}

fn journal() -> Workbook {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.add_partner("Sam", Role::Repairing, t0());
    for p in &mut store.partners {
        p.safety_check = Some(SafetyOutcome::Clear);
    }
    for (i, (author, text)) in BODIES.iter().enumerate() {
        let when = t0() + Duration::minutes(i as i64);
        store.add_free_entry(*author, text, Visibility::Shared, when);
    }
    let mut wb = Workbook::new(
        Arc::new(Content::bundled().unwrap()),
        store,
        Session::default(),
        Some("Alex"),
    );
    wb.update(Msg::Resize(80, 24), t0());
    wb.update(Msg::Action(Action::OpenJournal), t0());
    wb
}

fn search(wb: &mut Workbook, text: &str) -> Vec<String> {
    // Esc first if a search is open (it clears it).
    if wb.context() == crate::keymap::Context::JournalSearch {
        wb.update(Msg::Action(Action::Back), t0());
    }
    wb.update(Msg::Action(Action::Search), t0());
    for c in text.chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        wb.update(Msg::Input(key), t0());
    }
    let Screen::Journal(j) = wb.screen() else {
        panic!("not in the journal")
    };
    j.find
        .entries(wb.store())
        .iter()
        .map(|e| e.body.text().unwrap_or("(locked)").to_string())
        .collect()
}

const QUERIES: [&str; 8] = [
    "walk", "cafe", "CAFÉ", "strasse", "trust", "w", "walk a", "zz",
];

#[test]
fn words_folded_off_the_ui_thread_find_what_folding_on_demand_finds() {
    let mut on_demand = journal();
    let mut folded = journal();
    let job = folded.fold_job().run();
    folded.update(job, t0());
    assert_eq!(folded.words.len(), BODIES.len());
    for q in QUERIES {
        assert_eq!(search(&mut folded, q), search(&mut on_demand, q), "{q}");
    }
    assert_eq!(search(&mut folded, "walk").len(), 3);
}

#[test]
fn an_entry_changed_after_folding_is_found_by_its_new_words_only() {
    let mut wb = journal();
    let job = wb.fold_job().run();
    wb.update(job, t0());
    // Changed after the journal was folded (as a save does).
    wb.store
        .entries
        .iter_mut_where(|e| e.id == 1 || e.id == 2)
        .for_each(|e| {
            e.body = Body::Text("Tea by the window".into());
            e.updated = t0() + Duration::hours(1);
        });
    assert_eq!(search(&mut wb, "river"), Vec::<String>::new());
    assert_eq!(search(&mut wb, "window").len(), 2);
    // Folded once, and kept: found again without the journal changing.
    assert_eq!(search(&mut wb, "tea by").len(), 2);
}

#[test]
fn a_protected_partners_words_are_never_kept_for_the_session() {
    let protection = protection();
    // Protected before the journal was folded: none of theirs folded.
    let mut wb = journal();
    wb.store.partners[1].protection = Some(protection.clone());
    let Msg::Folded(words) = wb.fold_job().run() else {
        panic!("not folded")
    };
    assert_eq!(words.len(), BODIES.iter().filter(|(a, _)| *a == 1).count());
    // Protected after: forgotten at the end of the next update.
    let mut wb = journal();
    let job = wb.fold_job().run();
    wb.update(job, t0());
    search(&mut wb, "sam");
    assert!(
        wb.store
            .entries
            .iter()
            .any(|e| wb.words.get(e).is_some_and(|t| t.joined().contains("sam")))
    );
    wb.store.partners[1].protection = Some(protection);
    wb.update(Msg::Tick, t0());
    for e in wb.store.entries.iter() {
        assert_eq!(
            wb.words.text(e.id).is_some(),
            e.author == 1,
            "entry {}",
            e.id
        );
    }
    // Searching still finds Sam's (unlocked) words, folded only for the search.
    assert_eq!(search(&mut wb, "sam").len(), 2);
    assert!(
        wb.store
            .entries
            .iter()
            .filter(|e| e.author == 2)
            .all(|e| wb.words.text(e.id).is_none())
    );
}

#[test]
fn a_partner_who_turns_protection_on_has_no_folded_words_left_in_memory() {
    let protection = protection();
    let mut wb = journal();
    let job = wb.fold_job().run();
    wb.update(job, t0());
    assert_eq!(search(&mut wb, "sam").len(), 2);
    assert!(wb.words.shelf.holds("sam: a long walk home"));
    wb.store.partners[1].protection = Some(protection);
    wb.update(Msg::Tick, t0());
    // Not only forgotten by the table: overwritten where they were.
    assert!(
        !wb.words.shelf.holds("sam"),
        "Sam's folded words still in memory"
    );
    assert!(wb.words.shelf.holds("a walk by the river"));
    assert_eq!(search(&mut wb, "river").len(), 1);
}

/// A heading is kept once for every entry that has it: the one only the
/// newly protected partner had is wiped with their words, the one others
/// have too stays for them.
#[test]
fn a_title_only_the_protected_partner_had_goes_with_their_words_and_a_shared_one_stays() {
    let mut wb = journal();
    let ids: Vec<(u64, u32)> = wb.store.entries.iter().map(|e| (e.id, e.author)).collect();
    for (n, (id, author)) in ids.into_iter().enumerate() {
        let heading = if (author, n) == (2, 2) {
            "Sam's Own Title"
        } else {
            "What steadies you?"
        };
        if let Some(e) = wb.store.entry_mut(id) {
            e.heading = heading.into();
        }
    }
    let job = wb.fold_job().run();
    wb.update(job, t0());
    assert_eq!(search(&mut wb, "own title").len(), 1);
    assert_eq!(search(&mut wb, "steadies").len(), 5);
    assert!(wb.words.shelf.holds("sam's own title"));
    wb.store.partners[1].protection = Some(protection());
    wb.update(Msg::Tick, t0());
    assert!(
        !wb.words.shelf.holds("own title"),
        "Sam's own title still in memory"
    );
    assert!(!wb.words.shelf.holds("sam"));
    assert!(wb.words.shelf.holds("what steadies you?"));
    assert_eq!(search(&mut wb, "steadies river").len(), 1);
}

#[test]
fn words_let_go_in_bulk_are_tidied_away_and_the_rest_still_found() {
    let protection = protection();
    let mut wb = journal();
    // Sam's words, a megabyte and more, then forgotten when he protects.
    let long = "Sam: long words ".repeat(80_000);
    wb.store
        .entries
        .iter_mut_where(|e| e.author == 2)
        .for_each(|e| e.body = Body::Text(long.clone()));
    let job = wb.fold_job().run();
    wb.update(job, t0());
    let before = wb.words.shelf.bytes();
    assert!(before > 2 << 20);
    let walk = search(&mut wb, "walk");
    wb.store.partners[1].protection = Some(protection);
    wb.update(Msg::Tick, t0());
    assert!(
        wb.words.shelf.bytes() < 4096,
        "the shelf kept {} bytes",
        wb.words.shelf.bytes()
    );
    assert_eq!(
        wb.words.len(),
        BODIES.iter().filter(|(a, _)| *a == 1).count()
    );
    assert_eq!(search(&mut wb, "walk"), walk);
    assert_eq!(
        search(&mut wb, "strasse"),
        ["Straße und Fluss, a walk again"]
    );
}

/// The search row as drawn (80x24).
fn drawn(wb: &Workbook) -> String {
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    term.draw(|f| crate::ui::draw(f, wb)).unwrap();
    let buf = term.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_search_opened_while_the_words_are_folded_shows_what_is_folded_so_far() {
    let mut wb = journal();
    let mut parts = Vec::new();
    // Two entries a part, newest first: "trust", then "Sam: a long walk home".
    wb.fold_job().parts(2, &mut |msg| parts.push(msg));
    assert_eq!(parts.len(), 4, "three parts of two, and the last (empty)");
    let mut parts = parts.into_iter();
    // Nothing folded yet: the search waits for the words, never folds them.
    assert_eq!(search(&mut wb, "walk"), Vec::<String>::new());
    assert_eq!(wb.words.len(), 0, "the search folded the journal itself");
    assert!(drawn(&wb).contains("still looking…"), "{}", drawn(&wb));
    // The first part: what it holds is found, and the search says it goes on.
    wb.update(parts.next().unwrap(), t0());
    let Screen::Journal(j) = wb.screen() else {
        panic!("not in the journal")
    };
    assert_eq!(
        j.find
            .entries(wb.store())
            .iter()
            .map(|e| e.body.text().unwrap_or_default())
            .collect::<Vec<_>>(),
        ["Sam: a long walk home"]
    );
    assert!(
        drawn(&wb).contains("1 found, still looking…"),
        "{}",
        drawn(&wb)
    );
    // The next part doubles the words kept: it looks again.
    wb.update(parts.next().unwrap(), t0());
    assert!(
        drawn(&wb).contains("2 found, still looking…"),
        "{}",
        drawn(&wb)
    );
    // The third does not (a key typed meanwhile would wait behind a look
    // for every part): kept, and found with the next look…
    wb.update(parts.next().unwrap(), t0());
    assert!(
        drawn(&wb).contains("2 found, still looking…"),
        "{}",
        drawn(&wb)
    );
    // …which the last part makes, whatever it holds.
    for part in parts {
        wb.update(part, t0());
    }
    let Screen::Journal(j) = wb.screen() else {
        panic!("not in the journal")
    };
    assert_eq!(j.find.len(), 3);
    let screen = drawn(&wb);
    assert!(
        screen.contains("3 found") && !screen.contains("still looking"),
        "{screen}"
    );
}
