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
fn the_bundled_pack_has_faq_checklist_and_real_help() {
    let c = Content::bundled().unwrap();
    assert_eq!(c.faq.len(), 5);
    assert!(c.move_on.signs.len() >= 5);
    assert!(
        c.safety
            .resources
            .iter()
            .any(|r| r.name.to_lowercase().contains("emergency"))
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
    let safety = "not_therapy = \"n\"\nunsafe = \"u\"\n";
    let p = problems(&[("strategies.toml", strategies), ("safety.toml", safety)]);
    let joined = p.join("\n");
    assert!(
        joined.contains("safety.toml: has no [[resource]]"),
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
    assert_eq!(s.faq, 5);
    assert_eq!(
        s.prompts,
        c.strategies.iter().map(|s| s.prompts.len()).sum::<usize>()
    );
    assert!(s.to_string().starts_with("10 strategies, "));
}
