//! Turn-taking and privacy between two partners, driven by messages.

use crate::model::SaveTarget;
use crate::testing::Effects as _;
use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::content::Content;
use crate::keymap::{Action, Context};
use crate::model::{Role, SafetyOutcome, Store, Timestamp, Visibility};
use crate::testing::{act, t0, type_text};
use crate::workbook::{HomeItem, ListView, Msg, Screen, Session, Workbook};

/// Alex and Sam, both past the safety check; Alex at the keyboard.
fn couple() -> Workbook {
    couple_with(Some(SafetyOutcome::Clear), Some(SafetyOutcome::Clear))
}

fn couple_with(alex: Option<SafetyOutcome>, sam: Option<SafetyOutcome>) -> Workbook {
    let (mut store, ..) = crate::testing::couple_store(alex, sam);
    store.past_foundations(); // has read "Before you begin"
    crate::testing::open_as_alex(store)
}

fn open_home(wb: &mut Workbook, item: HomeItem) {
    let Some(n) = wb.home_items().iter().position(|i| *i == item) else {
        panic!("{item:?} is not on home");
    };
    act(wb, Action::Top);
    for _ in 0..n {
        act(wb, Action::Down);
    }
    act(wb, Action::Select);
}

fn screen_text(wb: &Workbook) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| crate::ui::draw(f, wb)).unwrap();
    t.backend()
        .buffer()
        .content()
        .iter()
        .map(ratatui::buffer::Cell::symbol)
        .collect()
}

/// Alex saves one answer, ticks the move-on list, and leaves a second
/// answer half-written in the editor.
fn alex_writes(wb: &mut Workbook) {
    act(wb, Action::Select); // strategy 1
    act(wb, Action::Select); // first prompt, editor ready
    type_text(wb, "ALEXSAVED at dinner");
    act(wb, Action::Save);
    type_text(wb, "ALEXDRAFT half a thought");
    act(wb, Action::StopEditing);
    act(wb, Action::Back);
    open_home(wb, HomeItem::MoveOn);
    act(wb, Action::Toggle);
    act(wb, Action::Back);
    // Back in the strategy, with the draft in the editor again.
    act(wb, Action::Top);
    act(wb, Action::Select);
    assert!(
        wb.editor().is_some_and(|e| e.text().contains("ALEXDRAFT")),
        "setup: the draft is on screen"
    );
}

/// Leave the editor (the words stay a draft) and go home.
fn to_home(wb: &mut Workbook) {
    act(wb, Action::StopEditing);
    act(wb, Action::Back);
    assert_eq!(wb.context(), Context::Home);
}

#[test]
fn passing_the_keyboard_covers_everything_and_keeps_the_draft() {
    let mut wb = couple();
    alex_writes(&mut wb);
    to_home(&mut wb);
    let fx = act(&mut wb, Action::PassKeyboard);
    assert!(fx.saves(SaveTarget::Session), "the draft is written");
    let sam = wb.store.partner_by_name("Sam").unwrap().id;
    assert!(matches!(wb.screen, Screen::Cover(id) if id == sam));
    assert_eq!(wb.active, None, "no one is active behind the cover");
    assert_eq!(wb.context(), Context::Cover);
    let cover = screen_text(&wb);
    assert!(cover.contains("Hand the keyboard to Sam"), "{cover}");
    for secret in ["ALEX", "Alex", "dinner", "half a thought"] {
        assert!(!cover.contains(secret), "{secret:?} on the cover");
    }
    let alex = wb.store.partner_by_name("Alex").unwrap().id;
    let kept = wb.session.for_partner(alex).unwrap();
    assert!(
        kept.drafts.iter().any(|d| d.text.contains("ALEXDRAFT")),
        "the draft is kept for Alex"
    );
}

#[test]
fn nothing_of_alex_is_reachable_from_sams_screens() {
    let mut wb = couple();
    alex_writes(&mut wb);
    to_home(&mut wb);
    act(&mut wb, Action::PassKeyboard);
    act(&mut wb, Action::Select);
    assert_eq!(wb.partner().unwrap().name, "Sam");
    assert!(wb.editor().is_none(), "Sam gets no editor of Alex's");
    // Every screen Sam can open from home, and the first strategy's editor.
    let mut seen = Vec::new();
    for item in wb.home_items() {
        if matches!(item, HomeItem::PassKeyboard) {
            continue;
        }
        wb.screen = wb.home();
        open_home(&mut wb, item);
        seen.push(screen_text(&wb));
        if item == HomeItem::Strategy(0) {
            act(&mut wb, Action::Select);
            seen.push(screen_text(&wb));
        }
    }
    seen.push({
        wb.screen = Screen::Journal(Box::default());
        screen_text(&wb)
    });
    for (i, text) in seen.iter().enumerate() {
        for secret in ["ALEXSAVED", "ALEXDRAFT", "dinner", "half a thought"] {
            assert!(!text.contains(secret), "screen {i}: {secret:?}\n{text}");
        }
    }
    // Alex's tick is not Sam's, and Sam's journal is empty.
    assert!(wb.partner().unwrap().move_on.is_empty());
    assert!(crate::workbook::visible_entries(wb.here()).is_empty());
    assert!(crate::privacy::shared_entries(&wb.store, wb.active.unwrap()).is_empty());
}

#[test]
fn passing_back_returns_alex_to_the_draft() {
    let mut wb = couple();
    alex_writes(&mut wb);
    to_home(&mut wb);
    act(&mut wb, Action::PassKeyboard);
    act(&mut wb, Action::Select); // Sam
    act(&mut wb, Action::PassKeyboard);
    assert!(
        matches!(wb.screen, Screen::Cover(id) if Some(id) == wb.store.partner_by_name("Alex").map(|p| p.id))
    );
    act(&mut wb, Action::Select);
    assert_eq!(wb.partner().unwrap().name, "Alex");
    assert!(
        wb.editor().is_some_and(|e| e.text().contains("ALEXDRAFT")),
        "Alex's unsaved words are back"
    );
}

#[test]
fn esc_on_the_cover_asks_who_is_there_instead() {
    let mut wb = couple();
    act(&mut wb, Action::PassKeyboard);
    act(&mut wb, Action::Back);
    assert!(matches!(wb.screen, Screen::Picker(_)));
    assert_eq!(wb.active, None);
}

#[test]
fn a_shared_entry_is_readable_by_the_other_partner_and_a_private_one_is_not() {
    let mut wb = couple();
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "for both of us");
    act(&mut wb, Action::Save);
    type_text(&mut wb, "only mine");
    act(&mut wb, Action::Save);
    act(&mut wb, Action::StopEditing);
    act(&mut wb, Action::Back);
    act(&mut wb, Action::OpenJournal);
    assert_eq!(wb.context(), Context::JournalList);
    // Newest first: "only mine" is on top; share the older one.
    act(&mut wb, Action::Down);
    // Asked once first: nothing changes before the answer.
    let fx = act(&mut wb, Action::Toggle);
    assert!(!fx.saves(SaveTarget::Store));
    assert_eq!(wb.context(), Context::Confirm);
    let fx = act(&mut wb, Action::Confirm);
    assert!(fx.saves(SaveTarget::Store));
    let shared: Vec<_> = wb
        .store
        .entries
        .iter()
        .filter(|e| e.visibility == Visibility::Shared)
        .map(|e| e.body.text().unwrap_or_default().to_string())
        .collect();
    assert_eq!(shared, ["for both of us"]);
    act(&mut wb, Action::Back);
    act(&mut wb, Action::PassKeyboard);
    act(&mut wb, Action::Select);
    open_home(&mut wb, HomeItem::Shared);
    assert_eq!(wb.context(), Context::Shared);
    let text = screen_text(&wb);
    assert!(text.contains("for both of us"), "{text}");
    assert!(text.contains("Alex"), "the author is named: {text}");
    assert!(text.contains("r to reply"), "{text}");
    assert!(!text.contains("only mine"), "{text}");
}

#[test]
fn the_quick_exit_keeps_the_draft_and_the_next_start_asks_who_is_there() {
    let mut wb = couple();
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "someone is coming");
    let fx = act(&mut wb, Action::QuickExit);
    // The answer saved earlier was never reported durable here, so it goes again.
    assert_eq!(fx.names(), ["SaveStore", "SaveSession", "LeaveNow"]);
    assert!(wb.quick_exited());
    assert!(wb.session.ask_who);
    let alex = wb.store.partner_by_name("Alex").unwrap().id;
    assert!(
        wb.session
            .for_partner(alex)
            .unwrap()
            .drafts
            .iter()
            .any(|d| d.text == "someone is coming")
    );
    // Even started as Alex, the next start shows the picker first.
    let session: Session =
        serde_json::from_slice(&crate::store::session_to_json(&wb.session).unwrap()).unwrap();
    let mut next = Workbook::new(wb.content.clone(), wb.store.clone(), session, Some("Alex"));
    assert!(matches!(next.screen, Screen::Picker(_)));
    assert_eq!(next.active, None);
    let text = screen_text(&next);
    assert!(!text.contains("someone is coming"));
    // Choosing a name clears the question for next time.
    next.screen = Screen::Picker(ListView::default());
    act(&mut next, Action::Select);
    assert_eq!(next.partner().unwrap().name, "Alex");
    assert!(!next.session.ask_who);
    assert!(
        next.editor()
            .is_some_and(|e| e.text() == "someone is coming")
    );
}

#[test]
fn after_a_quick_exit_even_one_person_is_asked_who_is_there() {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    let session = Session {
        ask_who: true,
        ..Session::default()
    };
    let wb = Workbook::new(Arc::new(Content::bundled().unwrap()), store, session, None);
    assert!(matches!(wb.screen, Screen::Picker(_)));
    assert_eq!(wb.active, None);
}

#[test]
fn the_quick_exit_works_from_help_and_while_typing() {
    let mut wb = couple();
    act(&mut wb, Action::Help);
    assert_eq!(
        act(&mut wb, Action::QuickExit).names(),
        ["SaveSession", "LeaveNow"]
    );
    let mut wb = couple();
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    assert_eq!(wb.context(), Context::Editor);
    let ctrl_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
    assert_eq!(
        crate::keymap::lookup(wb.context(), ctrl_q),
        Some(Action::QuickExit)
    );
}

#[test]
fn one_person_is_offered_to_add_a_partner_and_the_welcome_does_not_show_them() {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    let mut wb = Workbook::new(
        Arc::new(Content::bundled().unwrap()),
        store,
        Session::default(),
        None,
    );
    assert!(wb.home_items().contains(&HomeItem::AddPartner));
    assert!(!wb.home_items().contains(&HomeItem::PassKeyboard));
    open_home(&mut wb, HomeItem::AddPartner);
    // Alex's own private check comes first.
    assert_eq!(wb.context(), Context::SafetyCheck);
    answer_all(&mut wb, 0);
    assert!(matches!(wb.screen, Screen::Welcome(_)));
    assert_eq!(wb.active, None);
    // The hand-over cover first, as Pass the keyboard's.
    assert_eq!(wb.context(), Context::Cover);
    assert!(screen_text(&wb).contains("Hand the keyboard to the person joining"));
    assert!(!screen_text(&wb).contains("Alex"));
    act(&mut wb, Action::Select);
    assert!(!screen_text(&wb).contains("Alex"));
    // The new person answers their own check as soon as they have joined,
    // behind the cover again.
    act(&mut wb, Action::Select);
    type_text(&mut wb, "Sam");
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    assert_eq!(wb.context(), Context::Cover);
    assert_eq!(wb.active, None);
    assert!(screen_text(&wb).contains("Hand the keyboard to Sam"));
    act(&mut wb, Action::Select);
    assert_eq!(wb.partner().unwrap().name, "Sam");
    assert_eq!(wb.context(), Context::SafetyCheck);
    answer_all(&mut wb, 0);
    assert!(crate::privacy::couples_available(&wb.store));
}

/// Answer every question of the check with choice `n` (0 = no).
fn answer_all(wb: &mut Workbook, n: usize) {
    answer_all_at(wb, n, t0());
}

fn answer_all_at(wb: &mut Workbook, n: usize, at: Timestamp) {
    let count = wb.content.safety.checks.len();
    assert!(count > 0);
    for _ in 0..count {
        assert_eq!(wb.context(), Context::SafetyCheck);
        for _ in 0..=n {
            wb.update_now(Msg::Action(Action::Down), at);
        }
        wb.update_now(Msg::Action(Action::Select), at);
    }
    // The answers shown to confirm, on the last row: keep them.
    assert!(matches!(&wb.screen, Screen::SafetyCheck(v) if v.confirming));
    wb.update_now(Msg::Action(Action::Select), at);
}

/// Issue 28 (3) and 22: the check can be taken again a week after the
/// last answers, from Help and safety (`t`), as its first screen and the
/// page say; a retake that closes couples exercises tells the other
/// partner only the neutral sentence, exactly as if Alex had never answered.
#[test]
fn the_check_is_taken_again_after_a_week_and_a_closing_retake_tells_the_other_nothing() {
    let day = |d: i64| t0() + chrono::Duration::days(d);
    let mut wb = couple_with(None, Some(SafetyOutcome::Clear));
    open_home(&mut wb, HomeItem::Shared);
    let words = |wb: &Workbook| {
        let text = screen_text(wb).replace('│', " ");
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    assert!(
        words(&wb).contains("You can take it again a week after"),
        "{}",
        words(&wb)
    );
    answer_all_at(&mut wb, 0, day(0)); // "No" to every question
    assert!(crate::privacy::couples_available(&wb.store));

    // Six days on, Help and safety says from when; `t` does not open it yet.
    open_home(&mut wb, HomeItem::Safety);
    wb.update_now(Msg::Action(Action::Top), day(6));
    wb.update_now(Msg::Action(Action::Bottom), day(6));
    for _ in 0..40 {
        wb.update_now(Msg::Action(Action::PageDown), day(6));
    }
    let page = words(&wb);
    assert!(
        page.contains("again from 8 Mar 2026, a week after your last answers: press t"),
        "{page}"
    );
    wb.update_now(Msg::Action(Action::RetakeCheck), day(6));
    assert!(matches!(wb.screen, Screen::Safety(_)));
    assert!(crate::privacy::couples_available(&wb.store));

    // A week on, the check again; "yes" closes couples exercises.
    wb.update_now(Msg::Action(Action::RetakeCheck), day(7));
    assert_eq!(wb.context(), Context::SafetyCheck);
    answer_all_at(&mut wb, 2, day(7));
    assert!(matches!(wb.screen, Screen::Concern(..)));
    assert!(!crate::privacy::couples_available(&wb.store));
    let alex_sees = words(&wb);
    // Its help page says when it can be taken again (shown whole when scrolled).
    for _ in 0..40 {
        wb.update_now(Msg::Action(Action::PageDown), day(7));
    }
    let end = words(&wb);
    assert!(end.contains("again from 15 Mar 2026"), "{alex_sees}\n{end}");

    // Sam: the neutral sentence, and what Sam would see had Alex never answered.
    act(&mut wb, Action::Back);
    act(&mut wb, Action::PassKeyboard);
    act(&mut wb, Action::Select);
    open_home(&mut wb, HomeItem::Shared);
    assert_eq!(
        wb.notice.as_ref().map(|n| n.text.as_str()),
        Some(crate::workbook::safety_check::not_available().as_str())
    );
    let mut other = couple_with(None, Some(SafetyOutcome::Clear));
    act(&mut other, Action::PassKeyboard);
    act(&mut other, Action::Select);
    open_home(&mut other, HomeItem::Shared);
    assert_eq!(other.notice, wb.notice);
    assert_eq!(screen_text(&other), screen_text(&wb));
}

#[test]
fn the_rule_for_taking_the_check_again() {
    use crate::workbook::safety_check::{Retake, retake};
    let mut store = Store::default();
    let a = store.add_partner("Alex", Role::Hurt, t0());
    let today = t0().date_naive();
    let p = |s: &Store| s.partner(a).unwrap().clone();
    assert_eq!(retake(&p(&store), today), Retake::NotTaken);
    store.partner_mut(a).unwrap().safety_check = Some(SafetyOutcome::Concern);
    // Answered before the day was kept: at once.
    assert_eq!(retake(&p(&store), today), Retake::Now);
    store.partner_mut(a).unwrap().safety_checked_on = Some(today);
    let week = today + chrono::Days::new(7);
    assert_eq!(retake(&p(&store), today), Retake::From(week));
    assert_eq!(
        retake(&p(&store), week - chrono::Days::new(1)),
        Retake::From(week)
    );
    assert_eq!(retake(&p(&store), week), Retake::Now);
}

/// Stumble 3 of issue 28: one mistaken key closed couples exercises with
/// no way back. Before anything is kept the answers are shown, and one can
/// be changed; nothing is kept until they are confirmed.
#[test]
fn the_answers_are_confirmed_before_they_are_kept_and_one_can_be_changed() {
    let mut wb = couple_with(None, Some(SafetyOutcome::Clear));
    open_home(&mut wb, HomeItem::Shared);
    let count = wb.content.safety.checks.len();
    // "No" to all but the first, which is "Not sure" by a slip.
    for i in 0..count {
        let downs = if i == 0 { 2 } else { 1 };
        for _ in 0..downs {
            act(&mut wb, Action::Down);
        }
        act(&mut wb, Action::Select);
    }
    assert!(matches!(&wb.screen, Screen::SafetyCheck(v) if v.confirming));
    assert_eq!(wb.partner().unwrap().safety_check, None, "nothing kept yet");
    let Screen::SafetyCheck(v) = &wb.screen else {
        panic!("not the check")
    };
    assert_eq!(
        v.answers()[0],
        crate::workbook::safety_check::Answer::NotSure
    );
    let shown = screen_text(&wb);
    assert!(shown.contains("These are my answers"), "{shown}");
    // Change the first: it opens with its answer highlighted.
    act(&mut wb, Action::Top);
    act(&mut wb, Action::Select);
    assert!(
        matches!(&wb.screen, Screen::SafetyCheck(v) if !v.confirming && v.question == 0 && v.choice == Some(1))
    );
    act(&mut wb, Action::Up); // "No"
    act(&mut wb, Action::Select);
    // Back on the answers, then kept: clear.
    assert!(matches!(&wb.screen, Screen::SafetyCheck(v) if v.confirming));
    act(&mut wb, Action::Bottom);
    act(&mut wb, Action::Select);
    assert_eq!(
        wb.partner().unwrap().safety_check,
        Some(SafetyOutcome::Clear)
    );
    assert!(crate::privacy::couples_available(&wb.store));
}

#[test]
fn leaving_the_confirm_step_keeps_nothing() {
    let mut wb = couple_with(None, None);
    open_home(&mut wb, HomeItem::Shared);
    let count = wb.content.safety.checks.len();
    for _ in 0..count {
        act(&mut wb, Action::Down);
        act(&mut wb, Action::Select);
    }
    act(&mut wb, Action::Back);
    assert!(matches!(wb.screen, Screen::Home(_)));
    assert_eq!(wb.partner().unwrap().safety_check, None);
}

#[test]
fn a_concern_keeps_couples_mode_off_and_the_other_partner_learns_nothing() {
    let mut wb = couple_with(None, Some(SafetyOutcome::Clear));
    // Alex answers "not sure" to everything: a concern.
    open_home(&mut wb, HomeItem::Shared);
    assert_eq!(wb.context(), Context::SafetyCheck);
    answer_all(&mut wb, 1);
    assert!(
        matches!(wb.screen, Screen::Concern(..)),
        "Alex sees the help"
    );
    let alex_sees = screen_text(&wb);
    assert!(alex_sees.contains("not recommended"), "{alex_sees}");
    assert!(!crate::privacy::couples_available(&wb.store));
    let alex_notice = wb.notice.clone();

    // Sam's screens: the neutral sentence, nothing else.
    act(&mut wb, Action::Back);
    act(&mut wb, Action::PassKeyboard);
    act(&mut wb, Action::Select);
    open_home(&mut wb, HomeItem::Shared);
    assert_eq!(
        wb.notice.as_ref().map(|n| n.text.as_str()),
        Some(crate::workbook::safety_check::not_available().as_str())
    );
    assert_ne!(wb.notice, alex_notice);
    let sam_sees = screen_text(&wb);
    for word in ["concern", "not recommended", "safety check", "Alex"] {
        assert!(
            !sam_sees.contains(word),
            "{word:?}:
{sam_sees}"
        );
    }
    // Exactly what Sam would see if Alex had not answered at all.
    let mut other = couple_with(None, Some(SafetyOutcome::Clear));
    act(&mut other, Action::PassKeyboard);
    act(&mut other, Action::Select);
    open_home(&mut other, HomeItem::Shared);
    assert_eq!(other.notice, wb.notice);
    assert_eq!(screen_text(&other), sam_sees);
}

#[test]
fn no_answer_is_chosen_for_the_person() {
    let mut wb = couple_with(None, None);
    open_home(&mut wb, HomeItem::Shared);
    act(&mut wb, Action::Select);
    assert_eq!(wb.context(), Context::SafetyCheck);
    assert!(matches!(&wb.screen, Screen::SafetyCheck(v) if v.question == 0));
    assert_eq!(wb.partner().unwrap().safety_check, None);
}

#[test]
fn sharing_waits_for_couples_mode_but_unsharing_never_does() {
    let mut wb = couple_with(Some(SafetyOutcome::Clear), None);
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "words");
    act(&mut wb, Action::Save);
    act(&mut wb, Action::StopEditing);
    act(&mut wb, Action::Back);
    act(&mut wb, Action::OpenJournal);
    act(&mut wb, Action::Toggle);
    assert_eq!(wb.store.entries[0].visibility, Visibility::Private);
    assert_eq!(
        wb.notice.as_ref().map(|n| n.text.as_str()),
        Some(crate::workbook::safety_check::not_available().as_str())
    );
    // An entry shared earlier can always be made private again.
    wb.store.entries[0].visibility = Visibility::Shared;
    act(&mut wb, Action::Toggle);
    assert_eq!(wb.store.entries[0].visibility, Visibility::Private);
}

mod together;

#[test]
fn quick_exit_to_a_neutral_screen_shows_nothing_and_asks_who_is_back() {
    let mut wb = couple();
    alex_writes(&mut wb);
    wb.config.quick_hide = crate::config::QuickHide::NeutralScreen;
    let fx = act(&mut wb, Action::QuickExit);
    assert_eq!(fx.names(), ["SaveSession"], "saved, and still running");
    assert!(!wb.is_quitting());
    assert_eq!(wb.active, None);
    assert!(!wb.keys.any_unlocked(), "protected entries are locked");
    let blank = screen_text(&wb);
    assert!(
        blank.chars().all(char::is_whitespace),
        "the neutral screen shows nothing:\n{blank}"
    );
    // The draft went to the session before anything was hidden.
    let drafts: Vec<_> = wb
        .session
        .partners
        .values()
        .flat_map(|s| &s.drafts)
        .collect();
    assert!(
        drafts.iter().any(|d| d.text.contains("ALEXDRAFT")),
        "{drafts:?}"
    );
    // Any key: who is at the keyboard?
    act(&mut wb, Action::Back);
    assert_eq!(wb.context(), Context::Picker);
}
