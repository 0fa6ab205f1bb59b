//! `measures = [...]` in a homework file: checked, listed, and due on the
//! therapist's schedule.

use std::path::Path;

use chrono::{DateTime, NaiveDate};

use super::*;

fn check(src: &str) -> Result<Plan, Vec<String>> {
    parse(Path::new("hw.toml"), src, &Content::bundled().unwrap())
        .map_err(|e| e.iter().map(ToString::to_string).collect())
}

const FILE: &str = r#"assigned_by = "Dr. Lee"
start = 2026-03-01
measures = ["phq9", "csi4"]
measures_every_days = 7

[[step]]
strategy = "open-communication"
"#;

#[test]
fn a_file_asks_for_measures_on_a_schedule() {
    let plan = check(FILE).unwrap();
    assert_eq!(plan.measures.ids, ["phq9", "csi4"]);
    assert_eq!(plan.measures.every_days, Some(7));
    let plain = check(&FILE.replace("measures_every_days = 7\n", "")).unwrap();
    assert_eq!(plain.measures.every_days, None);
    let none = check(&FILE.replace(
        "measures = [\"phq9\", \"csi4\"]\nmeasures_every_days = 7\n",
        "",
    ))
    .unwrap();
    assert!(none.measures.is_empty());
}

#[test]
fn an_unknown_measure_is_named_with_its_file_line_and_the_known_ones() {
    let p = check(&FILE.replace("\"csi4\"", "\"phq8\"")).unwrap_err();
    assert_eq!(
        p,
        ["hw.toml:3:21: measure \"phq8\" is not known; use one of: phq9, gad7, csi4"]
    );
}

#[test]
fn a_wrong_schedule_a_repeat_and_a_schedule_alone_are_each_named() {
    let p = check(&FILE.replace("= 7", "= 0")).unwrap_err();
    assert!(
        p[0].starts_with("hw.toml:4:23: measures_every_days must be a whole number"),
        "{p:?}"
    );
    let p = check(&FILE.replace("\"csi4\"", "\"phq9\"")).unwrap_err();
    assert!(p[0].contains("measure \"phq9\" is listed twice"), "{p:?}");
    let p = check(&FILE.replace("measures = [\"phq9\", \"csi4\"]", "")).unwrap_err();
    assert!(
        p[0].contains("add a line like measures = [\"phq9\"]"),
        "{p:?}"
    );
    let p = check(&FILE.replace("[\"phq9\", \"csi4\"]", "\"phq9\"")).unwrap_err();
    assert!(
        p[0].starts_with("hw.toml:3:12: `measures` must be a list"),
        "{p:?}"
    );
}

#[test]
fn the_measures_are_listed_after_the_strategies_and_due_on_the_schedule() {
    let now = DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap();
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, now);
    attach(&mut store, check(FILE).unwrap().into_assignment(alex, now));
    assert_eq!(
        rows(&store, alex),
        [Row::Step(0), Row::Measure(0), Row::Measure(1)]
    );
    let a = for_partner(&store, alex).unwrap().clone();
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
    assert_eq!(
        MeasureState::of(&store, alex, &a, "phq9", day(1)),
        MeasureState::Due
    );
    store
        .partner_mut(alex)
        .unwrap()
        .measures
        .push(crate::model::MeasureResult {
            measure: "phq9".into(),
            at: now,
            answers: vec![0; 9],
            total: 0,
        });
    let answered = MeasureState::Answered {
        on: day(1),
        next: day(8),
    };
    assert_eq!(MeasureState::of(&store, alex, &a, "phq9", day(7)), answered);
    assert_eq!(
        answered.label_as(|d| d.to_string()),
        "answered 2026-03-01, next 2026-03-08"
    );
    assert_eq!(
        MeasureState::of(&store, alex, &a, "phq9", day(8)),
        MeasureState::Due
    );
}
