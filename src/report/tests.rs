use unicode_width::UnicodeWidthStr;

use super::fixture::{CIPHERTEXT, SAM_SECRET, fixture, now, today};
use super::*;
use crate::model::{Body, Stage, Visibility};

fn all_reports(f: &fixture::Fixture, who: PartnerId) -> [String; 3] {
    let scope = f.scope(who);
    [
        status::render(&scope, today()),
        markdown::render(&scope, now()),
        json::render(&scope, now()).unwrap(),
    ]
}

#[test]
fn alex_sees_own_entries_and_what_sam_shared_only() {
    let f = fixture();
    let seen = visible_entries(&f.scope(f.alex));
    assert!(
        seen.iter()
            .all(|e| e.author == f.alex || e.visibility == Visibility::Shared)
    );
    assert!(
        seen.iter().any(|e| e.author == f.sam),
        "Sam's shared entry is missing"
    );
    assert_eq!(seen.iter().filter(|e| e.author == f.alex).count(), 7);
    let mut sorted = seen.clone();
    sorted.sort_by_key(|e| e.created);
    assert_eq!(seen, sorted, "oldest first");
}

#[test]
fn sam_sees_only_what_alex_shared() {
    let f = fixture();
    let seen = visible_entries(&f.scope(f.sam));
    let from_alex: Vec<_> = seen.iter().filter(|e| e.author == f.alex).collect();
    assert_eq!(from_alex.len(), 1);
    assert_eq!(from_alex[0].visibility, Visibility::Shared);
}

#[test]
fn no_report_leaks_the_other_partners_private_words_or_ciphertext() {
    let f = fixture();
    for report in all_reports(&f, f.alex) {
        assert!(!report.contains("SAM-PRIVATE"), "{report}");
        assert!(!report.contains(SAM_SECRET));
        assert!(!report.contains("AGE ENCRYPTED"), "{report}");
        assert!(!report.contains(&CIPHERTEXT[40..60]));
    }
    let [_, sam_md, sam_json] = all_reports(&f, f.sam);
    for report in [&sam_md, &sam_json] {
        assert!(
            !report.contains("lonely"),
            "Alex's private entry reached Sam: {report}"
        );
        assert!(!report.contains("not a heading"), "{report}");
        assert!(
            report.contains("My sister"),
            "Alex's shared entry is missing"
        );
    }
}

#[test]
fn no_report_shows_move_on_ticks() {
    let f = fixture();
    for report in all_reports(&f, f.alex) {
        assert!(!report.contains("ALEX-MOVE-ON-TICK"), "{report}");
    }
}

#[test]
fn status_for_alex() {
    let f = fixture();
    let out = status::render(&f.scope(f.alex), today());
    insta::assert_snapshot!(out);
}

#[test]
fn status_for_sam() {
    let f = fixture();
    insta::assert_snapshot!(status::render(&f.scope(f.sam), today()));
}

#[test]
fn status_fits_eighty_columns_even_with_long_text() {
    let mut f = fixture();
    let long = "word ".repeat(60);
    let p = f.store.partner_mut(f.alex).unwrap();
    p.name = long.clone();
    p.commitments[1].text = long.clone();
    f.content.strategies[0].title = long;
    let out = status::render(&f.scope(f.alex), today());
    for line in out.lines() {
        assert!(
            line.width() <= status::WIDTH,
            "{} columns: {line}",
            line.width()
        );
    }
}

#[test]
fn status_suggests_the_step_in_progress_else_the_first_not_done() {
    let mut f = fixture();
    let line = |f: &fixture::Fixture| {
        let out = status::render(&f.scope(f.alex), today());
        out.lines().nth(2).unwrap().to_string()
    };
    assert_eq!(line(&f), "Suggested next: 2. Transparency");
    let p = f.store.partner_mut(f.alex).unwrap();
    for progress in p.progress.values_mut() {
        if progress.stage != Stage::Done {
            progress.stage = Stage::NotStarted;
        }
    }
    assert_eq!(line(&f), "Suggested next: 2. Transparency");
    let ids: Vec<String> = f.content.strategies.iter().map(|s| s.id.clone()).collect();
    let p = f.store.partner_mut(f.alex).unwrap();
    for id in ids {
        p.progress.entry(id).or_default().stage = Stage::Done;
    }
    assert_eq!(
        line(&f),
        "Suggested next: every strategy is done; revisit any you like"
    );
}

#[test]
fn reports_for_a_missing_profile_say_so() {
    let f = fixture();
    let scope = f.scope(99);
    assert!(status::render(&scope, today()).contains("no profile yet"));
    assert!(markdown::render(&scope, now()).contains("no profile"));
    let err = json::render(&scope, now()).unwrap_err();
    assert!(err.to_string().contains("no profile with id 99"), "{err}");
}

#[test]
fn markdown_for_alex() {
    let f = fixture();
    insta::assert_snapshot!(markdown::render(&f.scope(f.alex), now()));
}

#[test]
fn hostile_text_cannot_make_structure_in_markdown() {
    let f = fixture();
    let md = markdown::render(&f.scope(f.alex), now());
    for line in md.lines() {
        for bad in [
            "# not",
            "- not",
            "<script",
            "```",
            "> not",
            "1. not",
            "---",
            "    indented",
        ] {
            assert!(!line.starts_with(bad), "line starts with {bad:?}: {line}");
        }
    }
    assert!(
        !md.contains('<') && !md.contains('>'),
        "raw angle brackets:\n{md}"
    );
    assert!(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(md.contains("### \\# Heading? \\*no\\* &lt;b&gt;bold&lt;/b&gt; \\[x\\](y)"));
    assert!(md.contains("- \\- This week I will \\*listen\\* &lt;first&gt;"));
}

#[test]
fn markdown_escapes_each_kind_of_block_marker() {
    use markdown::{body, escape_line};
    assert_eq!(escape_line("## heading"), "\\#\\# heading");
    assert_eq!(escape_line("- item"), "\\- item");
    assert_eq!(escape_line("+ item"), "\\+ item");
    assert_eq!(escape_line("12. item"), "12\\. item");
    assert_eq!(escape_line("3) item"), "3\\) item");
    assert_eq!(escape_line("2026 was hard"), "2026 was hard");
    assert_eq!(escape_line("> quote"), "&gt; quote");
    assert_eq!(escape_line("~~~"), "\\~\\~\\~");
    assert_eq!(escape_line("==="), "\\===");
    assert_eq!(escape_line("***"), "\\*\\*\\*");
    assert_eq!(escape_line("    code"), "code");
    assert_eq!(escape_line("a | b"), "a \\| b");
    assert_eq!(escape_line("C:\\path"), "C:\\\\path");
    assert_eq!(escape_line("esc\u{1b}[2J"), "esc\u{241b}\\[2J");
    assert_eq!(body("one\ntwo\r\n\n\n\nthree\n"), "one\\\ntwo\n\nthree");
    assert_eq!(markdown::inline("two\nlines  here"), "two lines here");
}

#[test]
fn json_for_alex() {
    let f = fixture();
    insta::assert_snapshot!(json::render(&f.scope(f.alex), now()).unwrap());
}

#[test]
fn json_marks_protected_entries_locked_without_text() {
    let f = fixture();
    let out = json::render(&f.scope(f.alex), now()).unwrap();
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["format"], "trustmend-export");
    assert_eq!(v["version"], 1);
    assert_eq!(v["exported"], "2026-03-08T10:00:00+01:00");
    let apology = &v["strategies"][2];
    assert_eq!(apology["id"], "sincere-apology");
    let sealed = &apology["entries"][0];
    assert_eq!(sealed["locked"], true);
    assert!(sealed["text"].is_null());
    let other = v["other_entries"].as_array().unwrap();
    assert_eq!(
        other.len(),
        2,
        "the free entry and the one from a retired strategy"
    );
    assert_eq!(other[0]["text"].as_str(), Some(fixture::HOSTILE));
}

#[test]
fn stage_ids_match_the_store_format() {
    let stages = [
        Stage::NotStarted,
        Stage::Reading,
        Stage::Reflecting { prompt: 0 },
        Stage::Committing,
        Stage::Practising {
            commitment: 1,
            since: today(),
        },
        Stage::Reviewing { commitment: 1 },
        Stage::Done,
    ];
    for stage in stages {
        let v = serde_json::to_value(StrategyProgress {
            stage: stage.clone(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(v["stage"], json::stage_id(&stage));
    }
}

#[test]
fn sealed_bodies_are_shown_as_locked_in_markdown() {
    let mut f = fixture();
    let id = f
        .store
        .entries
        .iter()
        .find(|e| matches!(e.body, Body::Sealed(_)))
        .unwrap()
        .id;
    let md = markdown::render(&f.scope(f.alex), now());
    assert!(md.contains(&format!("*{}*", locked())));
    f.store.entries.retain(|e| e.id != id);
    let md = markdown::render(&f.scope(f.alex), now());
    assert!(!md.contains(&locked()));
}

#[test]
fn status_shows_the_last_check_in_and_a_trust_sparkline_but_no_notes() {
    let f = fixture();
    let out = status::render(&f.scope(f.alex), today());
    assert!(
        out.contains("Last check-in: 2026-03-08 · mood 4/5 · trust 7/10"),
        "{out}"
    );
    assert!(
        out.contains("Trust, last 14 check-ins: ▂▃▂▃▄▄▅▄▅▅▅▆▅▆ (0 to 10)"),
        "{out}"
    );
    for report in [out, status::render(&f.scope(f.sam), today())] {
        assert!(!report.contains("NOTE"), "{report}");
    }
    let sam = status::render(&f.scope(f.sam), today());
    assert!(
        sam.contains("trust 9/10") && !sam.contains("trust 7/10"),
        "{sam}"
    );
}

#[test]
fn status_without_check_ins_says_how_to_start() {
    let mut f = fixture();
    f.store.checkins.clear();
    let out = status::render(&f.scope(f.alex), today());
    assert!(out.contains("Check-ins: none yet"), "{out}");
}

#[test]
fn the_json_export_keeps_ones_own_check_ins_with_notes_and_no_one_elses() {
    let f = fixture();
    let out = json::render(&f.scope(f.alex), now()).unwrap();
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let cs = v["checkins"].as_array().unwrap();
    assert_eq!(cs.len(), 16);
    assert_eq!(cs[0]["trust"], 1);
    assert_eq!(cs[15]["note"], "ALEX-NOTE day 36");
    assert!(!out.contains(fixture::SAM_CHECKIN_NOTE), "{out}");
}

#[test]
fn dates_read_as_chrono_would_write_them() {
    let mut at = chrono::DateTime::parse_from_rfc3339("1999-12-31T23:59:00-05:00").unwrap();
    for _ in 0..800 {
        assert_eq!(human_time(at), at.format("%-d %B %Y, %H:%M").to_string());
        assert_eq!(
            human_date(at.date_naive()),
            at.format("%-d %B %Y").to_string()
        );
        at += chrono::Duration::minutes(61 * 23 + 7);
    }
}

/// Alex's answer to a together prompt, a free entry with a `# ` title, and
/// an entry holding control characters (ESC, a C1 CSI, DEL, a NUL).
fn labelled_fixture() -> fixture::Fixture {
    let mut f = fixture();
    let at = fixture::t("2026-03-06T21:00:00+01:00");
    let mut push = |kind: crate::model::EntryKind, heading: &str, text: &str| {
        let id = f.store.fresh_id();
        f.store.entries.push(crate::model::Entry {
            id,
            author: f.alex,
            kind,
            heading: heading.into(),
            body: Body::Text(text.into()),
            visibility: Visibility::Private,
            created: at,
            updated: at,
        });
    };
    push(
        crate::model::EntryKind::Reflection {
            strategy: "open-communication".into(),
            prompt: "oc-wish-understood".into(),
        },
        "What do you wish your partner understood?",
        "TOGETHER-WORDS: that I am trying.",
    );
    push(
        crate::model::EntryKind::Free { strategy: None },
        "",
        "# Sunday night\n\nFREE-WORDS after the title.",
    );
    push(
        crate::model::EntryKind::Free { strategy: None },
        "",
        "CONTROLS: \u{1b}[31mred\u{9b}2J \u{7f}\u{0}end",
    );
    f
}

#[test]
fn a_together_answer_is_labelled_together_in_every_export() {
    let f = labelled_fixture();
    let scope = f.scope(f.alex);
    let md = markdown::render(&scope, now());
    let at = md.find("TOGETHER-WORDS").unwrap();
    let meta = md[..at].rsplit("*Written").next().unwrap();
    assert!(meta.contains("· together"), "{meta}");
    assert!(!meta.contains("private"), "{meta}");
    let html = html::render(&scope, now());
    let at = html.find("TOGETHER-WORDS").unwrap();
    let meta = html[..at].rsplit("Written").next().unwrap();
    assert!(
        meta.contains("together") && !meta.contains("private"),
        "{meta}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&json::render(&scope, now()).unwrap()).unwrap();
    let entry = json["strategies"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["entries"].as_array().unwrap())
        .find(|e| e["prompt"] == "oc-wish-understood")
        .unwrap();
    assert_eq!(entry["reach"], "together");
}

#[test]
fn a_free_entrys_title_is_its_heading() {
    let f = labelled_fixture();
    let scope = f.scope(f.alex);
    let md = markdown::render(&scope, now());
    assert!(md.contains("\n### Sunday night\n"), "{md}");
    assert!(!md.contains("\\# Sunday night"), "{md}");
    let at = md.find("FREE-WORDS").unwrap();
    assert!(!md[..at].ends_with("Journal entry"));
    let html = html::render(&scope, now());
    assert!(html.contains(">Sunday night</h"), "{html}");
    assert!(!html.contains("# Sunday night"));
    let json: serde_json::Value =
        serde_json::from_str(&json::render(&scope, now()).unwrap()).unwrap();
    let entry = json["other_entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["heading"] == "Sunday night")
        .unwrap();
    assert_eq!(entry["text"], "FREE-WORDS after the title.");
}

#[test]
fn no_export_holds_a_raw_control_character() {
    let f = labelled_fixture();
    let scope = f.scope(f.alex);
    for (format, text) in [
        ("markdown", markdown::render(&scope, now())),
        ("html", html::render(&scope, now())),
        ("json", json::render(&scope, now()).unwrap()),
        ("status", status::render(&scope, today())),
    ] {
        let raw: Vec<char> = text
            .chars()
            .filter(|&c| c.is_control() && c != '\n')
            .collect();
        assert!(raw.is_empty(), "{format}: {raw:?}");
    }
    // JSON keeps the person's text exactly: the controls are escaped.
    let json: serde_json::Value =
        serde_json::from_str(&json::render(&scope, now()).unwrap()).unwrap();
    assert!(
        json["other_entries"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["text"] == "CONTROLS: \u{1b}[31mred\u{9b}2J \u{7f}\u{0}end")
    );
}

/// `--select` lists what the person wrote, not the question they answered.
#[test]
fn the_select_list_shows_the_persons_own_words() {
    let f = labelled_fixture();
    let entries = visible_entries(&f.scope(f.alex));
    let lines = select::list(&entries);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("TOGETHER-WORDS: that I am trying.")),
        "{lines:?}"
    );
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("What do you wish your partner understood?")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("Sunday night")),
        "{lines:?}"
    );
    assert!(
        lines.iter().all(|l| !l.chars().any(char::is_control)),
        "{lines:?}"
    );
}

/// Alex answered the PHQ-9 twice and the CSI-4 once: every export shows
/// first, latest and change with the band in words and the citation, and
/// Sam's export shows none of it.
#[test]
fn questionnaires_show_first_latest_and_change_in_every_export_and_only_the_persons_own() {
    // The fixture: Alex answered the PHQ-9 on 1 and 7 March, the CSI-4 on 2 March.
    let f = fixture();
    let scope = f.scope(f.alex);
    let md = markdown::render(&scope, now());
    assert!(md.contains("## Questionnaires"), "{md}");
    assert!(
        md.contains("- First: 12 of 27 (moderate), 1 March 2026, 09:00"),
        "{md}"
    );
    assert!(
        md.contains("- Latest: 7 of 27 (mild), 7 March 2026"),
        "{md}"
    );
    assert!(md.contains("- Change: -5, over 2 answers"), "{md}");
    assert!(md.contains("13 of 21 (below the cut-off (13.5)"), "{md}");
    assert!(md.contains("Kroenke K"), "{md}");
    let html = html::render(&scope, now());
    assert!(html.contains("<h2>Questionnaires</h2>"), "{html}");
    assert!(html.contains("<svg role=\"img\" aria-label=\"PHQ-9 totals over time\""));
    assert!(html.contains("<td>7 of 27</td><td>mild</td>"), "{html}");
    let json: serde_json::Value =
        serde_json::from_str(&json::render(&scope, now()).unwrap()).unwrap();
    let phq = &json["measures"][0];
    assert_eq!(phq["id"], "phq9");
    assert_eq!(phq["first"]["band"], "moderate");
    assert_eq!(phq["latest"]["total"], 7);
    assert_eq!(phq["change"], -5);
    for text in [
        markdown::render(&f.scope(f.sam), now()),
        html::render(&f.scope(f.sam), now()),
        json::render(&f.scope(f.sam), now()).unwrap(),
    ] {
        assert!(!text.contains("Questionnaires") && !text.contains("phq9"));
    }
}
