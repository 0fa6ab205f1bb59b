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
