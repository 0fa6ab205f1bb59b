//! What the unit tests share: the moment every test's story starts, and
//! driving the workbook by actions and keys as a person would. Compiled only
//! for tests.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::keymap::Action;
use crate::model::Timestamp;
use crate::model::{PartnerId, Role, SafetyOutcome, Store, StoreError};
use crate::workbook::{Effect, Msg, SaveError, SaveTarget, Workbook};

/// The moment the tests' stories start: 1 March 2026, 9:00 in UTC+1.
pub(crate) fn t0() -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00")
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Alex (hurt) and Sam (repairing), who both joined at [`t0`], with the
/// safety checks given (both `Clear` open the couples exercises).
pub(crate) fn couple_store(
    alex: Option<SafetyOutcome>,
    sam: Option<SafetyOutcome>,
) -> (Store, PartnerId, PartnerId) {
    let mut store = Store::default();
    let a = store.add_partner("Alex", Role::Hurt, t0());
    let s = store.add_partner("Sam", Role::Repairing, t0());
    for (id, check) in [(a, alex), (s, sam)] {
        if let Some(p) = store.partner_mut(id) {
            p.safety_check = check;
        }
    }
    (store, a, s)
}

/// `store` opened on the bundled content with Alex at the keyboard.
pub(crate) fn open_as_alex(store: Store) -> Workbook {
    let content = crate::content::Content::bundled().unwrap_or_else(|e| panic!("{e}"));
    Workbook::new(
        std::sync::Arc::new(content),
        store,
        crate::workbook::Session::default(),
        Some("Alex"),
    )
}

/// `a`, at [`t0`], with an unlock or protect asked for carried out at once
/// (see `Workbook::update_now`).
pub(crate) fn act(wb: &mut Workbook, a: Action) -> Vec<Effect> {
    wb.update_now(Msg::Action(a), t0())
}

/// Type `text` into the focused field key by key at [`t0`] (a new line is
/// Enter).
pub(crate) fn type_text(wb: &mut Workbook, text: &str) {
    for c in text.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        wb.update_now(Msg::Input(KeyEvent::new(code, KeyModifiers::NONE)), t0());
    }
}

/// Draw the workbook once on a `w`×`h` terminal, as the loop does after
/// every message: the renderer records its layout numbers (the page, how far
/// the text shown may scroll) for the next key.
pub(crate) fn draw_at(wb: &Workbook, w: u16, h: u16) {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h))
        .unwrap_or_else(|e| panic!("{e}"));
    terminal
        .draw(|f| crate::ui::draw(f, wb))
        .unwrap_or_else(|e| panic!("{e}"));
}

/// A save refused because the disk is full, worded as the writer words it,
/// for the file at `path`.
pub(crate) fn disk_full(path: &str) -> SaveError {
    SaveError::from(StoreError::Write {
        path: path.into(),
        source: std::io::Error::from(std::io::ErrorKind::StorageFull),
    })
}

/// What the tests ask of the effects an update returned.
pub(crate) trait Effects {
    /// A save of this file is asked for.
    fn saves(&self, target: SaveTarget) -> bool;
    /// The effects by name, in order (the copies they carry left out).
    fn names(&self) -> Vec<&'static str>;
}

impl Effects for [Effect] {
    fn saves(&self, target: SaveTarget) -> bool {
        self.iter().any(|e| {
            matches!(
                (e, target),
                (Effect::SaveStore(_), SaveTarget::Store)
                    | (Effect::SaveSession(_), SaveTarget::Session)
            )
        })
    }

    fn names(&self) -> Vec<&'static str> {
        self.iter()
            .map(|e| match e {
                Effect::SaveStore(_) => "SaveStore",
                Effect::SaveSession(_) => "SaveSession",
                Effect::OpenEditor { .. } => "OpenEditor",
                Effect::WriteCopy(_) => "WriteCopy",
                Effect::Unlock(_) => "Unlock",
                Effect::Protect(_) => "Protect",
                Effect::ChooseLanguage { .. } => "ChooseLanguage",
                Effect::Quit => "Quit",
                Effect::LeaveNow => "LeaveNow",
            })
            .collect()
    }
}

/// A journal made from `seed`, varied where the reports' rules turn: one
/// to three people with any safety check, who joined at different times;
/// entries of every kind (replies among them) by them and by someone who
/// left, private or shared, many changed at the same moment written in
/// other offsets; check-ins at the same moments with numbers skipped;
/// finished strategies; assignments with their own prompts, some answered.
pub(crate) fn varied_store(content: &crate::content::Content, seed: u64) -> Store {
    use chrono::{Duration, FixedOffset};

    use crate::model::{
        AssignedPrompt, AssignedStep, Assignment, Body, CheckIn, Entry, EntryKind, Stage,
        StrategyProgress, Visibility,
    };

    let mut state = seed ^ 0x5eed_f00d;
    let mut below = move |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) % n.max(1) as u64) as usize
    };
    let offsets = [0, 3600, -5 * 3600, 13 * 3600];
    // A few moments, so that many records share one, each written in one
    // of a few offsets.
    let moment = |below: &mut dyn FnMut(usize) -> usize| {
        let at = t0() + Duration::hours(below(6) as i64 * 11);
        let offset = FixedOffset::east_opt(offsets[below(offsets.len())]).unwrap_or(*t0().offset());
        at.with_timezone(&offset)
    };
    let mut store = Store::default();
    let names = [
        ("Alex", Role::Hurt),
        ("Sam", Role::Repairing),
        ("Jo", Role::Unsaid),
    ];
    let people = 1 + below(3);
    for (name, role) in names.iter().take(people) {
        let joined = moment(&mut below);
        let id = store.add_partner(name, *role, joined);
        let outcome = match below(4) {
            0 => None,
            1 => Some(SafetyOutcome::Concern),
            _ => Some(SafetyOutcome::Clear),
        };
        if let Some(p) = store.partner_mut(id) {
            p.safety_check = outcome;
            for s in &content.strategies {
                if below(3) != 0 {
                    continue;
                }
                let at = moment(&mut below);
                p.progress.insert(
                    s.id.clone(),
                    StrategyProgress {
                        stage: Stage::Done,
                        started: Some(at),
                        finished: Some(at),
                        ..StrategyProgress::default()
                    },
                );
            }
        }
    }
    let ids: Vec<PartnerId> = store.partners.iter().map(|p| p.id).collect();
    // Someone who left, whose shared entries were kept.
    let gone: PartnerId = 99;
    let author = |below: &mut dyn FnMut(usize) -> usize| {
        if below(8) == 0 {
            gone
        } else {
            ids[below(ids.len())]
        }
    };
    for &partner in &ids {
        if below(2) == 0 {
            continue;
        }
        let steps = (0..=below(3))
            .map(|_| {
                let s = &content.strategies[below(content.strategies.len())];
                AssignedStep {
                    strategy: s.id.clone(),
                    due: Some(moment(&mut below).date_naive()),
                    prompts: (0..below(4))
                        .map(|i| AssignedPrompt {
                            id: format!("extra-{i}"),
                            role: ["both", "hurt", "repairing"][below(3)].to_string(),
                            text: format!("An added question {i}"),
                        })
                        .collect(),
                }
            })
            .collect();
        store.assignments.push(Assignment {
            partner,
            assigned_by: "Dr. Lee".into(),
            to: None,
            start: t0().date_naive(),
            note: String::new(),
            steps,
            imported: t0(),
            measures: Default::default(),
        });
    }
    let assigned: Vec<(PartnerId, String, String)> = store
        .assignments
        .iter()
        .flat_map(|a| {
            a.steps.iter().flat_map(move |s| {
                s.prompts
                    .iter()
                    .map(move |p| (a.partner, s.strategy.clone(), p.id.clone()))
            })
        })
        .collect();
    let written = below(60);
    for _ in 0..written {
        let by = author(&mut below);
        let strategy = &content.strategies[below(content.strategies.len())];
        let kind = match below(5) {
            0 => EntryKind::Free { strategy: None },
            1 if !store.entries.is_empty() => EntryKind::Reply {
                to: store
                    .entries
                    .get(below(store.entries.len()))
                    .map_or(0, |e| e.id),
            },
            2 if !assigned.is_empty() => {
                let (_, s, p) = &assigned[below(assigned.len())];
                EntryKind::Reflection {
                    strategy: s.as_str().into(),
                    prompt: p.as_str().into(),
                }
            }
            _ => EntryKind::Reflection {
                strategy: strategy.id.as_str().into(),
                prompt: strategy.prompts[below(strategy.prompts.len())]
                    .id
                    .as_str()
                    .into(),
            },
        };
        let created = moment(&mut below);
        let updated = if below(2) == 0 {
            created
        } else {
            moment(&mut below)
        };
        let id = store.fresh_id();
        store.entries.push(Entry {
            id,
            author: by,
            kind,
            heading: "A heading".into(),
            body: Body::Text(format!("Words {id}")),
            visibility: if below(2) == 0 {
                Visibility::Private
            } else {
                Visibility::Shared
            },
            created,
            updated,
        });
    }
    let mut checkins = Vec::new();
    for _ in 0..below(30) {
        let by = author(&mut below);
        let at = moment(&mut below);
        let mut number = |max: usize| (below(4) != 0).then(|| below(max + 1) as u8);
        checkins.push(CheckIn {
            author: by,
            at,
            mood: number(5),
            trust: number(10),
            sleep: number(5),
            appetite: number(5),
            stress: number(5),
            feelings: Default::default(),
            body_signs: Default::default(),
            note: Some("A note".into()),
        });
    }
    *store.checkins = checkins;
    store
}
