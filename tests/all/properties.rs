//! Property tests: any text survives the disk exactly, and no sequence of
//! events drives the workbook into a state that breaks its rules.

use std::sync::Arc;

use chrono::Duration;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use trustmend::content::Content;
use trustmend::keymap::Action;
use trustmend::model::{Body, Entry, EntryKind, Role, Stage, Store, Visibility};
use trustmend::store::{DataDir, to_json};
use trustmend::workbook::{Effect, Msg, SaveTarget, Session, Workbook};

/// A save refused because the disk is full, as the writer says it.
fn disk_full() -> trustmend::workbook::SaveError {
    trustmend::store::StoreError::Write {
        path: "store.json".into(),
        source: std::io::Error::from(std::io::ErrorKind::StorageFull),
    }
    .into()
}

use crate::common::t0;

/// Text a person (or a paste, or a broken terminal) might produce: any
/// Unicode, weighted towards the awkward kinds.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\x00-\\x1f\\x7f\\u{80}-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}a-z \\n]{0,200}",
        "(\\u{1b}\\[[0-9;]{0,8}[A-Za-z]|\\u{1b}\\][^\\u{7}]{0,20}\\u{7}|[a-z ]){0,60}",
        "([\\u{1f300}-\\u{1faff}]\\u{200d}?[\\u{1f3fb}-\\u{1f3ff}]?|e[\\u{300}-\\u{36f}]{1,5}|[\\u{590}-\\u{6ff}]){0,80}",
        (1usize..200_000).prop_map(|n| "a".repeat(n)),
    ]
}

fn store_from(names: Vec<String>, bodies: Vec<(String, String, bool)>) -> Store {
    let mut store = Store::default();
    let mut ids = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let role = Role::ALL[i % Role::ALL.len()];
        ids.push(store.add_partner(name, role, t0()));
    }
    for (i, (heading, body, shared)) in bodies.into_iter().enumerate() {
        let id = store.fresh_id();
        store.entries.push(Entry {
            id,
            author: ids[i % ids.len()],
            kind: EntryKind::Free { strategy: None },
            heading: heading.into(),
            body: Body::Text(body),
            visibility: if shared {
                Visibility::Shared
            } else {
                Visibility::Private
            },
            created: t0(),
            updated: t0() + Duration::seconds(i as i64),
        });
    }
    store
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_text_round_trips_through_the_disk_exactly(
        names in prop::collection::vec(hostile_text(), 1..3),
        bodies in prop::collection::vec((hostile_text(), hostile_text(), any::<bool>()), 0..6),
    ) {
        let store = store_from(names, bodies);
        let tmp = tempfile::tempdir().unwrap();
        let dir = DataDir::at(tmp.path().to_path_buf());
        dir.write_store_bytes(&to_json(&store).unwrap()).unwrap();
        let back = dir.load_store().unwrap().unwrap();
        prop_assert_eq!(back, store);
    }
}

/// One event, as the event loop could send it.
fn msg() -> impl Strategy<Value = Msg> {
    let actions = vec![
        Action::Up,
        Action::Down,
        Action::PageUp,
        Action::PageDown,
        Action::Top,
        Action::Bottom,
        Action::Select,
        Action::Back,
        Action::Help,
        Action::Save,
        Action::StopEditing,
        Action::Edit,
        Action::Skip,
        Action::Previous,
        Action::ReadGuidance,
        Action::Delete,
        Action::Toggle,
        Action::Confirm,
        Action::Cancel,
        Action::Next,
        Action::OpenJournal,
        Action::RetrySave,
    ];
    prop_oneof![
        6 => prop::sample::select(actions).prop_map(Msg::Action),
        4 => prop_oneof![
            any::<char>().prop_map(KeyCode::Char),
            Just(KeyCode::Enter),
            Just(KeyCode::Backspace),
            Just(KeyCode::Left),
            Just(KeyCode::Up),
            Just(KeyCode::Tab),
        ]
        .prop_map(|code| Msg::Input(KeyEvent::new(code, KeyModifiers::NONE))),
        1 => hostile_text().prop_map(|t| Msg::Paste(t.chars().take(2_000).collect())),
        1 => Just(Msg::Tick),
        1 => (1u16..200, 1u16..60).prop_map(|(w, h)| Msg::Resize(w, h)),
        1 => (1u64..4).prop_map(|n| Msg::Saved(SaveTarget::Store, n)),
        1 => (1u64..4).prop_map(|n| Msg::SaveFailed(SaveTarget::Store, n, disk_full())),
    ]
}

/// The rules that must hold after every event.
fn check(wb: &Workbook, fx: &[Effect]) -> Result<(), TestCaseError> {
    let store = wb.store();
    if let Some(me) = wb.active() {
        prop_assert!(store.partner(me).is_some(), "active partner {me} missing");
        // Privacy: the journal lists only the active partner's entries.
        for id in wb.visible_entries() {
            prop_assert_eq!(store.entry(id).map(|e| e.author), Some(me));
        }
    }
    let mut ids: Vec<u64> = store.entries.iter().map(|e| e.id).collect();
    for entry in &store.entries {
        prop_assert!(
            store.partner(entry.author).is_some(),
            "entry {} has no author",
            entry.id
        );
    }
    for p in &store.partners {
        ids.extend(p.commitments.iter().map(|c| c.id));
        for (strategy, progress) in &p.progress {
            if let Stage::Practising { commitment, .. } | Stage::Reviewing { commitment } =
                progress.stage
            {
                let c = p.commitment(commitment);
                prop_assert!(c.is_some(), "{strategy}: stage names a missing commitment");
                prop_assert_eq!(&c.unwrap().strategy, strategy);
            }
        }
    }
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    prop_assert_eq!(ids.len(), count, "an id is used twice");
    prop_assert!(
        ids.iter().all(|&id| id < store.next_id.max(1)),
        "next_id would repeat an id"
    );
    if wb.is_read_only() {
        prop_assert!(
            !fx.iter()
                .any(|e| matches!(e, Effect::SaveStore(_) | Effect::SaveSession(_)))
        );
    }
    Ok(())
}

fn start(which: u8) -> Workbook {
    let content = Arc::new(Content::bundled().unwrap());
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v1.json");
    let couple = trustmend::store::load_store_file(&fixture)
        .unwrap()
        .unwrap();
    match which {
        0 => Workbook::new(content, Store::default(), Session::default(), None),
        1 => Workbook::new(content, couple, Session::default(), Some("Alex")),
        2 => Workbook::new(content, couple, Session::default(), None),
        _ => {
            let mut wb = Workbook::new(content, couple, Session::default(), Some("Sam"));
            wb.set_read_only("a test says so.");
            wb
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn no_sequence_of_events_breaks_the_workbooks_rules(
        which in 0u8..4,
        msgs in prop::collection::vec(msg(), 1..120),
    ) {
        let mut wb = start(which);
        let mut now = t0();
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        for msg in msgs {
            now += Duration::seconds(1);
            let fx = wb.update(msg, now);
            check(&wb, &fx)?;
            if fx.contains(&Effect::Quit) {
                break;
            }
        }
        // And whatever state it reached can be drawn.
        terminal.draw(|f| trustmend::ui::draw(f, &wb)).unwrap();
    }
}
