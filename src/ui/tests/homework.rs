//! Homework from a therapist: the home item, its screen, and an assigned
//! prompt in a strategy's reflection flow, at 80x24.

use std::path::Path;

use super::flows::finish_strategy;
use super::*;
use crate::homework;

/// Alex with Dr. Lee's three strategies (due 4, 7 and 20 March 2026) and
/// one extra prompt for the hurt partner in the first.
pub(in crate::ui) fn alex_with_homework() -> Workbook {
    let mut wb = alex();
    let src = r#"
assigned_by = "Dr. Lee"
start = 2026-03-01
note = "Go gently; one strategy at a time is plenty."

[[step]]
strategy = "open-communication"
due = 2026-03-04
[[step.prompt]]
id = "lee-calm"
role = "hurt"
text = "When did a hard talk this week go better than you feared?"

[[step]]
strategy = "transparency"
due = 2026-03-07

[[step]]
strategy = "sincere-apology"
due = 2026-03-20
"#;
    let plan = homework::parse(Path::new("hw.toml"), src, wb.content()).unwrap();
    let me = wb.active().unwrap();
    homework::attach(wb.store_mut(), plan.into_assignment(me, now()));
    wb
}

/// The homework item sits after the ten strategies.
const HOMEWORK_ITEM: usize = 10;

#[test]
fn home_offers_the_homework_and_still_fits() {
    let mut wb = alex_with_homework();
    for _ in 0..HOMEWORK_ITEM {
        act(&mut wb, Action::Down);
    }
    let t = render(&wb);
    insta::assert_snapshot!("home_with_homework", t.backend());
    let text = screen_text(&t);
    assert!(
        text.contains("› Homework from Dr. Lee (0 of 3 done)"),
        "{text}"
    );
    assert!(
        text.contains("Help and safety"),
        "every item still shows:\n{text}"
    );
    assert!(
        text.contains("Next: Open communication, due 4 Mar 2026."),
        "{text}"
    );
}

#[test]
fn the_homework_screen_shows_done_due_and_overdue() {
    let mut wb = alex_with_homework();
    finish_strategy(&mut wb, 0);
    // A week later: open communication is done, transparency overdue.
    act(&mut wb, Action::Top);
    for _ in 0..HOMEWORK_ITEM {
        act(&mut wb, Action::Down);
    }
    act_at(&mut wb, Action::Select, 8);
    assert!(matches!(wb.screen(), Screen::Homework(_)));
    let t = render(&wb);
    insta::assert_snapshot!("homework_screen", t.backend());
    let text = screen_text(&t);
    // Open communication is finished, but Dr. Lee's prompt in it was
    // skipped: the step is not done, and the prompt is listed under it.
    assert!(text.contains("[!] Open communication"), "{text}");
    assert!(
        text.contains("↳ When did a hard talk this week go better than you feared?"),
        "{text}"
    );
    assert!(text.contains("› "), "{text}");
    assert!(text.contains("[!] Transparency"), "{text}");
    assert!(text.contains("overdue (due 7 Mar 2026)"), "{text}");
    assert!(text.contains("due 20 Mar 2026"), "{text}");
    assert!(text.contains("0 of 3 done"), "{text}");
    assert!(text.contains("Go gently"), "{text}");

    // The prompt is selected first; Enter opens it on its own, with no
    // new commitment asked for, and the strategy stays done.
    act(&mut wb, Action::Select);
    assert!(
        matches!(wb.screen(), Screen::Strategy(v) if v.index == 0 && v.answering.is_some()),
        "{:?}",
        wb.screen()
    );
    assert!(screen_text(&render(&wb)).contains("When did a hard talk"));
    wb.update(
        crate::workbook::Msg::Paste("Tuesday, when we walked.".into()),
        now(),
    );
    act(&mut wb, Action::Save);
    assert_eq!(
        wb.partner().unwrap().progress("open-communication").stage,
        crate::model::Stage::Done
    );
    act(&mut wb, Action::Back);
    assert!(
        matches!(wb.screen(), Screen::Homework(_)),
        "{:?}",
        wb.screen()
    );
    let text = screen_text(&render(&wb));
    assert!(text.contains("[✓] Open communication"), "{text}");
    assert!(text.contains("done 1 Mar 2026"), "{text}");
    assert!(!text.contains("↳"), "{text}");
    assert!(text.contains("1 of 3 done"), "{text}");

    // The selection stays in place, now on the first unfinished
    // strategy; Enter opens it.
    act(&mut wb, Action::Select);
    assert!(matches!(wb.screen(), Screen::Strategy(v) if v.index == 1));
}

#[test]
fn the_assigned_prompt_comes_last_and_says_who_added_it() {
    let mut wb = alex_with_homework();
    open_home_item(&mut wb, 0);
    act(&mut wb, Action::Select);
    let pack = wb.content().strategies[0].prompts_for(Role::Hurt).len();
    for _ in 0..pack {
        acts(&mut wb, &[Action::StopEditing, Action::Skip]);
    }
    assert!(matches!(stage(&wb, 0), Stage::Reflecting { prompt } if prompt == pack));
    let t = render(&wb);
    insta::assert_snapshot!("homework_prompt", t.backend());
    let text = screen_text(&t);
    assert!(
        text.contains(&format!(
            "Prompt {} of {} · from Dr. Lee",
            pack + 1,
            pack + 1
        )),
        "{text}"
    );

    type_text(&mut wb, "The walk on Sunday.");
    act(&mut wb, Action::Save);
    let e = wb.store().entries.last().unwrap();
    assert_eq!(
        e.kind,
        crate::model::EntryKind::Reflection {
            strategy: "open-communication".into(),
            prompt: "lee-calm".into()
        }
    );
    assert_eq!(
        e.heading,
        "When did a hard talk this week go better than you feared?"
    );
    assert_eq!(stage(&wb, 0), Stage::Committing, "the last prompt leads on");
}

#[test]
fn someone_repairing_is_not_asked_the_hurt_partners_prompt() {
    let mut wb = workbook_with(&[("Sam", Role::Repairing)]);
    let me = wb.active().unwrap();
    let src = "assigned_by = \"Dr. Lee\"\nstart = 2026-03-01\n[[step]]\nstrategy = \"open-communication\"\n[[step.prompt]]\nid = \"lee-calm\"\nrole = \"hurt\"\ntext = \"Only for the hurt partner?\"\n";
    let plan = homework::parse(Path::new("hw.toml"), src, wb.content()).unwrap();
    homework::attach(wb.store_mut(), plan.into_assignment(me, now()));
    open_home_item(&mut wb, 0);
    act(&mut wb, Action::Select);
    let pack = wb.content().strategies[0]
        .prompts_for(Role::Repairing)
        .len();
    let text = screen_text(&render(&wb));
    assert!(text.contains(&format!("Prompt 1 of {pack}")), "{text}");
}
