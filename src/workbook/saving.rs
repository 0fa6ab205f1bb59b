//! Saving when the disk will not: retrying a failed save on request, and
//! read-only mode, where nothing is ever written (the workbook is open in
//! another window, or the data folder cannot be written).
//!
//! The rules are pure: the event loop only carries out the save effects
//! that survive [`Workbook::guard_read_only`].

use std::sync::Arc;

use super::{Effect, Msg, Notice, NoticeKind, SaveTarget, Workbook};
use crate::model::StoreError;

/// Why a save is not on the disk. It stays typed from where it happened
/// (the writer, the sealer) until the workbook words it for the person.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SaveError {
    /// The disk refused it, or the writer never answered.
    #[error(transparent)]
    Disk(Arc<StoreError>),
    /// A protected person's words could not be sealed, so nothing was
    /// written (never plain text instead).
    #[error(transparent)]
    Seal(Arc<crate::crypto::SealError>),
}

impl From<StoreError> for SaveError {
    fn from(e: StoreError) -> SaveError {
        SaveError::Disk(Arc::new(e))
    }
}

impl From<Arc<StoreError>> for SaveError {
    fn from(e: Arc<StoreError>) -> SaveError {
        SaveError::Disk(e)
    }
}

impl From<crate::crypto::SealError> for SaveError {
    fn from(e: crate::crypto::SealError) -> SaveError {
        SaveError::Seal(Arc::new(e))
    }
}

/// What is saved, as numbers: every save asked for gets the next number of
/// its file, and the writer answers "durable up to N" (synced to the disk)
/// or "N failed". Whether anything is unsaved is derived from the two, so
/// no flag can drift out of step with the disk.
#[derive(Debug, Clone, Default)]
pub struct Saves {
    queued: [u64; 2],
    durable: [u64; 2],
    failed: [Option<(u64, SaveError)>; 2],
}

impl Saves {
    /// The number of the newest save asked for.
    pub fn queued(&self, target: SaveTarget) -> u64 {
        self.queued[target.index()]
    }

    /// The newest save of this file that is on the disk.
    pub fn durable(&self, target: SaveTarget) -> u64 {
        self.durable[target.index()]
    }

    /// Everything asked for is on the disk.
    pub fn is_durable(&self, target: SaveTarget) -> bool {
        self.durable[target.index()] >= self.queued[target.index()]
    }

    pub fn all_durable(&self) -> bool {
        self.is_durable(SaveTarget::Store) && self.is_durable(SaveTarget::Session)
    }

    /// Why the newest save that is not durable failed, if one did.
    pub fn failure(&self, target: SaveTarget) -> Option<&SaveError> {
        self.failed[target.index()].as_ref().map(|(_, why)| why)
    }

    /// Why words are not on the disk: the journal's failure first (it is
    /// the one that matters while it stands), else the drafts'.
    pub fn why_unsaved(&self) -> Option<&SaveError> {
        self.failure(SaveTarget::Store)
            .or_else(|| self.failure(SaveTarget::Session))
    }

    pub(super) fn queue(&mut self, target: SaveTarget) -> u64 {
        self.queued[target.index()] += 1;
        self.queued[target.index()]
    }

    /// Save `seq` (and so every earlier one of that file) is durable.
    pub(super) fn saved(&mut self, target: SaveTarget, seq: u64) {
        let i = target.index();
        self.durable[i] = self.durable[i].max(seq);
        if self.failed[i].as_ref().is_some_and(|(n, _)| *n <= seq) {
            self.failed[i] = None;
        }
    }

    pub(super) fn failed(&mut self, target: SaveTarget, seq: u64, why: SaveError) {
        let i = target.index();
        if seq > self.durable[i] {
            self.failed[i] = Some((seq, why));
        }
    }
}

impl Workbook {
    /// Opens this workbook for looking only; `why` says why, in a sentence
    /// that names what the person can do about it.
    pub fn set_read_only(&mut self, why: impl Into<String>) {
        let why = why.into();
        self.read_only = Some(why.clone());
        self.notice = Some(read_only_notice(&why));
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// The person asked to save again (after freeing space, say).
    pub(super) fn retry_save(&mut self) {
        if let Some(why) = &self.read_only {
            self.notice = Some(read_only_notice(why));
            return;
        }
        if self.saves.all_durable() {
            self.info(crate::t!("save-all-saved"));
            return;
        }
        // A save of nothing new writes nothing, so both go again.
        self.want_saved(SaveTarget::Store);
        // Drafts are cheap to write and may be what failed.
        self.sync_session();
        self.want_saved(SaveTarget::Session);
        self.notice_when_saved(&crate::t!("save-again"), &crate::t!("save-saved-on-disk"));
        if matches!(self.screen, super::Screen::Unsaved(_)) {
            // Asked while quitting: once it is on the disk, leave.
            self.ending.quit();
        }
    }

    /// Read-only: text typed into an editor would only be lost, so it is
    /// refused at once with the reason. Returns whether `msg` was refused.
    pub(super) fn refuse_typing(&mut self, msg: &Msg) -> bool {
        let Some(why) = &self.read_only else {
            return false;
        };
        if matches!(msg, Msg::Input(_) | Msg::Paste(_)) {
            // Why writing is closed, if already said, stays on screen.
            if !self
                .notice
                .as_ref()
                .is_some_and(|n| n.kind == NoticeKind::Error)
            {
                self.notice = Some(read_only_notice(why));
            }
            return true;
        }
        false
    }

    /// Read-only: no editor takes keys and no own editor is started, since
    /// nothing written there could be saved (typing is refused too, see
    /// [`Workbook::refuse_typing`]). Whatever opened one, it is closed at
    /// once with the line saying why, before a word is typed; nothing is
    /// handed to another program, so nothing is created on the disk.
    pub(super) fn close_editors_read_only(&mut self, fx: &mut Vec<Effect>) {
        let Some(why) = self.read_only.clone() else {
            return;
        };
        let before = fx.len();
        fx.retain(|e| !matches!(e, Effect::OpenEditor { .. }));
        let mut closed = fx.len() != before;
        match &mut self.screen {
            super::Screen::Strategy(v) if v.editor.is_some() => {
                v.editor = None;
                closed = true;
            }
            // The journal's editor becomes the text shown, not taking keys:
            // letters typed on are refused with the reason, never taken as
            // the list's commands.
            super::Screen::Journal(j) => closed |= j.stop_taking_keys(),
            _ => {}
        }
        if closed {
            self.notice = Some(Notice {
                kind: NoticeKind::Error,
                text: crate::t!("read-only-writing-closed", why = why),
            });
        }
    }

    /// Read-only: drops every save asked for, saying so if there was one.
    pub(super) fn guard_read_only(&mut self) {
        let Some(why) = &self.read_only else {
            return;
        };
        let dropped = std::mem::take(&mut self.wants) != [false; 2];
        // An error already on screen (why writing is closed, say) stays:
        // a draft's autosave dropped on a tick must not replace it.
        let showing_error = self
            .notice
            .as_ref()
            .is_some_and(|n| n.kind == NoticeKind::Error);
        if dropped && !self.is_quitting() && !showing_error {
            self.notice = Some(read_only_notice(why));
        }
    }
}

/// A failed save's notice. What to do comes first: the reason, with its
/// file's path, may be cut short on a small screen.
pub(super) fn failed_text(target: SaveTarget, why: &SaveError) -> String {
    let what = match target {
        SaveTarget::Store => "journal",
        SaveTarget::Session => "draft",
    };
    let keys = crate::say!(Home, RetrySave, all);
    crate::t!(
        "save-failed",
        what = what,
        keys = keys,
        why = why.to_string()
    )
}

fn read_only_notice(why: &str) -> Notice {
    Notice {
        kind: NoticeKind::Error,
        text: crate::t!("open-read-only", why = why),
    }
}

#[cfg(test)]
#[path = "saving_tests.rs"]
mod tests;
