//! Bringing a `store.json` written by an older trustmend up to the current
//! [`SCHEMA_VERSION`], on the raw JSON, before it is parsed into the typed
//! [`crate::model::Store`] (whose types only know the current shape).
//!
//! # The path between versions
//!
//! | from | to | what changed |
//! | ---- | -- | ------------ |
//! | 1    | —  | the first released format |
//! | 1    | 2  | saves after the first are appended to `store.changes.jsonl`; the snapshot says which `generation` it is. A version 1 file has no log, and its generation is 0 (none), so nothing in it changes |
//!
//! To change the format: bump [`SCHEMA_VERSION`], add one [`Step`] to
//! [`STEPS`] that turns the previous version into the new one (it receives
//! the whole document and must keep every field it does not understand),
//! add a row above, and commit a fixture `tests/fixtures/store-vN.json`
//! written by the old version. `tests/all/migrations.rs` loads every fixture, so
//! a change that breaks an old store fails the build.

use serde_json::Value;

use crate::model::SCHEMA_VERSION;

/// Turns the document of version `from` into version `from + 1`.
#[derive(Clone, Copy)]
pub struct Step {
    pub from: u32,
    pub run: fn(&mut Value) -> Result<(), String>,
    /// Whether `run` changes the document at all. When no step between a
    /// file's version and the current one does, the file parses as it is
    /// into the current types, and is used so, without going through
    /// plain JSON (which, for a large journal, takes several times its
    /// size in memory).
    pub reshapes: bool,
}

/// Every migration, oldest first.
pub const STEPS: &[Step] = &[
    Step {
        from: 1,
        run: |_| Ok(()),
        reshapes: false,
    },
    // Format 3 lets a check-in leave any of its numbers out. A format 2
    // file always has them all, so it reads as it is; the number only
    // tells an older trustmend that this file is newer than it.
    Step {
        from: 2,
        run: |_| Ok(()),
        reshapes: false,
    },
];

/// Whether a document of version `found` fits the current types as it is:
/// there is a step from each version on the way, and none of them changes
/// the document (see [`Step::reshapes`]).
pub fn fits_as_is(found: u32) -> bool {
    (found..SCHEMA_VERSION).all(|v| STEPS.iter().any(|s| s.from == v && !s.reshapes))
}

/// Why an old store could not be brought up to date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// No step starts at this version: it was never released.
    NoPath { at: u32 },
    /// A step refused the document (the reason is in plain words).
    Step { from: u32, reason: String },
}

/// The shape of [`to_current`], for code that takes the upgrade as a value.
pub type Upgrade = fn(Value, u32) -> Result<Value, Failure>;

/// Migrates `doc` from version `found` to [`SCHEMA_VERSION`] with [`STEPS`].
pub fn to_current(doc: Value, found: u32) -> Result<Value, Failure> {
    run(doc, found, SCHEMA_VERSION, STEPS)
}

/// The walk itself, with the steps and the target passed in (tests use
/// made-up steps; the real ones are [`STEPS`]).
pub fn run(mut doc: Value, found: u32, current: u32, steps: &[Step]) -> Result<Value, Failure> {
    let mut at = found;
    while at < current {
        let step = steps
            .iter()
            .find(|s| s.from == at)
            .ok_or(Failure::NoPath { at })?;
        (step.run)(&mut doc).map_err(|reason| Failure::Step { from: at, reason })?;
        at += 1;
        if let Value::Object(map) = &mut doc {
            map.insert("schema_version".into(), Value::from(at));
        }
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rename_notes(doc: &mut Value) -> Result<(), String> {
        let map = doc.as_object_mut().ok_or("not an object")?;
        if let Some(notes) = map.remove("notes") {
            map.insert("entries".into(), notes);
        }
        Ok(())
    }

    fn add_checkins(doc: &mut Value) -> Result<(), String> {
        let map = doc.as_object_mut().ok_or("not an object")?;
        map.entry("checkins").or_insert(json!([]));
        Ok(())
    }

    const MADE_UP: &[Step] = &[
        Step {
            from: 1,
            run: rename_notes,
            reshapes: true,
        },
        Step {
            from: 2,
            run: add_checkins,
            reshapes: true,
        },
    ];

    #[test]
    fn every_step_runs_in_order_and_the_version_follows() {
        let old = json!({"schema_version": 1, "notes": [1], "mine": "kept"});
        let new = run(old, 1, 3, MADE_UP).unwrap();
        assert_eq!(
            new,
            json!({"schema_version": 3, "entries": [1], "checkins": [], "mine": "kept"})
        );
        let from_two = run(json!({"schema_version": 2}), 2, 3, MADE_UP).unwrap();
        assert_eq!(from_two, json!({"schema_version": 3, "checkins": []}));
    }

    #[test]
    fn a_version_without_a_path_or_a_refusing_step_is_an_error() {
        assert_eq!(
            run(json!({}), 0, 3, MADE_UP),
            Err(Failure::NoPath { at: 0 })
        );
        assert_eq!(
            run(json!([1]), 1, 3, MADE_UP),
            Err(Failure::Step {
                from: 1,
                reason: "not an object".into()
            })
        );
    }

    #[test]
    fn the_current_version_needs_no_step_and_every_older_one_has_one() {
        let doc = json!({"schema_version": SCHEMA_VERSION, "x": 1});
        assert_eq!(to_current(doc.clone(), SCHEMA_VERSION), Ok(doc));
        for from in 1..SCHEMA_VERSION {
            assert!(
                STEPS.iter().any(|s| s.from == from),
                "no migration from version {from}"
            );
        }
    }

    #[test]
    fn a_format_1_file_is_used_as_parsed_but_a_never_released_one_is_not() {
        // 1 → 2 only added the change log, beside the file.
        assert!(fits_as_is(1));
        assert!(fits_as_is(SCHEMA_VERSION));
        assert!(!fits_as_is(0));
    }
}
