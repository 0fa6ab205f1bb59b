use std::path::PathBuf;

use super::*;
use crate::model::Role;

const IDS: [&str; 10] = [
    "open-communication",
    "transparency",
    "sincere-apology",
    "consistent-actions",
    "patience",
    "rebuild-slowly",
    "seeking-therapy",
    "setting-boundaries",
    "empathy",
    "forgiveness",
];

#[test]
fn the_bundled_pack_has_the_ten_strategies_in_order() {
    let c = Content::bundled().unwrap();
    let ids: Vec<_> = c.strategies.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, IDS);
}

#[test]
fn every_role_has_prompts_and_commitments_in_every_strategy() {
    let c = Content::bundled().unwrap();
    for s in &c.strategies {
        assert!(s.prompts.len() >= 4, "{}", s.id);
        assert!(s.commitments.len() >= 2, "{}", s.id);
        for role in Role::ALL {
            assert!(
                !s.prompts_for(role).is_empty(),
                "{} has no prompt for {role:?}",
                s.id
            );
            assert!(
                !s.commitments_for(role).is_empty(),
                "{} has no commitment for {role:?}",
                s.id
            );
        }
        // The hurt partner never sees the repairing partner's prompts.
        assert!(
            s.prompts_for(Role::Hurt)
                .iter()
                .all(|p| p.audience != Audience::Repairing)
        );
    }
}

#[test]
fn partners_who_both_hurt_get_their_own_prompts_and_never_pick_a_side() {
    let c = Content::bundled().unwrap();
    for s in &c.strategies {
        let prompts = s.prompts_for(Role::Both);
        let own = |a: Audience| a == Audience::Mutual;
        assert!(
            prompts.iter().filter(|p| own(p.audience)).count() >= 2,
            "{} has fewer than two prompts for partners who both hurt",
            s.id
        );
        assert!(
            s.commitments_for(Role::Both)
                .iter()
                .any(|c| own(c.audience)),
            "{} has no commitment for partners who both hurt",
            s.id
        );
        // Nobody else is asked them, and they are not asked one side's questions.
        for role in [Role::Hurt, Role::Repairing, Role::Unsaid] {
            assert!(s.prompts_for(role).iter().all(|p| !own(p.audience)));
        }
        assert!(
            prompts
                .iter()
                .all(|p| !matches!(p.audience, Audience::Hurt | Audience::Repairing))
        );
    }
}

#[test]
fn the_bundled_pack_has_faq_checklist_and_real_help() {
    let c = Content::bundled().unwrap();
    assert!(c.faq.len() >= 11);
    assert!(c.move_on.signs.len() >= 5);
    assert!(c.help.danger.to_lowercase().contains("emergency"));
    assert!(
        c.help
            .everywhere
            .iter()
            .any(|l| l.detail.contains("findahelpline.com"))
    );
    assert!(c.safety.not_therapy.to_lowercase().contains("therap"));
    assert!(!c.foundations.body_signs.is_empty());
}

#[test]
fn transparency_never_suggests_surveillance() {
    let c = Content::bundled().unwrap();
    let s = c.strategy("transparency").unwrap();
    let mut all = s.guidance.clone();
    for p in &s.prompts {
        all += &p.text;
    }
    for cm in &s.commitments {
        all += &cm.text;
    }
    let all = all.to_lowercase();
    for bad in [
        "track",
        "spy",
        "monitor",
        "location sharing",
        "check their phone",
        "password",
    ] {
        assert!(!all.contains(bad), "transparency mentions {bad:?}");
    }
}

/// A pack directory holding only the given files (the rest are bundled).
fn pack(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn problems(files: &[(&str, &str)]) -> Vec<String> {
    let dir = pack(files);
    let err = Content::load_dir(dir.path()).unwrap_err();
    err.problems
        .iter()
        .map(|p| {
            let file = p.file.file_name().unwrap().to_string_lossy().to_string();
            match p.position {
                Some((l, c)) => format!("{file}:{l}:{c}: {}", p.message),
                None => format!("{file}: {}", p.message),
            }
        })
        .collect()
}

#[test]
fn a_directory_overrides_only_the_files_it_has() {
    let faq = "[[question]]\nid = \"one\"\nquestion = \"Only one?\"\nanswer = \"Yes.\"\n";
    let dir = pack(&[("faq.toml", faq)]);
    let c = Content::load_dir(dir.path()).unwrap();
    assert_eq!(c.faq.len(), 1);
    assert_eq!(
        c.strategies.len(),
        10,
        "strategies come from the bundled pack"
    );
}

#[test]
fn a_toml_syntax_error_names_file_line_and_column() {
    let p = problems(&[(
        "faq.toml",
        "[[question]]\nid = \"a\"\nquestion = \"unterminated\n",
    )]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("faq.toml:3:"), "{p:?}");
}

#[test]
fn an_unknown_field_is_reported_where_it_is() {
    let p = problems(&[(
        "faq.toml",
        "[[question]]\nid = \"a\"\nquestion = \"Q?\"\nanswr = \"typo\"\n",
    )]);
    assert!(p[0].starts_with("faq.toml:4:1:"), "{p:?}");
    assert!(p[0].contains("answr"), "{p:?}");
}

#[test]
fn duplicate_ids_empty_text_and_bad_roles_are_all_reported() {
    let strategies = r#"
[[strategy]]
id = "one"
title = "One"
summary = "s"
guidance = "g"
review_question = "r"
[[strategy.prompt]]
id = "p1"
role = "both"
text = "a"
[[strategy.prompt]]
id = "p1"
role = "hurt"
text = "b"
[[strategy.prompt]]
id = "p3"
role = "partner"
text = "c"
[[strategy.prompt]]
id = "p4"
role = "both"
text = "   "
[[strategy.commitment]]
id = "c1"
role = "together"
text = "This week I will listen."
[[strategy.commitment]]
id = "c2"
role = "both"
text = "This week I will rest."
"#;
    let p = problems(&[("strategies.toml", strategies)]);
    let joined = p.join("\n");
    assert!(
        joined.contains("strategies.toml:13:6: prompt id \"p1\" is used twice"),
        "{joined}"
    );
    assert!(
        joined.contains("strategies.toml:18:8: role \"partner\" is not known"),
        "{joined}"
    );
    assert!(
        joined.contains("strategies.toml:23:8: prompt text is empty"),
        "{joined}"
    );
    assert!(
        joined.contains("strategies.toml:26:8: role \"together\" is for prompts only"),
        "{joined}"
    );
    assert_eq!(p.len(), 4, "{joined}");
}

#[test]
fn too_few_prompts_and_a_pack_without_help_are_refused() {
    let strategies = "[[strategy]]\nid = \"x\"\ntitle = \"X\"\nsummary = \"s\"\nguidance = \"g\"\nreview_question = \"r\"\n";
    let help = "danger = \"d\"\nelsewhere = \"e\"\nstop_elsewhere = \"s\"\n";
    let p = problems(&[("strategies.toml", strategies), ("help.toml", help)]);
    let joined = p.join("\n");
    assert!(
        joined.contains("help.toml: has no [[everywhere]]"),
        "{joined}"
    );
    assert!(
        joined.contains(
            "strategies.toml:1:1: strategy \"x\" has 0 [[strategy.prompt]], needs at least 4"
        ),
        "{joined}"
    );
    assert!(joined.contains("needs at least 2"), "{joined}");
}

#[test]
fn missing_fields_bad_ids_and_invalid_utf8_are_explained() {
    let p = problems(&[("move_on.toml", "intro = \"i\"\n")]);
    assert!(p[0].contains("closing"), "{p:?}");
    let p = problems(&[(
        "faq.toml",
        "[[question]]\nid = \"Bad Id\"\nquestion = \"q\"\nanswer = \"a\"\n",
    )]);
    assert!(
        p[0].starts_with("faq.toml:2:6:") && p[0].contains("lowercase"),
        "{p:?}"
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("faq.toml"), b"id = \"\xff\"").unwrap();
    let err = Content::load_dir(dir.path()).unwrap_err();
    assert!(err.to_string().contains("not valid UTF-8"), "{err}");
}

#[test]
fn offers_help_is_a_true_or_false_and_is_read_from_the_sign() {
    let sign = |value: &str| {
        format!(
            "intro = \"i\"\nclosing = \"c\"\n[[sign]]\nid = \"calm\"\ntext = \"t\"\n[[sign]]\nid = \"unsafe\"\ntext = \"u\"\noffers_help = {value}\n"
        )
    };
    let dir = pack(&[("move_on.toml", &sign("true"))]);
    let c = Content::load_dir(dir.path()).unwrap();
    let offers: Vec<bool> = c.move_on.signs.iter().map(|s| s.offers_help).collect();
    assert_eq!(offers, [false, true], "unset is false");
    let p = problems(&[("move_on.toml", &sign("\"yes\""))]);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("move_on.toml:9:"), "{p:?}");
}

#[test]
fn the_bundled_checklist_offers_help_on_the_unsafe_sign_only() {
    let c = Content::bundled().unwrap();
    let offering: Vec<&str> = c
        .move_on
        .signs
        .iter()
        .filter(|s| s.offers_help)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(offering, ["feel-unsafe"]);
    let closing = c.move_on.closing.to_lowercase();
    assert!(closing.contains("most dangerous") && closing.contains("specialist"));
}

#[test]
fn the_safety_check_asks_about_fear_and_the_known_markers_of_danger() {
    let c = Content::bundled().unwrap();
    let all: String = c
        .safety
        .checks
        .iter()
        .map(|q| q.question.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    for asked in [
        "afraid",
        "follow",
        "humiliate",
        "sex",
        "strangled",
        "threatened",
    ] {
        assert!(all.contains(asked), "no question mentions {asked:?}");
    }
    // Ordinary caution after a betrayal is not a concern on its own.
    assert!(!all.contains("worry about how"), "{all}");
}

#[test]
fn every_review_makes_room_for_the_next_session() {
    let c = Content::bundled().unwrap();
    for s in &c.strategies {
        assert!(s.review_question.contains("next session"), "{}", s.id);
    }
}

#[test]
fn the_reason_why_is_asked_only_after_the_harm_is_owned() {
    let c = Content::bundled().unwrap();
    let mut owned = false;
    let mut asked = 0;
    for s in &c.strategies {
        for p in s.prompts_for(Role::Repairing) {
            owned |= p.id == "sa-name-the-harm";
            if p.text.contains("how you came to") {
                asked += 1;
                assert!(
                    owned,
                    "{} comes before the apology's naming of the harm",
                    p.id
                );
                assert!(p.text.contains("not an excuse"), "{}", p.id);
            }
        }
    }
    assert!(owned);
    // The prompt that asks why is there: without it the checks above
    // would pass having checked nothing.
    assert!(asked > 0, "no prompt asks how the person came to it");
}

#[test]
fn check_ins_offer_shame_guilt_anxiety_and_hope() {
    let c = Content::bundled().unwrap();
    let ids: Vec<&str> = c
        .foundations
        .emotions
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    for id in ["shame", "guilt", "anxiety", "hope"] {
        assert!(ids.contains(&id), "{id}");
    }
}

#[test]
fn not_therapy_is_said_once_on_the_first_screen() {
    let c = Content::bundled().unwrap();
    let says = |t: &str| t.to_lowercase().matches("not therapy").count();
    assert_eq!(
        says(&c.foundations.welcome),
        0,
        "the welcome leaves it to not_therapy"
    );
    assert_eq!(says(&c.safety.not_therapy), 1);
    assert_eq!(says(&c.safety.unsafe_help), 0);
}

#[test]
fn a_directory_with_no_pack_files_or_no_directory_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let err = Content::load_dir(dir.path()).unwrap_err();
    assert!(
        err.to_string().contains("holds none of the pack files"),
        "{err}"
    );
    let err = Content::load_dir(&PathBuf::from("/no/such/pack")).unwrap_err();
    assert!(err.to_string().contains("is not a directory"), "{err}");
}

#[test]
fn the_summary_counts_what_the_pack_holds() {
    let c = Content::bundled().unwrap();
    let s = c.summary();
    assert_eq!(s.strategies, 10);
    assert_eq!(s.faq, c.faq.len());
    assert_eq!(
        s.prompts,
        c.strategies.iter().map(|s| s.prompts.len()).sum::<usize>()
    );
    assert!(s.to_string().starts_with("10 strategies, "));
}

const HELP_HEAD: &str = "danger = \"Call your emergency number.\"\nelsewhere = \"See below.\"\nstop_elsewhere = \"None here.\"\n";

fn help_line(fields: &str) -> String {
    format!(
        "{HELP_HEAD}\n[[everywhere]]\nname = \"Line\"\ndetail = \"Call 1.\"\nkind = [\"crisis\"]\n{fields}"
    )
}

#[test]
fn every_help_line_needs_its_source_and_checked_date_with_its_place() {
    let cases = [
        ("checked = 2026-12-01\n", "has no `source`"),
        ("source = \"https://example.org/\"\n", "has no `checked`"),
        ("", "has no `source`"),
        (
            "source = \"example.org\"\nchecked = 2026-12-01\n",
            "must be a web address",
        ),
        (
            "source = \"https://example.org/\"\nchecked = \"last week\"\n",
            "",
        ),
        (
            "source = \"https://example.org/\"\nchecked = 2026-12-01T10:00:00\n",
            "must be a plain date",
        ),
    ];
    for (fields, want) in cases {
        let p = problems(&[("help.toml", &help_line(fields))]);
        let joined = p.join("\n");
        assert!(joined.contains(want), "{fields:?}: {joined}");
        // Every problem has its line and column in help.toml.
        for problem in &p {
            let rest = problem
                .strip_prefix("help.toml:")
                .unwrap_or_else(|| panic!("{problem}"));
            let mut parts = rest.splitn(3, ':');
            let line: usize = parts
                .next()
                .unwrap()
                .parse()
                .unwrap_or_else(|_| panic!("{problem}"));
            let _col: usize = parts
                .next()
                .unwrap()
                .parse()
                .unwrap_or_else(|_| panic!("{problem}"));
            assert!(line >= 5, "{problem}");
        }
    }
    // The missing field is reported at the line's own table.
    let p = problems(&[("help.toml", &help_line("checked = 2026-12-01\n"))]);
    assert!(
        p[0].starts_with("help.toml:5:1: help line \"Line\" has no `source`"),
        "{p:?}"
    );
}

#[test]
fn countries_are_checked_too() {
    let pack = format!(
        "{HELP_HEAD}[[everywhere]]\nname = \"L\"\ndetail = \"d\"\nkind = [\"crisis\"]\nsource = \"https://x.org\"\nchecked = 2026-01-01\n\
         [[country]]\ncode = \"Canada\"\nname = \"Canada\"\ngroup = \"North America\"\n\
         [[country]]\ncode = \"IE\"\nname = \"Ireland\"\ngroup = \"Europe\"\n"
    );
    let joined = problems(&[("help.toml", &pack)]).join("\n");
    assert!(
        joined.contains("help.toml:11:8: country code \"Canada\" must be an ISO code"),
        "{joined}"
    );
    assert!(
        joined.contains("country \"IE\" has no [[country.line]]"),
        "{joined}"
    );
}

#[test]
fn old_resources_in_safety_toml_point_to_help_toml() {
    let safety =
        "not_therapy = \"n\"\nunsafe = \"u\"\n[[resource]]\nname = \"x\"\ndetail = \"y\"\n";
    let joined = problems(&[("safety.toml", safety)]).join("\n");
    assert!(
        joined.contains("safety.toml:3:1: [[resource]] has moved to help.toml"),
        "{joined}"
    );
}

#[test]
fn a_line_checked_more_than_a_year_ago_is_a_warning_with_its_place() {
    let dir = pack(&[(
        "help.toml",
        &help_line("source = \"https://example.org/\"\nchecked = 2025-11-30\n"),
    )]);
    let c = Content::load_dir(dir.path()).unwrap();
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    assert!(
        c.help.stale(day("2026-11-30")).is_empty(),
        "exactly a year is still fresh"
    );
    let w = c.help.stale(day("2026-12-01"));
    assert_eq!(w.len(), 1);
    let text = w[0].to_string();
    assert!(text.contains("help.toml:10:11:"), "{text}");
    assert!(
        text.contains("\"Line\" was last checked on 2025-11-30"),
        "{text}"
    );
    assert!(text.contains("https://example.org/"), "{text}");
}

#[test]
fn the_bundled_help_lines_all_have_sources_and_are_fresh_today() {
    let c = Content::bundled().unwrap();
    let checked_on = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
    assert!(c.help.stale(checked_on).is_empty());
    for l in c.help.all_lines() {
        assert!(l.source.starts_with("http"), "{}", l.name);
        assert!(l.checked <= checked_on, "{}", l.name);
    }
    // The countries asked for whose numbers could be checked, and each
    // UK nation and Quebec, which have lines of their own.
    for code in [
        "GB", "GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR", "IE", "US", "CA", "CA-QC", "MX", "AR", "ES",
        "FR", "DE", "IN", "AU", "NZ", "ZA",
    ] {
        assert!(c.help.place(code).is_some(), "{code}");
    }
}

fn country(code: &str, lines: &str) -> String {
    format!("[[country]]\ncode = \"{code}\"\nname = \"{code}\"\ngroup = \"G\"\n{lines}")
}

fn country_line(kind: &str) -> String {
    format!(
        "[[country.line]]\nname = \"{kind} line\"\ndetail = \"Call 1.\"\nkind = [\"{kind}\"]\nsource = \"https://example.org/\"\nchecked = 2026-12-01\n"
    )
}

#[test]
fn a_place_without_an_emergency_number_fails_the_check_with_its_place() {
    let everywhere = help_line("source = \"https://example.org/\"\nchecked = 2026-12-01\n");
    let no_emergency = format!("{everywhere}{}", country("US", &country_line("crisis")));
    let joined = problems(&[("help.toml", &no_emergency)]).join("\n");
    assert!(
        joined.contains("help.toml:11:1: country \"US\" has no emergency number"),
        "{joined}"
    );
    // A UK nation (or Quebec) is covered by its country's number...
    let nation = format!(
        "{everywhere}{}{}",
        country("GB", &(country_line("emergency") + &country_line("crisis"))),
        country("GB-SCT", &country_line("abuse"))
    );
    let dir = pack(&[("help.toml", &nation)]);
    let c = Content::load_dir(dir.path()).unwrap();
    let sct: Vec<_> = c.help.lines_for("GB-SCT").unwrap();
    assert_eq!(
        sct[0].1.name, "emergency line",
        "the number for danger comes first"
    );
    assert!(c.help.gaps().is_empty(), "{:?}", c.help.gaps());
    // ...but not by another country's.
    let other = format!(
        "{everywhere}{}{}",
        country("GB", &country_line("emergency")),
        country("IE", &country_line("abuse"))
    );
    let joined = problems(&[("help.toml", &other)]).join("\n");
    assert!(
        joined.contains("country \"IE\" has no emergency number"),
        "{joined}"
    );
    assert!(!joined.contains("country \"GB\" has no"), "{joined}");
}

#[test]
fn every_line_says_what_it_is_for() {
    let fields = "source = \"https://example.org/\"\nchecked = 2026-12-01\n";
    let without =
        format!("{HELP_HEAD}\n[[everywhere]]\nname = \"Line\"\ndetail = \"Call 1.\"\n{fields}");
    let joined = problems(&[("help.toml", &without)]).join("\n");
    assert!(
        joined.contains("help.toml:5:1: help line \"Line\" has no `kind`"),
        "{joined}"
    );
    let wrong = without.replace(fields, &format!("kind = [\"police\"]\n{fields}"));
    let joined = problems(&[("help.toml", &wrong)]).join("\n");
    assert!(
        joined.contains("kind \"police\" of \"Line\" is not one of emergency, crisis, abuse, stop"),
        "{joined}"
    );
    let empty = without.replace(fields, &format!("kind = []\n{fields}"));
    let joined = problems(&[("help.toml", &empty)]).join("\n");
    assert!(joined.contains("`kind` of \"Line\" is empty"), "{joined}");
}

#[test]
fn a_place_without_a_crisis_line_is_a_warning_not_a_failure() {
    let everywhere = help_line("source = \"https://example.org/\"\nchecked = 2026-12-01\n");
    let text = format!("{everywhere}{}", country("ZA", &country_line("emergency")));
    let dir = pack(&[("help.toml", &text)]);
    let c = Content::load_dir(dir.path()).unwrap();
    let gaps: Vec<String> = c.help.gaps().iter().map(ToString::to_string).collect();
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    assert!(
        gaps[0].contains("country \"ZA\" has no crisis line"),
        "{gaps:?}"
    );
}

#[test]
fn every_bundled_place_has_its_emergency_number_and_crisis_lines_where_checked() {
    let c = Content::bundled().unwrap();
    for p in &c.help.places {
        let lines = c.help.lines_for(&p.code).unwrap();
        assert!(
            lines[0].1.is(crate::content::help::Kind::Emergency),
            "{}: {:?}",
            p.code,
            lines[0].1.name
        );
    }
    // Only the places whose crisis numbers could not be checked well
    // enough lack one (Find A Helpline is there for them).
    let gaps: Vec<String> = c.help.gaps().iter().map(ToString::to_string).collect();
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    assert!(gaps.iter().any(|g| g.contains("\"AR\"")), "{gaps:?}");
    // Someone who wants to stop hurting a partner has a line in these.
    for code in ["US", "CA-QC", "AU"] {
        let stop = c.help.of_kind(Some(code), crate::content::help::Kind::Stop);
        assert!(!stop.is_empty(), "{code}");
    }
}
