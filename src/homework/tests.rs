//! Assignment files, good and bad, and what importing one does to a store.

use std::path::Path;

use chrono::DateTime;

use super::*;
use crate::model::{Body, Entry, EntryKind, Visibility};

fn content() -> Content {
    Content::bundled().unwrap()
}

fn t(s: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn check(src: &str) -> Result<Plan, Vec<String>> {
    parse(Path::new("hw.toml"), src, &content())
        .map_err(|e| e.iter().map(ToString::to_string).collect())
}

fn problems(src: &str) -> Vec<String> {
    match check(src) {
        Ok(plan) => panic!("expected problems, parsed {plan:?}"),
        Err(p) => p,
    }
}

const GOOD: &str = r#"
assigned_by = "Dr. Lee"
start = 2026-03-01

[[step]]
strategy = "open-communication"
due = 2026-03-04

[[step.prompt]]
id = "lee-one"
role = "hurt"
text = "What helped this week?"

[[step]]
strategy = "transparency"
"#;

#[test]
fn a_good_file_becomes_a_plan_in_order() {
    let plan = check(GOOD).unwrap();
    assert_eq!(plan.assigned_by, "Dr. Lee");
    assert_eq!(plan.to, None);
    assert_eq!(plan.start.to_string(), "2026-03-01");
    let ids: Vec<_> = plan.steps.iter().map(|s| s.strategy.as_str()).collect();
    assert_eq!(ids, ["open-communication", "transparency"]);
    assert_eq!(
        plan.steps[0].due.map(|d| d.to_string()).as_deref(),
        Some("2026-03-04")
    );
    assert_eq!(plan.steps[1].due, None);
    assert_eq!(plan.steps[0].prompts[0].role, "hurt");
}

#[test]
fn the_template_and_the_documented_example_parse() {
    let plan = check(TEMPLATE).unwrap();
    assert_eq!(plan.to.as_deref(), Some("Alex"));
    assert!(!plan.note.is_empty());

    let doc = include_str!("../../docs/homework.md");
    let example = doc
        .split("## A complete example")
        .nth(1)
        .and_then(|rest| rest.split("```toml").nth(1))
        .and_then(|block| block.split("```").next())
        .expect("docs/homework.md has a ```toml example");
    let plan = check(example).unwrap();
    assert_eq!(plan.assigned_by, "Dr. Rivera");
    assert_eq!(plan.steps.len(), 3);
    assert_eq!(plan.steps[0].prompts.len(), 2);
}

#[test]
fn quoted_dates_are_accepted_too() {
    let src = GOOD.replace("start = 2026-03-01", "start = \"2026-03-01\"");
    assert_eq!(check(&src).unwrap().start.to_string(), "2026-03-01");
}

#[test]
fn an_unknown_strategy_is_named_with_its_place_and_the_valid_ids() {
    let p = problems(&GOOD.replace("\"transparency\"", "\"transparancy\""));
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("hw.toml:15:12: strategy \"transparancy\" is not in the content pack"),
        "{}",
        p[0]
    );
    assert!(
        p[0].contains("open-communication, transparency, sincere-apology"),
        "{}",
        p[0]
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let src = r#"
assigned_by = " "
start = 2026-03-10

[[step]]
strategy = "open-communication"
due = 2026-03-04

[[step.prompt]]
id = "oc-what-you-need-to-say"
role = "hurt"
text = "x"

[[step.prompt]]
id = "Mine"
role = "partner"
text = ""

[[step]]
strategy = "open-communication"
"#;
    let p = problems(src).join("\n");
    for expected in [
        "hw.toml:2:15: assigned_by is empty",
        "hw.toml:7:7: due date 2026-03-04 is before the start date 2026-03-10",
        "hw.toml:10:6: prompt id \"oc-what-you-need-to-say\" is already a prompt of the content pack",
        "hw.toml:15:6: prompt id \"Mine\" must be lowercase",
        "hw.toml:16:8: role \"partner\" is not known; use \"hurt\", \"repairing\", \"both\", \"everyone\" or \"together\"",
        "hw.toml:17:8: prompt text is empty",
        "hw.toml:20:12: strategy \"open-communication\" is assigned twice",
    ] {
        assert!(p.contains(expected), "missing {expected:?} in:\n{p}");
    }
}

/// The fixture the CLI test uses too: seven mistakes of seven kinds.
const SEVEN: &str = include_str!("../../tests/fixtures/homework-seven-mistakes.toml");

#[test]
fn seven_mistakes_are_seven_problems_in_one_run_each_with_its_place() {
    let p = problems(SEVEN);
    let expected = [
        "hw.toml:2:1: unknown field `asigned_by`; did you mean `assigned_by`?",
        "hw.toml:3:9: start must be a date like 2026-03-01",
        "hw.toml:6:12: strategy \"honesty\" is not in the content pack",
        "hw.toml:11:8: role \"partner\" is not known",
        "hw.toml:16:1: unknown field `dew`; did you mean `due`?",
        "hw.toml:19:6: prompt id \"Lee Two\" must be lowercase",
        "hw.toml:18:1: missing field `text`",
    ];
    for want in expected {
        assert!(
            p.iter().any(|got| got.starts_with(want)),
            "missing {want:?} in:\n{}",
            p.join("\n")
        );
    }
    assert_eq!(p.len(), expected.len(), "{}", p.join("\n"));
}

#[test]
fn a_syntax_error_does_not_hide_the_other_problems() {
    let p = problems(
        "assigned_by = \"Dr. Lee\"\nstart = 2026-03-01\n[[step]]\nstrategy = open\ndue = 2026-03-1\n[[step]]\nstrategy = \"honesty\"\nwhen = 1\n",
    );
    let all = p.join("\n");
    for want in [
        "hw.toml:4:12: string values must be quoted",
        "hw.toml:5:7: invalid date",
        "hw.toml:7:12: strategy \"honesty\" is not in the content pack",
        "hw.toml:8:1: unknown field `when`; a [[step]] may have `strategy`, `due` or `prompt`",
    ] {
        assert!(all.contains(want), "missing {want:?} in:\n{all}");
    }
    // One problem per place: the syntax error is the whole story there.
    assert_eq!(p.len(), 4, "{all}");
}

#[test]
fn values_of_the_wrong_type_are_each_named() {
    let p = problems(
        "assigned_by = 3\nstart = 2026-03-01\nnote = [\"a\"]\n[[step]]\nstrategy = \"transparency\"\n[[step.prompt]]\nid = 7\nrole = \"both\"\ntext = \"Why?\"\n",
    );
    let all = p.join("\n");
    for want in [
        "hw.toml:1:15: assigned_by must be text in quotes, not integer",
        "hw.toml:3:8: note must be text in quotes, not array",
        "hw.toml:7:6: prompt id must be text in quotes, not integer",
    ] {
        assert!(all.contains(want), "missing {want:?} in:\n{all}");
    }
}

#[test]
fn repeated_prompt_ids_and_out_of_order_due_dates_are_refused() {
    let src = r#"
assigned_by = "Dr. Lee"
start = 2026-03-01

[[step]]
strategy = "open-communication"
due = 2026-03-10
[[step.prompt]]
id = "a"
role = "both"
text = "One?"

[[step]]
strategy = "transparency"
due = 2026-03-05
[[step.prompt]]
id = "a"
role = "both"
text = "Two?"
"#;
    let p = problems(src).join("\n");
    assert!(
        p.contains("hw.toml:15:7: due date 2026-03-05 is earlier than the step before it"),
        "{p}"
    );
    assert!(
        p.contains("hw.toml:17:6: prompt id \"a\" is used twice"),
        "{p}"
    );
}

#[test]
fn syntax_errors_missing_keys_and_bad_dates_have_places() {
    let p = problems("assigned_by = \"Dr. Lee\"\nstart = 2026-03-01\n[[step]]\nstrategy = open\n");
    assert!(p[0].starts_with("hw.toml:4:"), "{p:?}");
    assert!(p[0].contains("docs/homework.md"), "{p:?}");

    let p = problems("assigned_by = \"Dr. Lee\"\n[[step]]\nstrategy = \"transparency\"\n");
    assert!(p[0].contains("missing field `start`"), "{p:?}");

    let p = problems(
        "assigned_by = \"Dr. Lee\"\nstart = \"next monday\"\n[[step]]\nstrategy = \"transparency\"\n",
    );
    assert_eq!(
        p,
        ["hw.toml:2:9: start must be a date like 2026-03-01 (year-month-day, no time)"]
    );

    let p = problems(
        "assigned_by = \"Dr. Lee\"\nstart = 2026-03-01\ndue_by = 1\n[[step]]\nstrategy = \"transparency\"\n",
    );
    assert!(
        p[0].starts_with("hw.toml:3:1: unknown field `due_by`"),
        "{p:?}"
    );

    let p = problems("assigned_by = \"Dr. Lee\"\nstart = 2026-03-01\n");
    assert!(p[0].contains("has no [[step]]"), "{p:?}");
}

fn store_with_alex() -> (Store, PartnerId) {
    let mut s = Store::default();
    let alex = s.add_partner("Alex", Role::Hurt, t("2026-03-01T09:00:00+01:00"));
    (s, alex)
}

#[test]
fn reimporting_replaces_the_assignment_and_keeps_every_entry() {
    let (mut store, alex) = store_with_alex();
    let sam = store.add_partner("Sam", Role::Repairing, t("2026-03-01T09:00:00+01:00"));
    let now = t("2026-03-02T09:00:00+01:00");
    let first = check(GOOD).unwrap();
    assert_eq!(
        attach(&mut store, first.clone().into_assignment(alex, now)),
        Attached::New
    );
    assert_eq!(
        attach(&mut store, first.into_assignment(sam, now)),
        Attached::New
    );
    let id = store.fresh_id();
    store.entries.push(Entry {
        id,
        author: alex,
        kind: EntryKind::Reflection {
            strategy: "open-communication".into(),
            prompt: "lee-one".into(),
        },
        heading: "What helped this week?".into(),
        body: Body::Text("the walk".into()),
        visibility: Visibility::Private,
        created: now,
        updated: now,
    });
    let entries_before = store.entries.clone();

    let updated = check(&GOOD.replace("Dr. Lee", "Dr. Rivera").replace(
        "[[step.prompt]]\nid = \"lee-one\"\nrole = \"hurt\"\ntext = \"What helped this week?\"\n",
        "",
    ))
    .unwrap();
    assert_eq!(
        attach(&mut store, updated.into_assignment(alex, now)),
        Attached::Replaced
    );

    assert_eq!(store.assignments.len(), 2, "one per partner");
    assert_eq!(for_partner(&store, alex).unwrap().assigned_by, "Dr. Rivera");
    assert_eq!(for_partner(&store, sam).unwrap().assigned_by, "Dr. Lee");
    assert_eq!(store.entries, entries_before);
}

#[test]
fn extra_prompts_follow_the_packs_for_the_matching_role_only() {
    let c = content();
    let oc = c.strategy("open-communication").unwrap();
    let (mut store, alex) = store_with_alex();
    let sam = store.add_partner("Sam", Role::Repairing, t("2026-03-01T09:00:00+01:00"));
    let plan = check(GOOD).unwrap();
    attach(
        &mut store,
        plan.clone()
            .into_assignment(alex, t("2026-03-02T09:00:00+01:00")),
    );
    attach(
        &mut store,
        plan.into_assignment(sam, t("2026-03-02T09:00:00+01:00")),
    );

    let hurt = prompts_for(&store, alex, Role::Hurt, oc);
    assert_eq!(hurt.len(), oc.prompts_for(Role::Hurt).len() + 1);
    assert_eq!(hurt.last().unwrap().id, "lee-one");
    // The prompt is for the hurt partner: Sam, repairing, is not asked it.
    let repairing = prompts_for(&store, sam, Role::Repairing, oc);
    assert_eq!(repairing.len(), oc.prompts_for(Role::Repairing).len());
    // Other strategies are untouched.
    let tr = c.strategy("transparency").unwrap();
    assert_eq!(
        prompts_for(&store, alex, Role::Hurt, tr).len(),
        tr.prompts_for(Role::Hurt).len()
    );
}

#[test]
fn a_step_is_done_when_its_strategy_is_finished_otherwise_due_or_overdue() {
    let (mut store, alex) = store_with_alex();
    let plan = check(GOOD).unwrap();
    let step = plan.steps[0].clone();
    attach(
        &mut store,
        plan.clone()
            .into_assignment(alex, t("2026-03-01T09:00:00+01:00")),
    );
    let day = |s: &str| s.parse::<NaiveDate>().unwrap();
    assert_eq!(
        StepState::of(&store, alex, &step, day("2026-03-03")),
        StepState::Due(day("2026-03-04"))
    );
    assert_eq!(
        StepState::of(&store, alex, &step, day("2026-03-04")),
        StepState::DueToday
    );
    assert_eq!(
        StepState::of(&store, alex, &step, day("2026-03-05")).label(),
        "overdue (due 2026-03-04)"
    );
    let p = store.partner_mut(alex).unwrap();
    p.progress
        .entry("open-communication".into())
        .or_default()
        .finished = Some(t("2026-03-06T20:00:00+01:00"));
    // Finished, but Dr. Lee's prompt for Alex is not answered: not done.
    assert_eq!(
        StepState::of(&store, alex, &step, day("2026-03-09")).label(),
        "overdue (due 2026-03-04)"
    );
    assert_eq!(
        rows(&store, alex)[..2],
        [Row::Step(0), Row::Prompt { step: 0, prompt: 0 }]
    );
    let id = store.fresh_id();
    store.entries.push(Entry {
        id,
        author: alex,
        kind: EntryKind::Reflection {
            strategy: "open-communication".into(),
            prompt: "lee-one".into(),
        },
        heading: "What helped this week?".into(),
        body: Body::Text("The walk.".into()),
        visibility: Visibility::Private,
        created: t("2026-03-07T20:00:00+01:00"),
        updated: t("2026-03-07T20:00:00+01:00"),
    });
    assert_eq!(
        StepState::of(&store, alex, &step, day("2026-03-09")).label(),
        "done 2026-03-06"
    );
    assert_eq!(rows(&store, alex)[..2], [Row::Step(0), Row::Step(1)]);
    assert_eq!(
        StepState::of(&store, alex, &plan.steps[1], day("2026-03-09")),
        StepState::NoDueDate
    );
}

fn one_prompt(role: &str) -> String {
    format!(
        "assigned_by = \"Dr. Lee\"\nstart = 2026-03-01\n[[step]]\nstrategy = \"transparency\"\n[[step.prompt]]\nid = \"lee-a\"\nrole = \"{role}\"\ntext = \"One?\"\n"
    )
}

/// A homework file names people with the words of `trustmend partner add
/// --role`: `both` is a partner who has each hurt and been hurt, as there.
/// Everyone is `everyone`; `together` stays.
#[test]
fn a_homework_files_roles_are_the_words_of_partner_add() {
    let store_with = |role: Role| {
        let mut store = Store::default();
        let id = store.add_partner("Alex", role, t("2026-03-01T09:00:00+01:00"));
        (store, id)
    };
    let c = content();
    let s = c.strategy("transparency").unwrap();
    for (word, reaches) in [
        ("hurt", vec![Role::Hurt]),
        ("repairing", vec![Role::Repairing]),
        ("both", vec![Role::Both]),
        ("everyone", Role::ALL.to_vec()),
        ("together", Role::ALL.to_vec()),
    ] {
        let plan = check(&one_prompt(word)).unwrap_or_else(|p| panic!("{word}: {p:?}"));
        for role in Role::ALL {
            let (mut store, id) = store_with(role);
            attach(
                &mut store,
                plan.clone()
                    .into_assignment(id, t("2026-03-01T09:00:00+01:00")),
            );
            let asked = prompts_for(&store, id, role, s)
                .iter()
                .any(|p| p.id == "lee-a");
            assert_eq!(asked, reaches.contains(&role), "role = {word:?}, {role:?}");
        }
    }
    // Each word `partner add` knows is a word here.
    for role in [Role::Hurt, Role::Repairing, Role::Both] {
        assert!(check(&one_prompt(role.short())).is_ok(), "{role:?}");
    }
}

/// The old words are refused with the one to write instead.
#[test]
fn homework_check_names_the_word_to_use_for_an_old_one() {
    let p = problems(&one_prompt("mutual")).join("\n");
    assert!(
        p.contains("hw.toml:7:8: role \"mutual\" is now \"both\""),
        "{p}"
    );
    assert!(p.contains("partner add"), "{p}");
    let p = problems(&one_prompt("unsaid")).join("\n");
    assert!(p.contains("\"everyone\""), "{p}");
    let p = problems(&one_prompt("partner")).join("\n");
    assert!(
        p.contains(
            "role \"partner\" is not known; use \"hurt\", \"repairing\", \"both\", \"everyone\" or \"together\""
        ),
        "{p}"
    );
}
