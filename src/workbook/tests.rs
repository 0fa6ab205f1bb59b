//! The workbook driven by messages, as the event loop would.

use crate::model::SaveTarget;
use crate::testing::Effects as _;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::model::{EntryKind, Kept, Role, Stage};
use crate::testing::{act, t0, type_text};

fn at(seconds: i64) -> Timestamp {
    t0() + Duration::seconds(seconds)
}

fn content() -> Arc<Content> {
    Arc::new(Content::bundled().unwrap())
}

/// A workbook with one person, already past the welcome.
fn with_partner(role: Role) -> Workbook {
    let mut store = Store::default();
    store.add_partner("Alex", role, t0());
    store.past_foundations(); // has read "Before you begin"
    Workbook::new(content(), store, Session::default(), None)
}

fn stage(wb: &Workbook, strategy: &str) -> Stage {
    wb.partner().unwrap().progress(strategy).stage
}

fn open_first_strategy(wb: &mut Workbook) {
    assert!(matches!(wb.screen, Screen::Home(_)));
    act(wb, Action::Top);
    act(wb, Action::Select);
}

#[test]
fn a_first_run_asks_name_role_and_shows_the_safety_note() {
    let mut wb = Workbook::new(content(), Store::default(), Session::default(), None);
    assert_eq!(wb.context(), Context::Welcome);
    act(&mut wb, Action::Select);
    assert_eq!(wb.context(), Context::WelcomeName);
    // An empty name is refused with a reason.
    act(&mut wb, Action::Select);
    assert!(matches!(&wb.screen, Screen::Welcome(w) if w.error.is_some()));
    type_text(&mut wb, "Robin");
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Down);
    act(&mut wb, Action::Select);
    assert!(matches!(&wb.screen, Screen::Welcome(w) if w.step == WelcomeStep::Country));
    act(&mut wb, Action::Select);
    assert!(matches!(&wb.screen, Screen::Welcome(w) if w.step == WelcomeStep::Safety));
    assert!(
        wb.store.partners.is_empty(),
        "nothing is written before the end"
    );
    let fx = act(&mut wb, Action::Select);
    assert!(fx.saves(SaveTarget::Store));
    let p = wb.partner().unwrap();
    assert_eq!((p.name.as_str(), p.role), ("Robin", Role::Repairing));
    assert!(p.seen_safety_note);
    assert_eq!(wb.context(), Context::Home);
}

#[test]
fn opening_a_strategy_starts_it_and_enter_leads_to_the_first_prompt() {
    let mut wb = with_partner(Role::Hurt);
    open_first_strategy(&mut wb);
    assert_eq!(stage(&wb, "open-communication"), Stage::Reading);
    assert_eq!(wb.context(), Context::Reading);
    act(&mut wb, Action::Select);
    assert_eq!(
        stage(&wb, "open-communication"),
        Stage::Reflecting { prompt: 0 }
    );
    assert_eq!(
        wb.context(),
        Context::Editor,
        "the editor is ready to type in"
    );
}

#[test]
fn saving_an_answer_writes_an_entry_and_moves_to_the_next_prompt() {
    let mut wb = with_partner(Role::Hurt);
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "I felt unheard.\nAnd tired.");
    let fx = act(&mut wb, Action::Save);
    assert!(fx.saves(SaveTarget::Store));
    assert_eq!(wb.store.entries.len(), 1);
    let e = &wb.store.entries[0];
    assert_eq!(e.body.text(), Some("I felt unheard.\nAnd tired."));
    assert_eq!(e.visibility, crate::model::Visibility::Private);
    let first = &wb.content.strategies[0].prompts_for(Role::Hurt)[0];
    assert_eq!(e.heading, first.text);
    assert_eq!(
        stage(&wb, "open-communication"),
        Stage::Reflecting { prompt: 1 }
    );
    assert!(
        wb.editor().unwrap().is_blank(),
        "the next prompt starts empty"
    );
}

#[test]
fn typing_q_in_the_editor_is_text_not_quit() {
    let mut wb = with_partner(Role::Hurt);
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "q?");
    assert!(!wb.is_quitting());
    assert_eq!(wb.editor().unwrap().text(), "q?");
}

#[test]
fn skipping_is_refused_while_unsaved_words_are_on_screen() {
    let mut wb = with_partner(Role::Hurt);
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "half a thought");
    act(&mut wb, Action::StopEditing);
    act(&mut wb, Action::Skip);
    assert_eq!(
        stage(&wb, "open-communication"),
        Stage::Reflecting { prompt: 0 }
    );
    assert!(wb.notice.is_some());
    assert_eq!(wb.editor().unwrap().text(), "half a thought");
}

#[test]
fn previous_prompt_reopens_the_saved_answer_for_editing() {
    let mut wb = with_partner(Role::Hurt);
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "first answer");
    act(&mut wb, Action::Save);
    act(&mut wb, Action::StopEditing);
    act(&mut wb, Action::Previous);
    assert_eq!(wb.editor().unwrap().text(), "first answer");
    type_text(&mut wb, ", revised");
    act(&mut wb, Action::Save);
    assert_eq!(
        wb.store.entries.len(),
        1,
        "an answer is edited, not duplicated"
    );
    assert_eq!(
        wb.store.entries[0].body.text(),
        Some("first answer, revised")
    );
}

/// Answer or skip every prompt, pick the first suggestion, practise, review.
fn complete_strategy(wb: &mut Workbook, answer: &str) {
    act(wb, Action::Select); // reading → reflecting
    let n = wb.content.strategies[0]
        .prompts_for(wb.partner().unwrap().role)
        .len();
    for i in 0..n {
        if i == 0 {
            type_text(wb, answer);
            act(wb, Action::Save);
        } else {
            act(wb, Action::StopEditing);
            act(wb, Action::Skip);
        }
    }
    assert_eq!(wb.context(), Context::Choosing);
    act(wb, Action::Select); // first suggested commitment
    act(wb, Action::Select); // practising: review already?
    act(wb, Action::Confirm); // yes → reviewing
    act(wb, Action::Down); // "partly kept"
    act(wb, Action::Select);
    type_text(wb, "Small steps helped.");
    act(wb, Action::Save);
}

#[test]
fn a_strategy_goes_all_the_way_to_done_with_a_reviewed_commitment() {
    let mut wb = with_partner(Role::Repairing);
    open_first_strategy(&mut wb);
    complete_strategy(&mut wb, "I stopped talking.");
    assert_eq!(stage(&wb, "open-communication"), Stage::Done);
    let p = wb.partner().unwrap();
    let c = &p.commitments[0];
    let suggested = &wb.content.strategies[0].commitments_for(Role::Repairing)[0];
    assert_eq!(c.text, suggested.text);
    let review = c.review.as_ref().unwrap();
    assert_eq!(review.kept, Kept::Partly);
    let learned = wb.store.entry(review.entry.unwrap()).unwrap();
    assert!(matches!(learned.kind, EntryKind::Review { .. }));
    assert_eq!(learned.body.text(), Some("Small steps helped."));
    assert_eq!(
        wb.here().overall_progress(),
        (1, 10),
        "one strategy begun, of ten"
    );
    assert_eq!(wb.suggested_next(), Some(1));
    // Done can be gone through again.
    act(&mut wb, Action::Select);
    assert_eq!(stage(&wb, "open-communication"), Stage::Reading);
}

/// Stumble 1 of issue 28: on "Practising since…" one Enter ended the
/// practice week for good. Before a week, Enter asks; Esc keeps practising.
#[test]
fn one_enter_does_not_end_a_practice_week_begun_days_ago() {
    let mut wb = with_partner(Role::Repairing);
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Select);
    let n = wb.content.strategies[0].prompts_for(Role::Repairing).len();
    for _ in 0..n {
        act(&mut wb, Action::StopEditing);
        act(&mut wb, Action::Skip);
    }
    act(&mut wb, Action::Select); // a suggested commitment, practised from today
    let practising =
        |wb: &Workbook| matches!(stage(wb, "open-communication"), Stage::Practising { .. });
    assert!(practising(&wb));
    for days in 0..7 {
        let then = t0() + Duration::days(days);
        wb.update(Msg::Action(Action::Select), then);
        assert!(practising(&wb), "day {days}: one Enter asks first");
        assert_eq!(wb.context(), Context::Confirm);
        wb.update(Msg::Action(Action::Cancel), then);
        assert!(practising(&wb), "day {days}: Esc leaves it practising");
        assert_eq!(wb.context(), Context::Practising);
    }
    // Asked and answered yes: the review begins.
    wb.update(Msg::Action(Action::Select), t0() + Duration::days(3));
    wb.update(Msg::Action(Action::Confirm), t0() + Duration::days(3));
    assert!(matches!(
        stage(&wb, "open-communication"),
        Stage::Reviewing { .. }
    ));
}

#[test]
fn after_a_week_enter_reviews_at_once() {
    let mut wb = with_partner(Role::Repairing);
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Select);
    let n = wb.content.strategies[0].prompts_for(Role::Repairing).len();
    for _ in 0..n {
        act(&mut wb, Action::StopEditing);
        act(&mut wb, Action::Skip);
    }
    act(&mut wb, Action::Select);
    wb.update(Msg::Action(Action::Select), t0() + Duration::days(7));
    assert!(matches!(
        stage(&wb, "open-communication"),
        Stage::Reviewing { .. }
    ));
}

#[test]
fn a_commitment_can_be_written_in_ones_own_words() {
    let mut wb = with_partner(Role::Unsaid);
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Select);
    let n = wb.content.strategies[0].prompts_for(Role::Unsaid).len();
    for _ in 0..n {
        act(&mut wb, Action::StopEditing);
        act(&mut wb, Action::Skip);
    }
    let suggestions = wb.content.strategies[0].commitments_for(Role::Unsaid).len();
    act(&mut wb, Action::Bottom);
    assert!(matches!(&wb.screen, Screen::Strategy(v) if v.choice == suggestions));
    act(&mut wb, Action::Select);
    assert_eq!(wb.context(), Context::Editor);
    act(&mut wb, Action::Save);
    assert_eq!(
        stage(&wb, "open-communication"),
        Stage::Committing,
        "blank is refused"
    );
    type_text(&mut wb, "This week I will walk with them on Sunday.");
    act(&mut wb, Action::Save);
    assert!(matches!(
        stage(&wb, "open-communication"),
        Stage::Practising { .. }
    ));
    let c = &wb.partner().unwrap().commitments[0];
    assert_eq!(c.text, "This week I will walk with them on Sunday.");
    assert_eq!(c.suggestion, None);
    assert_eq!(c.started, t0().date_naive());
}

#[test]
fn prompts_follow_the_partners_role() {
    for role in Role::ALL {
        let mut wb = with_partner(role);
        open_first_strategy(&mut wb);
        act(&mut wb, Action::Select);
        let expected = wb.content.strategies[0].prompts_for(role);
        let Some(DraftTarget::Reflection { prompt, .. }) = wb.editor().map(|e| e.target.clone())
        else {
            panic!("no prompt editor");
        };
        assert_eq!(prompt, expected[0].id, "{role:?}");
    }
}

#[test]
fn a_draft_is_autosaved_after_a_few_seconds_not_on_every_key() {
    let mut wb = with_partner(Role::Hurt);
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Select);
    // Leaving home already marked the place to remember; let that save go.
    wb.update_now(Msg::Tick, at(10));
    wb.update_now(
        Msg::Input(KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE)),
        at(20),
    );
    assert!(wb.update_now(Msg::Tick, at(21)).is_empty());
    assert_eq!(wb.update_now(Msg::Tick, at(23)).names(), ["SaveSession"]);
    let s = wb.session.for_partner(wb.active.unwrap()).unwrap();
    assert_eq!(s.drafts[0].text, "a");
    assert!(
        wb.update_now(Msg::Tick, at(30)).is_empty(),
        "nothing new, nothing written"
    );
}

#[test]
fn reopening_returns_to_the_same_prompt_with_the_draft() {
    let mut wb = with_partner(Role::Hurt);
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "first answer");
    act(&mut wb, Action::Save);
    type_text(&mut wb, "not saved yet");
    let fx = act(&mut wb, Action::Quit);
    // The first answer was never reported durable here, so it goes again.
    assert_eq!(fx.names(), ["SaveStore", "SaveSession", "Quit"]);

    let again = Workbook::new(content(), wb.store.clone(), wb.session.clone(), None);
    assert!(matches!(again.screen, Screen::Strategy(_)));
    assert_eq!(again.editor().unwrap().text(), "not saved yet");
    // Shown as a draft: a letter typed goes on it, none is a command.
    assert_eq!(again.context(), Context::Draft);
}

#[test]
fn a_draft_for_another_prompt_is_not_lost_by_opening_a_different_one() {
    let mut wb = with_partner(Role::Hurt);
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "draft one");
    act(&mut wb, Action::StopEditing);
    act(&mut wb, Action::Back); // home
    wb.sync_session();
    // Open the second strategy and look at its first prompt.
    act(&mut wb, Action::Down);
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    wb.sync_session();
    let s = wb.session.for_partner(wb.active.unwrap()).unwrap();
    assert!(s.drafts.iter().any(|d| d.text == "draft one"), "{s:?}");
    // And back in the first strategy, the draft is there.
    act(&mut wb, Action::StopEditing);
    act(&mut wb, Action::Back);
    act(&mut wb, Action::Top);
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Edit);
    assert_eq!(wb.editor().unwrap().text(), "draft one");
}

#[test]
fn the_journal_edits_and_deletes_only_after_confirmation() {
    let mut wb = with_partner(Role::Hurt);
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "keep me");
    act(&mut wb, Action::Save);
    act(&mut wb, Action::StopEditing);
    act(&mut wb, Action::Back);
    act(&mut wb, Action::OpenJournal);
    assert_eq!(wb.context(), Context::JournalList);
    act(&mut wb, Action::Edit);
    type_text(&mut wb, " — edited");
    act(&mut wb, Action::Save);
    assert_eq!(wb.store.entries[0].body.text(), Some("keep me — edited"));
    act(&mut wb, Action::Back);
    act(&mut wb, Action::Delete);
    assert_eq!(wb.context(), Context::Confirm);
    act(&mut wb, Action::Cancel);
    assert_eq!(wb.store.entries.len(), 1);
    act(&mut wb, Action::Delete);
    let fx = act(&mut wb, Action::Confirm);
    assert!(fx.saves(SaveTarget::Store));
    assert!(wb.store.entries.is_empty());
}

#[test]
fn the_move_on_checklist_ticks_and_unticks() {
    let mut wb = with_partner(Role::Hurt);
    let n = wb.home_items().iter().position(|i| *i == HomeItem::MoveOn);
    act(&mut wb, Action::Top);
    for _ in 0..n.unwrap() {
        act(&mut wb, Action::Down);
    }
    act(&mut wb, Action::Select);
    assert_eq!(wb.context(), Context::MoveOn);
    let fx = act(&mut wb, Action::Toggle);
    assert!(fx.saves(SaveTarget::Store));
    let first = wb.content.move_on.signs[0].id.clone();
    assert!(wb.partner().unwrap().move_on.contains(&first));
    act(&mut wb, Action::Toggle);
    assert!(!wb.partner().unwrap().move_on.contains(&first));
}

#[test]
fn ticking_a_sign_of_danger_opens_the_help_list_at_once() {
    let mut wb = with_partner(Role::Hurt);
    let signs = wb.content.move_on.signs.clone();
    assert!(signs.iter().any(|s| s.offers_help), "the pack marks a sign");
    for (i, sign) in signs.iter().enumerate() {
        for ticking in [true, false] {
            wb.screen = Screen::MoveOn(ListView {
                selected: i,
                scroll: 0,
            });
            wb.notice = None;
            let fx = act(&mut wb, Action::Toggle);
            assert!(fx.saves(SaveTarget::Store), "{}", sign.id);
            assert_eq!(wb.partner().unwrap().move_on.contains(&sign.id), ticking);
            let offered = ticking && sign.offers_help;
            let expected = if offered {
                Context::SafetyHelp
            } else {
                Context::MoveOn
            };
            assert_eq!(wb.context(), expected, "{} ticked: {ticking}", sign.id);
            assert_eq!(matches!(wb.screen, Screen::Safety(_)), offered);
            assert_eq!(
                wb.notice.as_ref().map(|n| n.text.clone()),
                offered.then(help_offered),
                "{}",
                sign.id
            );
        }
    }
}

#[test]
fn quitting_from_home_saves_the_session_first() {
    let mut wb = with_partner(Role::Hurt);
    let fx = act(&mut wb, Action::Back);
    assert_eq!(fx.names(), ["SaveSession", "Quit"]);
}

#[test]
fn help_opens_and_any_key_closes_it_without_acting() {
    let mut wb = with_partner(Role::Hurt);
    act(&mut wb, Action::Help);
    assert_eq!(wb.context(), Context::Help);
    assert_eq!(wb.screen_context(), Context::Home);
    let fx = act(&mut wb, Action::Back);
    assert!(fx.is_empty(), "closing help does not quit");
    assert_eq!(wb.context(), Context::Home);
}

#[test]
fn several_people_are_asked_who_is_at_the_keyboard() {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.add_partner("Sam", Role::Repairing, t0());
    store.past_foundations(); // has read "Before you begin"
    let wb = Workbook::new(content(), store.clone(), Session::default(), None);
    assert_eq!(wb.context(), Context::Picker);
    assert_eq!(wb.active, None);
    let wb = Workbook::new(content(), store, Session::default(), Some("sam"));
    assert_eq!(wb.partner().unwrap().name, "Sam");
}

#[test]
fn a_failed_save_is_shown_and_cleared_by_the_next_success() {
    let mut wb = with_partner(Role::Hurt);
    wb.update_now(
        Msg::SaveFailed(
            SaveTarget::Store,
            1,
            crate::testing::disk_full("store.json"),
        ),
        t0(),
    );
    let n = wb.notice.clone().unwrap();
    assert_eq!(n.kind, NoticeKind::Error);
    assert!(n.text.contains("the disk is full") && n.text.contains("nothing is lost"));
    act(&mut wb, Action::Down);
    assert!(wb.notice.is_some(), "an error stays until it is resolved");
    wb.update_now(Msg::Saved(SaveTarget::Store, 1), t0());
    assert_eq!(wb.notice.unwrap().kind, NoticeKind::Info);
}

#[test]
fn the_safety_note_scrolls_to_its_last_resource_and_no_further() {
    let mut wb = Workbook::new(content(), Store::default(), Session::default(), None);
    wb.update_now(Msg::Resize(80, 24), t0());
    act(&mut wb, Action::Select);
    type_text(&mut wb, "Robin");
    act(&mut wb, Action::Select);
    act(&mut wb, Action::Select);
    crate::testing::draw_at(&wb, 80, 24);
    let max = wb.layout().scroll_limit.unwrap_or(0);
    for _ in 0..50 {
        act(&mut wb, Action::Down);
    }
    assert!(matches!(&wb.screen, Screen::Welcome(w) if w.scroll == max));
    act(&mut wb, Action::Up);
    assert!(
        matches!(&wb.screen, Screen::Welcome(w) if w.scroll + 1 == max || max == 0),
        "one key up moves at once"
    );
}

#[test]
fn document_text_scrolls_no_further_than_its_end_and_back_at_once() {
    let mut wb = on_safety_page();
    crate::testing::draw_at(&wb, 80, 24);
    for _ in 0..40 {
        act(&mut wb, Action::PageDown);
    }
    let Screen::Safety(list) = &wb.screen else {
        panic!("not on the safety page")
    };
    let at_end = list.scroll;
    assert!(at_end > 0 && at_end < 200, "{at_end}");
    act(&mut wb, Action::Up);
    let Screen::Safety(list) = &wb.screen else {
        panic!()
    };
    assert_eq!(list.scroll + 1, at_end, "one arrow up scrolls at once");
}

#[test]
fn the_default_visibility_setting_applies_only_when_sharing_is_available() {
    use crate::model::{SafetyOutcome, Visibility};
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, t0());
    let sam = store.add_partner("Sam", Role::Repairing, t0());
    store.past_foundations(); // has read "Before you begin"
    let mut wb = Workbook::new(content(), store, Session::default(), Some("Alex"));
    wb.config.default_visibility = Visibility::Shared;
    assert_eq!(
        wb.new_entry_visibility(),
        Visibility::Private,
        "no safety checks yet: nothing starts shared"
    );
    for id in [alex, sam] {
        wb.store.partner_mut(id).unwrap().safety_check = Some(SafetyOutcome::Clear);
    }
    assert_eq!(wb.new_entry_visibility(), Visibility::Shared);
    wb.store.partner_mut(sam).unwrap().safety_check = Some(SafetyOutcome::Concern);
    assert_eq!(wb.new_entry_visibility(), Visibility::Private);
    wb.config.default_visibility = Visibility::Private;
    wb.store.partner_mut(sam).unwrap().safety_check = Some(SafetyOutcome::Clear);
    assert_eq!(wb.new_entry_visibility(), Visibility::Private);
}

#[test]
fn the_stand_in_drawn_while_the_journal_loads_shows_home_and_takes_no_message() {
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    let counts = [(alex, 1234)].into_iter().collect();
    let mut session = Session::default();
    session.partners.insert(
        alex.to_string(),
        crate::workbook::session::PartnerSession {
            location: Location::Journal,
            ..Default::default()
        },
    );
    let mut wb = Workbook::preview(content(), store, counts, &session, Some("Alex"));
    assert!(wb.is_preview());
    assert!(
        matches!(wb.screen, Screen::Home(_)),
        "home, wherever Alex was"
    );
    assert_eq!(wb.entry_count(alex), 1234);
    assert!(
        wb.notice
            .as_ref()
            .is_some_and(|n| n.text.contains("Opening your journal"))
    );
    for msg in [
        Msg::Action(Action::OpenJournal),
        Msg::Action(Action::Quit),
        Msg::Action(Action::RetrySave),
        Msg::Tick,
    ] {
        assert!(
            wb.update_now(msg, t0()).is_empty(),
            "nothing to save or quit from a stand-in"
        );
    }
    assert!(matches!(wb.screen, Screen::Home(_)));
    wb.update_now(Msg::Resize(120, 40), t0());
    assert_eq!(wb.size, (120, 40));
}

/// The stand-in answers home's moves, the help and the FAQ at once, and
/// nothing that reads the journal or would save; the real workbook then
/// takes the place it was left in.
#[test]
fn the_stand_in_answers_home_the_help_and_the_faq_and_hands_over_its_place() {
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    let counts = [(alex, 1234)].into_iter().collect();
    let session = Session::default();
    let mut wb = Workbook::preview(content(), store.clone(), counts, &session, Some("Alex"));
    let faq = wb.home_items().iter().position(|i| *i == HomeItem::Faq);
    let Some(faq) = faq else {
        panic!("no FAQ on home");
    };
    // What would read the journal or save waits.
    for action in [
        Action::OpenJournal,
        Action::Next,
        Action::Quit,
        Action::Calm,
    ] {
        assert!(
            !wb.answers_while_reading(&Msg::Action(action)),
            "{action:?}"
        );
    }
    let mut moves = vec![Action::Top];
    moves.extend(std::iter::repeat_n(Action::Down, faq));
    for action in moves {
        assert!(wb.answers_while_reading(&Msg::Action(action)), "{action:?}");
        assert!(wb.update(Msg::Action(action), t0()).is_empty());
    }
    assert!(matches!(&wb.screen, Screen::Home(l) if l.selected == faq));
    // Too small to be seen: kept for the workbook's own rule, not answered.
    wb.update(Msg::Resize(60, 20), t0());
    assert!(!wb.answers_while_reading(&Msg::Action(Action::Down)));
    wb.update(Msg::Resize(80, 24), t0());
    assert!(wb.answers_while_reading(&Msg::Action(Action::Select)));
    assert!(wb.update(Msg::Action(Action::Select), t0()).is_empty());
    assert!(matches!(wb.screen, Screen::Faq(_)), "the FAQ opened");
    assert!(wb.answers_while_reading(&Msg::Action(Action::Down)));
    wb.update(Msg::Action(Action::Down), t0());
    // The Safety page's retake, a key the FAQ does not have: waits.
    assert!(!wb.answers_while_reading(&Msg::Action(Action::RetakeCheck)));
    assert!(
        wb.notice
            .as_ref()
            .is_some_and(|n| n.text.contains("Opening your journal")),
        "still saying the journal is being read"
    );
    // The journal read: the workbook arrives home, then where the keys left
    // the stand-in, the FAQ on its second question.
    // A journal whose home differs from the summary's (someone joined in
    // between): the place is not taken, the workbook stays home.
    let mut other = store.clone();
    other.add_partner("Sam", Role::Repairing, t0());
    let mut moved = Workbook::arriving(
        content(),
        other,
        session.clone(),
        Some("Alex"),
        Arrival::Home,
    );
    moved.take_place_from(&wb, t0());
    assert!(matches!(moved.screen, Screen::Home(_)));
    let mut real = taken_by(&wb, &store, &session, "Alex");
    assert!(matches!(&real.screen, Screen::Faq(l) if l.selected == 1));
    assert!(!real.is_preview());
    assert_eq!(real.location(), Location::Faq);
    act(&mut real, Action::Back);
    assert!(
        matches!(&real.screen, Screen::Home(l) if l.selected == faq),
        "home's cursor where the stand-in left it"
    );
}

/// When keys were typed on the stand-in, the real workbook arrives home as
/// the stand-in showed, not in the draft Alex left: the draft stays in the
/// session, whole, and opening the journal's new entry finds it again.
#[test]
fn arriving_home_keeps_the_place_and_the_draft_for_later() {
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    let mut session = Session::default();
    let draft = Draft {
        target: DraftTarget::NewEntry { strategy: None },
        text: "Words from last night".into(),
    };
    session.keep_draft(alex, draft.clone());
    if let Some(s) = session.partners.get_mut(&alex.to_string()) {
        s.location = Location::Journal;
    }
    let left_off = Workbook::new(content(), store.clone(), session.clone(), Some("Alex"));
    assert!(
        matches!(&left_off.screen, Screen::Journal(j) if j.editor().is_some()),
        "without keys typed, Alex is back in the draft"
    );
    let mut wb = Workbook::arriving(content(), store, session, Some("Alex"), Arrival::Home);
    assert!(
        matches!(wb.screen, Screen::Home(_)),
        "home, as the stand-in"
    );
    let kept = wb.session.for_partner(alex).map(|s| s.drafts.clone());
    assert_eq!(kept, Some(vec![draft]));
    act(&mut wb, Action::OpenJournal);
    act(&mut wb, Action::NewEntry);
    assert_eq!(
        wb.editor().map(crate::workbook::Editor::text).as_deref(),
        Some("Words from last night"),
        "the new entry opens on the draft"
    );
}

/// `msg` answered by the stand-in at once, asking for nothing to be saved.
fn answered(wb: &mut Workbook, msg: Msg) {
    assert!(wb.answers_while_reading(&msg), "{msg:?}");
    assert!(
        wb.update(msg, t0()).is_empty(),
        "nothing saved from the stand-in"
    );
}

/// Home's item number `item` opened on the stand-in, from the top.
fn to_home_item(wb: &mut Workbook, item: usize) {
    answered(wb, Msg::Action(Action::Top));
    for _ in 0..item {
        answered(wb, Msg::Action(Action::Down));
    }
    answered(wb, Msg::Action(Action::Select));
}

/// `who`'s draft for `target` kept in the workbook's session.
fn draft_of<'w>(wb: &'w Workbook, who: PartnerId, target: &DraftTarget) -> Option<&'w str> {
    wb.session
        .for_partner(who)
        .and_then(|s| s.draft_for(target))
        .map(|d| d.text.as_str())
}

/// The real workbook, `who` arrived home once the journal is read, having
/// taken the stand-in's place.
fn taken_by(stand_in: &Workbook, store: &Store, session: &Session, who: &str) -> Workbook {
    let mut real = Workbook::arriving(
        content(),
        store.clone(),
        session.clone(),
        Some(who),
        Arrival::Home,
    );
    real.take_place_from(stand_in, t0());
    real
}

/// The check-in opened and filled in on the stand-in, before the journal is
/// read: its numbers and its note (the one left unsaved last time, and
/// more words) are answered at once and save nothing; saving waits for the
/// journal, and the real workbook, taking the stand-in's place, saves
/// exactly what was filled in. Had it arrived as someone else, the note
/// would be kept as its writer's draft, never lost and never theirs.
#[test]
fn the_stand_in_fills_in_the_check_in_and_the_journal_saves_it() {
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, t0());
    store.add_partner("Sam", Role::Repairing, t0());
    store.past_foundations(); // has read "Before you begin"
    let mut session = Session::default();
    session.keep_draft(
        alex,
        Draft {
            target: DraftTarget::CheckInNote,
            text: "From yesterday".into(),
        },
    );
    let counts = [(alex, 1234)].into_iter().collect();
    let mut wb = Workbook::preview(content(), store.clone(), counts, &session, Some("Alex"));
    answered(&mut wb, Msg::Action(Action::OpenCheckIn));
    let Screen::CheckIn(form) = &wb.screen else {
        panic!("the check-in did not open: {:?}", wb.screen);
    };
    assert_eq!(form.note_text(), "From yesterday", "the note left unsaved");
    answered(&mut wb, Msg::Action(Action::Digit(4)));
    let values = match &wb.screen {
        Screen::CheckIn(f) => f.values,
        other => panic!("{other:?}"),
    };
    assert!(values.iter().any(Option::is_some), "a number set");
    for _ in 0..12 {
        if wb.accepts_text() {
            break;
        }
        answered(&mut wb, Msg::Action(Action::Down));
    }
    assert!(wb.accepts_text(), "the note reached");
    answered(
        &mut wb,
        Msg::Input(KeyEvent::new(KeyCode::End, KeyModifiers::NONE)),
    );
    for c in ", and today".chars() {
        answered(
            &mut wb,
            Msg::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
    answered(&mut wb, Msg::Paste(" too.".into()));
    // Saving, and leaving a form that holds something, wait for the journal.
    for action in [Action::Save, Action::Back, Action::Quit, Action::Calm] {
        assert!(
            !wb.answers_while_reading(&Msg::Action(action)),
            "{action:?}"
        );
    }
    // Someone else at the keyboard once the journal is read: the note is
    // Alex's draft, whole.
    let other = taken_by(&wb, &store, &session, "Sam");
    assert!(matches!(other.screen, Screen::Home(_)));
    assert_eq!(
        draft_of(&other, alex, &DraftTarget::CheckInNote),
        Some("From yesterday, and today too.")
    );
    // Alex, as the stand-in showed: the form as filled in, then saved.
    let mut real = taken_by(&wb, &store, &session, "Alex");
    let Screen::CheckIn(form) = &real.screen else {
        panic!("the check-in was not taken over: {:?}", real.screen);
    };
    assert_eq!(form.values, values);
    assert_eq!(form.note_text(), "From yesterday, and today too.");
    act(&mut real, Action::Save);
    let saved = real.store.checkins.iter().find(|c| c.author == alex);
    assert_eq!(
        saved.and_then(|c| c.note.as_deref()),
        Some("From yesterday, and today too.")
    );
    assert!(
        draft_of(&real, alex, &DraftTarget::CheckInNote).is_none(),
        "the note is saved, no longer a draft"
    );
}

/// A new entry begun on the stand-in, before the journal is read: "New
/// entry" on home, its strategy chosen, its words typed and pasted, all
/// answered at once and saving nothing; saving, leaving and going back to
/// the list wait for the journal. The real workbook takes the editor as it
/// is and saves exactly those words; had someone else arrived, they would
/// be Alex's draft. A new entry left unsaved last time opens again on the
/// stand-in as it would on the real workbook.
#[test]
fn the_stand_in_begins_a_new_entry_and_the_journal_saves_it() {
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, t0());
    store.add_partner("Sam", Role::Repairing, t0());
    store.past_foundations(); // has read "Before you begin"
    let session = Session::default();
    let counts: std::collections::BTreeMap<_, _> = [(alex, 1234)].into_iter().collect();
    let mut wb = Workbook::preview(
        content(),
        store.clone(),
        counts.clone(),
        &session,
        Some("Alex"),
    );
    let new_entry = wb
        .home_items()
        .iter()
        .position(|i| *i == HomeItem::NewEntry);
    let Some(new_entry) = new_entry else {
        panic!("no New entry on home");
    };
    to_home_item(&mut wb, new_entry);
    assert_eq!(wb.context(), Context::JournalLink, "the strategy asked");
    // Back from the choice shows the journal's list: it waits.
    assert!(!wb.answers_while_reading(&Msg::Action(Action::Back)));
    answered(&mut wb, Msg::Action(Action::Down));
    answered(&mut wb, Msg::Action(Action::Select));
    let first = wb.content.strategies[0].id.clone();
    assert!(
        matches!(wb.editor(), Some(e) if e.target == DraftTarget::NewEntry { strategy: Some(first.clone()) }),
        "writing an entry for the first strategy: {:?}",
        wb.screen
    );
    for c in "A walk by the river".chars() {
        answered(
            &mut wb,
            Msg::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
    answered(&mut wb, Msg::Paste(", slowly.\r\nWe talked.".into()));
    let words = "A walk by the river, slowly.\nWe talked.";
    assert_eq!(wb.editor().map(Editor::text).as_deref(), Some(words));
    for action in [
        Action::Save,
        Action::StopEditing,
        Action::ExternalEditor,
        Action::Quit,
        Action::Calm,
    ] {
        assert!(
            !wb.answers_while_reading(&Msg::Action(action)),
            "{action:?} waits for the journal"
        );
    }
    // Sam at the keyboard once the journal is read: the words are Alex's
    // draft, whole, and open again with Alex's next new entry.
    let other = taken_by(&wb, &store, &session, "Sam");
    assert!(matches!(other.screen, Screen::Home(_)));
    let target = DraftTarget::NewEntry {
        strategy: Some(first),
    };
    assert_eq!(draft_of(&other, alex, &target), Some(words));
    let mut again = Workbook::preview(
        content(),
        store.clone(),
        counts,
        &other.session,
        Some("Alex"),
    );
    to_home_item(&mut again, new_entry);
    assert_eq!(
        again.editor().map(Editor::text).as_deref(),
        Some(words),
        "the stand-in opens the new entry left unsaved"
    );
    // Alex, as the stand-in showed: the words, then saved.
    let mut real = taken_by(&wb, &store, &session, "Alex");
    assert_eq!(real.editor().map(Editor::text).as_deref(), Some(words));
    assert!(
        real.session_dirty_since.is_some(),
        "kept as a draft from now on"
    );
    assert!(
        real.notice
            .as_ref()
            .is_some_and(|n| n.text.contains("private")),
        "who can read it, as the stand-in said: {:?}",
        real.notice
    );
    act(&mut real, Action::Save);
    let saved: Vec<_> = real
        .store
        .entries
        .iter()
        .filter(|e| e.author == alex)
        .collect();
    assert_eq!(saved.len(), 1, "one entry saved");
    assert_eq!(saved[0].body.text(), Some(words));
    assert!(
        matches!(&saved[0].kind, EntryKind::Free { strategy: Some(s) } if *s == wb.content.strategies[0].id)
    );
    assert!(
        draft_of(&real, alex, &target).is_none(),
        "saved, no longer a draft"
    );
}

/// Every key of every key table offered to the stand-in on a check-in
/// filled in and on a new entry with words in it: none writes to its
/// journal, whatever the list of keys it answers says (a key that would is
/// tried on a copy and waits for the journal), and those it answers ask
/// for no save of any kind.
#[test]
fn no_key_offered_to_the_stand_in_writes_to_its_journal() {
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    let counts = [(alex, 1234)].into_iter().collect();
    let wb = Workbook::preview(content(), store, counts, &Session::default(), Some("Alex"));
    let mut checking_in = wb.clone();
    assert!(checking_in.answer_while_reading(&Msg::Action(Action::OpenCheckIn), t0()));
    assert!(checking_in.answer_while_reading(&Msg::Action(Action::Digit(4)), t0()));
    let mut writing = wb.clone();
    let new_entry = writing
        .home_items()
        .iter()
        .position(|i| *i == HomeItem::NewEntry)
        .unwrap_or_default();
    assert!(writing.answer_while_reading(&Msg::Action(Action::Top), t0()));
    for _ in 0..new_entry {
        assert!(writing.answer_while_reading(&Msg::Action(Action::Down), t0()));
    }
    assert!(writing.answer_while_reading(&Msg::Action(Action::Select), t0()));
    assert!(writing.answer_while_reading(&Msg::Action(Action::Select), t0()));
    assert!(writing.answer_while_reading(&Msg::Paste("Words".into()), t0()));
    assert!(writing.editor().is_some(), "{:?}", writing.screen);
    let actions: Vec<Action> = crate::keymap::Context::ALL
        .iter()
        .flat_map(|c| crate::keymap::bindings(*c))
        .map(|b| b.action)
        .collect();
    for wb in [checking_in, writing] {
        for &action in &actions {
            let mut tried = wb.clone();
            let answered = tried.answer_while_reading(&Msg::Action(action), t0());
            assert!(
                tried.store.checkins.is_empty(),
                "{action:?} wrote a check-in"
            );
            assert!(tried.store.entries.is_empty(), "{action:?} wrote an entry");
            assert_eq!(tried.wants, [false; 2], "{action:?}");
            if matches!(action, Action::Save) {
                assert!(!answered, "Save waits for the journal");
            }
        }
    }
}

mod household;
mod keys;

/// Someone added with `trustmend partner add` never went through the
/// welcome: at their first start they read the safety note (alone, with
/// no step count), and once they go on it is not shown again.
#[test]
fn a_partner_added_from_the_command_line_sees_the_safety_note_once() {
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, t0());
    let sam = store.add_partner("Sam", Role::Repairing, t0());
    store.past_foundations(); // has read "Before you begin"
    store.partner_mut(sam).unwrap().seen_safety_note = false;
    let content = Arc::new(Content::bundled().unwrap());
    // Alex went through the welcome: straight home.
    let wb = Workbook::new(
        Arc::clone(&content),
        store.clone(),
        Session::default(),
        Some("Alex"),
    );
    assert_eq!(wb.active(), Some(alex));
    assert_eq!(wb.context(), Context::Home);
    // Sam's first start: the note, whatever else would have opened.
    let mut wb = Workbook::new(Arc::clone(&content), store, Session::default(), Some("Sam"));
    assert!(
        matches!(&wb.screen, Screen::Welcome(w) if w.step == WelcomeStep::Safety && w.returning == Some(sam))
    );
    act(&mut wb, Action::Back);
    assert!(
        matches!(&wb.screen, Screen::Welcome(_)),
        "read before anything else"
    );
    let fx = act(&mut wb, Action::Select);
    assert!(fx.saves(SaveTarget::Store));
    assert!(wb.partner().unwrap().seen_safety_note);
    assert_eq!(wb.context(), Context::Home);
    let again = Workbook::new(content, wb.store.clone(), Session::default(), Some("Sam"));
    assert_eq!(again.context(), Context::Home);
}

/// Stumble 4 of issue 28: saving a prompt's answer jumped to the next
/// prompt without a word; now "Saved." follows, once the save is durable
/// (bound to its number, as for free entries), and never before.
#[test]
fn saving_an_answer_says_saved_once_it_is_on_the_disk() {
    let mut wb = with_partner(Role::Hurt);
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "It hurt.");
    let fx = act(&mut wb, Action::Save);
    assert!(fx.saves(SaveTarget::Store));
    let notice = |wb: &Workbook| wb.notice().map(|n| n.text.clone()).unwrap_or_default();
    assert_eq!(notice(&wb), "Saving…", "not yet on the disk");
    let seq = wb.saves().queued(SaveTarget::Store);
    wb.update_now(Msg::Saved(SaveTarget::Session, 99), t0());
    assert_eq!(
        notice(&wb),
        "Saving…",
        "the session's save is not the answer's"
    );
    wb.update_now(Msg::Saved(SaveTarget::Store, seq), t0());
    assert_eq!(notice(&wb), "Saved.");
    // A failed save never says it.
    act(&mut wb, Action::Select);
    type_text(&mut wb, "Still hurts.");
    act(&mut wb, Action::Save);
    let seq = wb.saves().queued(SaveTarget::Store);
    wb.update_now(
        Msg::SaveFailed(
            SaveTarget::Store,
            seq,
            crate::testing::disk_full("store.json"),
        ),
        t0(),
    );
    assert!(!notice(&wb).contains("Saved."), "{}", notice(&wb));
}

/// Stumble 6 of issue 28: a new person was sent to strategy 1 while home
/// said "Read this first" of "Before you begin". It is suggested (the
/// line, `n`, the cursor) until opened, then strategy 1 is.
#[test]
fn a_new_person_is_suggested_before_you_begin_until_it_is_read() {
    let new_person = || {
        let mut store = Store::default();
        store.add_partner("Alex", Role::Hurt, t0());
        Workbook::new(content(), store, Session::default(), None)
    };
    let mut wb = new_person();
    assert!(wb.suggests_foundations());
    let items = wb.home_items();
    let Screen::Home(list) = &wb.screen else {
        panic!("not home")
    };
    assert_eq!(
        items[list.selected],
        HomeItem::Foundations,
        "the cursor is on it"
    );
    let fx = act(&mut wb, Action::Next);
    assert!(matches!(wb.screen, Screen::Foundations(_)), "n opens it");
    assert!(fx.saves(SaveTarget::Store), "that it was read is kept");
    assert!(wb.partner().unwrap().read_foundations);
    act(&mut wb, Action::Back);
    assert!(!wb.suggests_foundations());
    act(&mut wb, Action::Next);
    assert!(matches!(&wb.screen, Screen::Strategy(v) if v.index == 0));

    // Someone who has begun a strategy already is not sent back to it.
    let mut wb = new_person();
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Back);
    assert!(!wb.suggests_foundations());
}

/// Found at 80x24 (issue 28): "No editor is set…" after Ctrl+O was
/// replaced two seconds later by "Saved. Everything you wrote is on the
/// disk." when the draft's autosave came back. That line answers a failed
/// save only.
#[test]
fn an_editor_error_is_not_replaced_by_a_saved_line() {
    let mut wb = with_partner(Role::Hurt);
    open_first_strategy(&mut wb);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "words");
    wb.update_now(Msg::EditorReturned(Err(crate::config::no_editor())), t0());
    let fx = wb.update_now(Msg::Flush, t0());
    assert!(fx.saves(SaveTarget::Session));
    let n = wb.saves().queued(SaveTarget::Session);
    wb.update_now(Msg::Saved(SaveTarget::Session, n), t0());
    let s = wb.saves().queued(SaveTarget::Store);
    wb.update_now(Msg::Saved(SaveTarget::Store, s), t0());
    let notice = wb.notice().map(|n| n.text.clone()).unwrap_or_default();
    assert!(notice.contains("nano is not installed"), "{notice}");
}

/// The help and safety page, open for a person told the terminal is 80×24.
fn on_safety_page() -> Workbook {
    let mut wb = with_partner(Role::Hurt);
    wb.update_now(Msg::Resize(80, 24), t0());
    let safety = wb
        .home_items()
        .iter()
        .position(|i| *i == HomeItem::Safety)
        .unwrap();
    act(&mut wb, Action::Top);
    for _ in 0..safety {
        act(&mut wb, Action::Down);
    }
    act(&mut wb, Action::Select);
    assert_eq!(wb.context(), Context::SafetyHelp);
    wb
}

fn safety_scroll(wb: &Workbook) -> u16 {
    let Screen::Safety(list) = &wb.screen else {
        panic!("not on the safety page")
    };
    list.scroll
}

#[test]
fn page_down_moves_by_the_page_the_renderer_drew_at_each_height() {
    // The workbook was told 80×24; the frames are drawn at other heights, so
    // a page worked out in the workbook from its own size would be wrong.
    let mut wb = on_safety_page();
    let mut pages = Vec::new();
    for height in [30, 40] {
        crate::testing::draw_at(&wb, 80, height);
        let page = wb.layout().page_rows;
        for _ in 0..40 {
            act(&mut wb, Action::PageUp);
        }
        assert_eq!(safety_scroll(&wb), 0);
        act(&mut wb, Action::PageDown);
        assert_eq!(safety_scroll(&wb), page, "at {height} rows");
        pages.push(page);
    }
    assert!(
        pages[0] < pages[1],
        "a taller terminal pages further: {pages:?}"
    );
}

#[test]
fn the_text_scrolls_to_the_end_the_renderer_drew_at_each_width() {
    let mut wb = on_safety_page();
    let mut ends = Vec::new();
    for width in [80, 140] {
        crate::testing::draw_at(&wb, width, 24);
        let limit = wb.layout().scroll_limit;
        for _ in 0..40 {
            act(&mut wb, Action::PageDown);
        }
        let end = safety_scroll(&wb);
        assert_eq!(Some(end), limit, "at {width} columns");
        // One arrow up leaves the end at once.
        act(&mut wb, Action::Up);
        assert_eq!(safety_scroll(&wb) + 1, end);
        ends.push(end);
    }
    assert!(ends[0] > ends[1], "narrower text is longer: {ends:?}");
}
