//! Home's one quiet line, over the situations a person meets.

use std::sync::Arc;

use chrono::DateTime;

use super::News;
use crate::content::Content;
use crate::keymap::Action;
use crate::model::{
    AssignedStep, Assignment, Body, CheckIn, Entry, EntryKind, Role, SafetyOutcome, Store,
    Timestamp, Visibility,
};
use crate::privacy::together::prompts;
use crate::workbook::{HomeItem, Msg, Session, Workbook};

fn t0() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-03-10T09:00:00+01:00").unwrap()
}

fn couple() -> Store {
    let mut store = Store::default();
    let a = store.add_partner("Alex", Role::Hurt, t0());
    let s = store.add_partner("Sam", Role::Repairing, t0());
    for id in [a, s] {
        store.partner_mut(id).unwrap().safety_check = Some(SafetyOutcome::Clear);
    }
    store
}

fn open(store: Store) -> Workbook {
    Workbook::new(
        Arc::new(Content::bundled().unwrap()),
        store,
        Session::default(),
        Some("Alex"),
    )
}

fn answer(store: &mut Store, who: u32, strategy: &str, prompt: &str) {
    let id = store.fresh_id();
    store.entries.push(Entry {
        id,
        author: who,
        kind: EntryKind::Reflection {
            strategy: strategy.into(),
            prompt: prompt.into(),
        },
        heading: "A together prompt".into(),
        body: Body::Text("an answer".into()),
        visibility: Visibility::Private,
        created: t0(),
        updated: t0(),
    });
}

/// Alex answered each questionnaire today, so none is offered.
fn answered_every_questionnaire(store: &mut Store) {
    for m in crate::measures::bundled() {
        let r = crate::model::MeasureResult {
            measure: m.id.clone(),
            at: t0(),
            answers: vec![0; m.items.len()],
            total: 0,
        };
        store.partner_mut(1).unwrap().measures.push(r);
    }
}

#[test]
fn nothing_waiting_but_todays_check_in_then_the_questionnaires_then_nothing() {
    let mut store = couple();
    let wb = open(store.clone());
    assert_eq!(wb.here().news(t0()), Some(News::CheckIn));
    store.checkins.push(CheckIn::sample(1, t0(), 5));
    // Offered at the start, after the day's check-in: never before it.
    assert_eq!(
        open(store.clone()).here().news(t0()),
        Some(News::MeasureDue)
    );
    answered_every_questionnaire(&mut store);
    assert_eq!(
        open(store.clone()).here().news(t0()),
        None,
        "quiet when nothing waits"
    );
    // Then about every two weeks: not on day 13, again on day 14.
    for (days, news) in [(13, None), (14, Some(News::MeasureDue))] {
        let then = t0() + chrono::Duration::days(days);
        let mut later = store.clone();
        later.checkins.push(CheckIn::sample(1, then, 5));
        assert_eq!(open(later).here().news(then), news, "day {days}");
    }
}

/// A reveal both answered is announced until Alex opens it side by side;
/// then it is not again (it is remembered in the session).
#[test]
fn a_reveal_ready_is_said_until_it_is_opened() {
    let mut store = couple();
    store.checkins.push(CheckIn::sample(1, t0(), 5));
    answered_every_questionnaire(&mut store);
    let p = prompts(&Content::bundled().unwrap()).remove(0);
    answer(&mut store, 1, &p.strategy, &p.prompt);
    assert_eq!(
        open(store.clone()).here().news(t0()),
        None,
        "only Alex answered"
    );
    answer(&mut store, 2, &p.strategy, &p.prompt);
    let mut wb = open(store);
    assert_eq!(wb.here().news(t0()), Some(News::RevealReady));
    let at = wb
        .home_items()
        .iter()
        .position(|i| *i == HomeItem::Together)
        .unwrap();
    wb.update_now(Msg::Action(Action::Top), t0());
    for _ in 0..at {
        wb.update_now(Msg::Action(Action::Down), t0());
    }
    wb.update_now(Msg::Action(Action::Select), t0());
    wb.update_now(Msg::Action(Action::Select), t0());
    assert_eq!(wb.context(), crate::keymap::Context::Reveal);
    assert_eq!(wb.here().news(t0()), None, "opened: not said again");
}

#[test]
fn homework_due_today_or_late_comes_before_a_review_and_the_check_in() {
    let mut store = couple();
    let strategy = Content::bundled().unwrap().strategies[0].id.clone();
    store.assignments.push(Assignment {
        partner: 1,
        assigned_by: "Dr. Lee".into(),
        to: None,
        start: t0().date_naive(),
        imported: t0(),
        measures: Default::default(),
        note: String::new(),
        steps: vec![AssignedStep {
            strategy,
            due: Some(t0().date_naive()),
            prompts: Vec::new(),
        }],
    });
    assert_eq!(open(store).here().news(t0()), Some(News::HomeworkDue));
}

/// A key the quiet line names leads, on home, where the line says: the
/// check-in (and the review below it), the questionnaires. The line about
/// two answers ready named `g`, which on home goes to the first row; it
/// now names the row to open instead.
#[test]
fn the_key_a_quiet_line_names_on_home_leads_where_it_says() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let leads = [
        (News::ReviewDue, Some(Action::OpenCheckIn)),
        (News::CheckIn, Some(Action::OpenCheckIn)),
        (News::MeasureDue, Some(Action::OpenMeasures)),
        (News::RevealReady, None),
        (News::HomeworkDue, None),
        (News::Reply("Sam".into()), None),
    ];
    for lang in [crate::i18n::Lang::EN, crate::i18n::Lang::ES] {
        crate::i18n::in_language(lang, || {
            for (news, action) in &leads {
                let words = news.words();
                let key = words
                    .split_once(": ")
                    .map(|(k, _)| k)
                    .filter(|k| k.chars().count() == 1);
                let pressed = key.and_then(|k| k.chars().next()).and_then(|c| {
                    crate::keymap::lookup(
                        crate::keymap::Context::Home,
                        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
                    )
                });
                assert_eq!(pressed, *action, "{lang:?} {news:?}: {words}");
            }
            let ready = News::RevealReady.words();
            assert!(ready.contains(&crate::t!("home-together")), "{ready}");
        });
    }
}
