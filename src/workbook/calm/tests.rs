//! The calm screen: the breath's pace from the start time and `now`, the
//! grounding steps, leaving back to exactly where the person was, and
//! never a save.

use crate::model::SaveTarget;
use crate::testing::Effects as _;
use chrono::Duration;

use super::*;
use crate::content::Content;
use crate::keymap::Context;
use crate::model::{Role, Store};
use crate::testing::t0;
use crate::workbook::{Effect, ListView, Msg, Session};

fn ms(n: i64) -> Duration {
    Duration::milliseconds(n)
}

fn alex() -> Workbook {
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.past_foundations(); // has read "Before you begin"
    Workbook::new(
        std::sync::Arc::new(Content::bundled().unwrap()),
        store,
        Session::default(),
        None,
    )
}

fn act(wb: &mut Workbook, a: Action, at: Timestamp) -> Vec<Effect> {
    wb.update_now(Msg::Action(a), at)
}

fn calm(wb: &Workbook) -> &CalmView {
    match &wb.screen {
        Screen::Calm(v) => v,
        other => panic!("not on the calm screen: {other:?}"),
    }
}

#[test]
fn the_breath_goes_in_four_hold_four_out_six_and_repeats() {
    // Every 100 ms over three whole breaths: the phase is the one whose
    // window holds the time, and the seconds left count down to 1.
    for step in 0..(3 * BREATH_SECONDS * 10) {
        let t = step * 100;
        let b = breath_at(ms(t));
        let within = t % 14_000;
        let (phase, start, len) = match within {
            0..4_000 => (Phase::In, 0, 4_000),
            4_000..8_000 => (Phase::Hold, 4_000, 4_000),
            _ => (Phase::Out, 8_000, 6_000),
        };
        assert_eq!(b.phase, phase, "at {t} ms");
        assert_eq!(b.count, t / 14_000, "at {t} ms");
        let expected = (within - start) as f64 / len as f64;
        assert!((b.progress - expected).abs() < 1e-9, "at {t} ms");
        assert!((1..=6).contains(&b.seconds_left), "at {t} ms");
        assert_eq!(b.seconds_left, (len - (within - start) + 999) / 1000);
    }
    assert_eq!(breath_at(ms(0)).seconds_left, 4);
    assert_eq!(breath_at(ms(8_000)).seconds_left, 6);
    assert_eq!(breath_at(ms(13_999)).seconds_left, 1);
}

#[test]
fn the_shape_grows_breathing_in_stays_full_holding_and_shrinks_breathing_out() {
    let mut last = -1.0;
    for t in (0..4_000).step_by(100) {
        let f = breath_at(ms(t)).fullness();
        assert!(f > last, "in, at {t} ms: {f} after {last}");
        last = f;
    }
    for t in (4_000..8_000).step_by(100) {
        assert_eq!(breath_at(ms(t)).fullness(), 1.0, "hold, at {t} ms");
    }
    last = 2.0;
    for t in (8_000..14_000).step_by(100) {
        let f = breath_at(ms(t)).fullness();
        assert!(f < last, "out, at {t} ms: {f} after {last}");
        last = f;
    }
    // Back to empty as the next breath begins.
    assert_eq!(breath_at(ms(14_000)).fullness(), 0.0);
}

#[test]
fn a_clock_that_goes_back_starts_the_breath_again_rather_than_panicking() {
    let b = breath_at(ms(-5_000));
    assert_eq!((b.phase, b.count, b.seconds_left), (Phase::In, 0, 4));
}

#[test]
fn the_pace_comes_from_when_it_opened_not_from_how_often_it_ticks() {
    let mut wb = alex();
    act(&mut wb, Action::Down, t0());
    act(&mut wb, Action::Calm, t0() + ms(500));
    let opened = t0() + ms(500);
    assert_eq!(calm(&wb).started(), opened);
    // A tick late (the machine was busy) still lands in the right phase.
    wb.update_now(Msg::Tick, opened + ms(9_300));
    let b = calm(&wb).breath(wb.last_seen().unwrap());
    assert_eq!(b.phase, Phase::Out);
    assert_eq!(calm(&wb).breath(opened + ms(4_000)).phase, Phase::Hold);
}

#[test]
fn every_way_out_goes_back_to_exactly_where_the_person_was() {
    for leave in [Action::Back, Action::Select] {
        let mut wb = alex();
        act(&mut wb, Action::Down, t0());
        act(&mut wb, Action::Down, t0());
        act(&mut wb, Action::Calm, t0());
        assert_eq!(wb.context(), Context::Calm);
        assert!(matches!(
            calm(&wb).beneath(),
            Screen::Home(ListView { selected: 2, .. })
        ));
        act(&mut wb, Action::Next, t0());
        act(&mut wb, leave, t0() + ms(30_000));
        assert!(
            matches!(wb.screen, Screen::Home(ListView { selected: 2, .. })),
            "{leave:?}: {:?}",
            wb.screen
        );
    }
}

#[test]
fn it_opens_over_the_help_and_opening_it_again_keeps_its_place() {
    let mut wb = alex();
    act(&mut wb, Action::Help, t0());
    act(&mut wb, Action::Calm, t0());
    assert!(!wb.help_open());
    assert_eq!(wb.context(), Context::Calm);
    act(&mut wb, Action::Next, t0());
    act(&mut wb, Action::Calm, t0() + ms(3_000));
    assert_eq!(calm(&wb).started(), t0());
    assert_eq!(calm(&wb).grounding_step(), 1);
    // One Esc is enough: it was not stacked twice.
    act(&mut wb, Action::Back, t0());
    assert!(matches!(wb.screen, Screen::Home(_)));
}

#[test]
fn the_grounding_steps_go_five_to_one_and_stop_at_the_ends() {
    let mut wb = alex();
    act(&mut wb, Action::Calm, t0());
    assert_eq!(calm(&wb).grounding_text(), grounding(0));
    assert!(grounding(0).contains("five") && grounding(4).contains("one"));
    act(&mut wb, Action::Previous, t0());
    assert_eq!(calm(&wb).grounding_step(), 0);
    for want in 1..GROUNDING_STEPS {
        act(&mut wb, Action::Next, t0());
        assert_eq!(calm(&wb).grounding_step(), want);
        assert_eq!(calm(&wb).grounding_text(), grounding(want));
    }
    act(&mut wb, Action::Next, t0());
    assert_eq!(calm(&wb).grounding_step(), 4);
    act(&mut wb, Action::Previous, t0());
    assert_eq!(calm(&wb).grounding_step(), 3);
}

#[test]
fn nothing_on_the_calm_screen_is_ever_saved() {
    let mut wb = alex();
    let store_before = format!("{:?}", wb.store());
    let mut effects = act(&mut wb, Action::Calm, t0());
    for (i, a) in [Action::Next, Action::Next, Action::Previous, Action::Help]
        .into_iter()
        .enumerate()
    {
        effects.extend(act(&mut wb, a, t0() + ms(i as i64 * 700)));
        effects.extend(wb.update_now(Msg::Tick, t0() + ms(i as i64 * 700 + 350)));
    }
    act(&mut wb, Action::Back, t0());
    effects.extend(act(&mut wb, Action::Back, t0()));
    assert!(
        !effects.saves(SaveTarget::Store),
        "a save was asked for: {effects:?}"
    );
    assert_eq!(format!("{:?}", wb.store()), store_before);
}

#[test]
fn quitting_from_the_calm_screen_keeps_the_draft_beneath_it() {
    let mut wb = alex();
    // Open the first strategy's first prompt and write a few words.
    act(&mut wb, Action::Select, t0());
    for _ in 0..6 {
        if wb.editor().is_some() {
            break;
        }
        let a = match wb.context() {
            Context::Prompt => Action::Edit,
            _ => Action::Select,
        };
        act(&mut wb, a, t0());
    }
    assert!(wb.editor().is_some(), "no editor: {:?}", wb.context());
    for c in "it still hurts".chars() {
        wb.update_now(
            Msg::Input(ratatui::crossterm::event::KeyEvent::from(
                ratatui::crossterm::event::KeyCode::Char(c),
            )),
            t0(),
        );
    }
    act(&mut wb, Action::Calm, t0());
    // The editor is still the person's, under the calm screen.
    assert_eq!(wb.context(), Context::Calm);
    assert!(
        wb.editor()
            .is_some_and(|e| e.draft().text.contains("it still hurts"))
    );
    let effects = act(&mut wb, Action::Quit, t0());
    assert!(effects.saves(SaveTarget::Session));
    let id = wb.active().unwrap().to_string();
    let kept = &wb.session().partners[&id];
    assert!(
        kept.drafts
            .iter()
            .any(|d| d.text.contains("it still hurts")),
        "{kept:?}"
    );
    assert!(matches!(
        kept.location,
        crate::workbook::Location::Strategy { .. }
    ));
}

#[test]
fn it_asks_for_fast_ticks_only_while_the_shape_moves() {
    let mut wb = alex();
    assert!(!wb.wants_fast_ticks());
    act(&mut wb, Action::Calm, t0());
    assert!(wb.wants_fast_ticks());
    act(&mut wb, Action::Help, t0());
    assert!(!wb.wants_fast_ticks(), "the help covers the shape");
    act(&mut wb, Action::Back, t0());
    assert!(wb.wants_fast_ticks());
    wb.config_mut().reduce_motion = true;
    assert!(!wb.wants_fast_ticks());
    wb.config_mut().reduce_motion = false;
    act(&mut wb, Action::Back, t0());
    assert!(!wb.wants_fast_ticks());
}
