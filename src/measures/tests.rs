use super::*;

fn measure(id: &str) -> Measure {
    by_id(id).unwrap().clone()
}

/// Answers (each at most the item's highest option) adding up to `total`.
fn answers_for(m: &Measure, mut total: u16) -> Vec<u8> {
    m.items
        .iter()
        .map(|i| {
            let top = u16::try_from(i.options.len() - 1).unwrap();
            let a = total.min(top);
            total -= a;
            u8::try_from(a).unwrap()
        })
        .collect()
}

#[test]
fn the_bundled_measures_check_and_keep_their_sources() {
    let all = parse(Path::new("content/measures.toml"), english()).unwrap();
    let ids: Vec<&str> = all.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["phq9", "gad7", "csi4"]);
    for m in &all {
        assert!(m.source.contains("20"), "{}", m.id);
        assert!(!m.licence.is_empty());
    }
    assert_eq!(measure("phq9").items.len(), 9);
    assert_eq!(measure("phq9").max_total(), 27);
    assert_eq!(measure("gad7").items.len(), 7);
    assert_eq!(measure("gad7").max_total(), 21);
    assert_eq!(measure("csi4").items.len(), 4);
    assert_eq!(measure("csi4").max_total(), 21);
    assert_eq!(measure("phq9").items[0].options[3], "Nearly every day");
    assert_eq!(measure("csi4").items[0].options[6], "Perfect");
}

/// Every boundary of every band, as published: PHQ-9 0–4, 5–9, 10–14,
/// 15–19, 20–27 (0–4 "none to minimal", as Kroenke 2001); GAD-7 0–4, 5–9, 10–14, 15–21; CSI-4 below 13.5 or not.
#[test]
fn each_total_on_either_side_of_every_band_boundary_reads_as_published() {
    let cases: [(&str, &[(u16, &str)]); 3] = [
        (
            "phq9",
            &[
                (0, "none to minimal"),
                (4, "none to minimal"),
                (5, "mild"),
                (9, "mild"),
                (10, "moderate"),
                (14, "moderate"),
                (15, "moderately severe"),
                (19, "moderately severe"),
                (20, "severe"),
                (27, "severe"),
            ],
        ),
        (
            "gad7",
            &[
                (0, "minimal"),
                (4, "minimal"),
                (5, "mild"),
                (9, "mild"),
                (10, "moderate"),
                (14, "moderate"),
                (15, "severe"),
                (21, "severe"),
            ],
        ),
        (
            "csi4",
            &[
                (0, "below the cut-off (13.5)"),
                (13, "below the cut-off (13.5)"),
                (14, "above the cut-off (13.5)"),
                (21, "above the cut-off (13.5)"),
            ],
        ),
    ];
    for (id, expected) in cases {
        let m = measure(id);
        for &(total, band) in expected {
            let answers = answers_for(&m, total);
            assert_eq!(m.score(&answers), Some(total), "{id} {answers:?}");
            let got = m.band(total).unwrap();
            assert!(got.starts_with(band), "{id} {total}: {got}");
        }
        // Every total has exactly one band; none past the highest.
        for total in 0..=m.max_total() {
            let n = m
                .bands
                .iter()
                .filter(|b| (b.min..=b.max).contains(&total))
                .count();
            assert_eq!(n, 1, "{id} {total}");
        }
        assert_eq!(m.band(m.max_total() + 1), None);
    }
}

#[test]
fn answers_that_do_not_fit_the_items_are_not_scored() {
    let m = measure("phq9");
    assert_eq!(m.score(&[0; 8]), None);
    assert_eq!(m.score(&[4, 0, 0, 0, 0, 0, 0, 0, 0]), None);
    assert_eq!(m.score(&[1; 9]), Some(9));
}

/// PHQ-9 item 9 above "Not at all" opens Help and safety, whatever the total.
#[test]
fn phq9_item_9_above_not_at_all_alerts_whatever_the_total() {
    let m = measure("phq9");
    assert!(!m.alerts(&[0; 9]));
    assert!(!m.alerts(&[3, 3, 3, 3, 3, 3, 3, 3, 0]));
    for a in 1..=3 {
        let mut answers = [0; 9];
        answers[8] = a;
        assert!(m.alerts(&answers), "{a}");
    }
    assert!(!measure("gad7").alerts(&[3; 7]));
}

#[test]
fn a_clinicians_file_with_mistakes_gets_every_problem_named() {
    let src = r#"
[[measure]]
id = "mine"
name = "Mine"
about = ""
stem = "How often?"
source = ""
licence = "mine"
options = ["No", "Yes"]
items = ["One", "Two"]
alert_item = 3
alert_above = 0
bands = [{ min = 0, max = 0, label = "none" }, { min = 2, max = 2, label = "all" }]
"#;
    let p = parse(Path::new("pack/measures.toml"), src)
        .unwrap_err()
        .join("\n");
    for want in [
        "pack/measures.toml: measure \"mine\": `source` is empty",
        "band \"all\" (2–2) does not start at 1",
        "alert_item 3 is not one of its 2 items",
    ] {
        assert!(p.contains(want), "missing {want:?} in\n{p}");
    }
    let p = parse(Path::new("m.toml"), "[[measure]]\nid = 3\n").unwrap_err();
    assert!(p[0].starts_with("m.toml:2: "), "{p:?}");
}

#[test]
fn progress_says_each_measures_first_and_latest_with_its_band() {
    let at = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
    let r = |measure: &str, when: &str, total| crate::model::MeasureResult {
        measure: measure.into(),
        at: at(when),
        answers: Vec::new(),
        total,
    };
    let day = |d: chrono::NaiveDate| d.format("%-d %b %Y").to_string();
    let lines = history(
        &[
            r("phq9", "2026-03-07T09:00:00+01:00", 7),
            r("phq9", "2026-03-01T09:00:00+01:00", 12),
            r("gad7", "2026-03-02T09:00:00+01:00", 16),
        ],
        day,
    );
    assert_eq!(
        lines,
        [
            "PHQ-9: 12 moderate → 7 mild (2 answers, latest 7 Mar 2026)",
            "GAD-7: 16 severe (answered 2 Mar 2026)",
        ]
    );
    assert!(history(&[], day).is_empty());
}

/// The one rule for offering them: never answered, or answered `every`
/// days ago or more; a therapist's list narrows which.
#[test]
fn due_at_the_start_then_after_the_schedules_days() {
    use chrono::{DateTime, NaiveDate};
    let at = DateTime::parse_from_rfc3339("2026-03-01T22:30:00+01:00").unwrap();
    let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
    let ids = |asked: Option<&[String]>, every, results: &[crate::model::MeasureResult], today| {
        due(bundled(), asked, every, results, today)
            .iter()
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(None, 14, &[], day(1)), ["phq9", "gad7", "csi4"]);
    let asked = ["csi4".to_string()];
    assert_eq!(ids(Some(&asked), 14, &[], day(1)), ["csi4"]);
    let kept = [crate::model::MeasureResult {
        measure: "phq9".into(),
        at,
        answers: vec![0; 9],
        total: 0,
    }];
    assert_eq!(ids(None, 14, &kept, day(1)), ["gad7", "csi4"]);
    assert_eq!(ids(None, 14, &kept, day(14)), ["gad7", "csi4"]);
    assert_eq!(ids(None, 14, &kept, day(15)), ["phq9", "gad7", "csi4"]);
    assert_eq!(ids(None, 7, &kept, day(8)), ["phq9", "gad7", "csi4"]);
}

/// A questionnaire with no verified wording in a language (the CSI-4 in
/// Spanish) is never asked in English there: not offered, not due, said
/// kindly where the questionnaires are listed; a homework file may still
/// name it, and answers kept before still read. English offers all three.
#[test]
fn a_questionnaire_without_verified_spanish_is_not_offered_in_spanish() {
    use crate::i18n::{Lang, in_language};
    let ids = |m: &[Measure]| m.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
    in_language(Lang::EN, || {
        assert_eq!(ids(bundled()), ["phq9", "gad7", "csi4"]);
        assert!(not_offered().is_empty());
    });
    in_language(Lang::ES, || {
        assert_eq!(ids(bundled()), ["phq9", "gad7"]);
        assert_eq!(ids(all()), ["phq9", "gad7", "csi4"]);
        assert!(by_id("csi4").is_none());
        assert_eq!(known("csi4").map(|m| m.name.as_str()), Some("CSI-4"));
        let said = not_offered();
        assert_eq!(said.len(), 1);
        assert!(
            said[0].starts_with(
                "El CSI-4 (satisfacción en la relación) todavía no está disponible en español"
            ),
            "{said:?}"
        );
        let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 8).unwrap();
        let due = due(bundled(), Some(&["csi4".to_string()]), 14, &[], today);
        assert!(due.is_empty(), "{due:?}");
        // An answer kept before, in English, still reads in Spanish.
        let at = chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap();
        let kept = crate::model::MeasureResult {
            measure: "csi4".into(),
            at,
            answers: vec![4, 4, 3, 3],
            total: 14,
        };
        let history = history(&[kept], |d| d.to_string());
        assert!(history.iter().any(|l| l.contains("CSI-4")), "{history:?}");
    });
}
