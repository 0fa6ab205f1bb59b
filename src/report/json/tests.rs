//! The JSON export checked against its published schema,
//! `docs/export-schema.json`.

use super::super::Scope;
use super::super::filter::Filter;
use super::super::fixture::{fixture, now};
use super::render;

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../../docs/export-schema.json")).unwrap();
    jsonschema::draft202012::new(&schema).unwrap()
}

fn problems(v: &jsonschema::Validator, doc: &serde_json::Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn every_export_of_the_fixture_matches_the_schema() {
    let f = fixture();
    let v = validator();
    let narrowed = Filter {
        since: Some("2026-03-02".parse().unwrap()),
        until: Some("2026-03-06".parse().unwrap()),
        strategy: Some("open-communication"),
        shared_only: true,
        selected: None,
    };
    for scope in [
        f.scope(f.alex),
        f.scope(f.sam),
        Scope {
            filter: narrowed,
            ..f.scope(f.alex)
        },
    ] {
        let doc: serde_json::Value = serde_json::from_str(&render(&scope, now()).unwrap()).unwrap();
        assert_eq!(problems(&v, &doc), Vec::<String>::new());
    }
}

#[test]
fn the_schema_rejects_what_a_reader_could_not_rely_on() {
    let f = fixture();
    let v = validator();
    let good: serde_json::Value =
        serde_json::from_str(&render(&f.scope(f.alex), now()).unwrap()).unwrap();

    let mut bad = good.clone();
    bad["strategies"][0]["stage"] = "finished".into();
    assert!(!problems(&v, &bad).is_empty(), "an unknown stage passed");

    let mut bad = good.clone();
    bad["strategies"][2]["entries"][0]["text"] = "ciphertext".into();
    assert_eq!(bad["strategies"][2]["entries"][0]["locked"], true);
    assert!(
        !problems(&v, &bad).is_empty(),
        "a locked entry with text passed"
    );

    let mut bad = good;
    bad.as_object_mut().unwrap().remove("homework");
    assert!(!problems(&v, &bad).is_empty(), "a missing key passed");
}

/// The export streamed (`write`) into a writer that takes a few bytes at a
/// time, as a pipe might.
fn streamed(report: &super::Report<'_>) -> Vec<u8> {
    struct Trickle(Vec<u8>);
    impl std::io::Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            let n = buf.len().min(7);
            self.0.extend_from_slice(&buf[..n]);
            Ok(n)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut out = Trickle(Vec::new());
    super::write(report, &mut out).unwrap();
    out.0
}

#[test]
fn the_streamed_export_is_byte_for_byte_the_whole_one() {
    let f = fixture();
    for who in [f.alex, f.sam] {
        let scope = f.scope(who);
        let whole = render(&scope, now()).unwrap();
        let report = super::export(&scope, now()).unwrap();
        assert_eq!(String::from_utf8(streamed(&report)).unwrap(), whole);
    }
    let content = crate::content::Content::bundled().unwrap();
    // Large enough to go out in many pieces of 64 KiB.
    let store = crate::synthetic::store(&content, 400);
    for partner in store.partners.iter().map(|p| p.id) {
        let scope = Scope {
            content: &content,
            store: &store,
            partner,
            filter: Filter::default(),
        };
        let whole = render(&scope, now()).unwrap();
        assert!(whole.len() > 4 * 64 * 1024, "{}", whole.len());
        let report = super::export(&scope, now()).unwrap();
        assert_eq!(String::from_utf8(streamed(&report)).unwrap(), whole);
    }
}

#[test]
fn a_failing_writer_is_reported_not_ignored() {
    struct Full;
    impl std::io::Write for Full {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("no space left on device"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let f = fixture();
    let report = super::export(&f.scope(f.alex), now()).unwrap();
    let err = super::write(&report, &mut Full).unwrap_err();
    assert!(err.to_string().contains("no space"), "{err}");
}

/// A report with questionnaires matches the schema too.
#[test]
fn an_export_with_questionnaires_matches_the_schema() {
    let mut f = fixture();
    let alex = f.store.partner_mut(f.alex).unwrap();
    for (at, total) in [
        ("2026-03-01T09:00:00+01:00", 12u16),
        ("2026-03-07T09:00:00+01:00", 3),
    ] {
        alex.measures.push(crate::model::MeasureResult {
            measure: "gad7".into(),
            at: super::super::fixture::t(at),
            answers: vec![0; 7],
            total,
        });
    }
    let doc: serde_json::Value =
        serde_json::from_str(&render(&f.scope(f.alex), now()).unwrap()).unwrap();
    let gad7 = doc["measures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "gad7")
        .unwrap();
    assert_eq!(gad7["latest"]["band"], "minimal");
    assert_eq!(problems(&validator(), &doc), Vec::<String>::new());
}
