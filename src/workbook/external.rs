//! Writing in one's own editor: the rules only. The event loop suspends the
//! screen and runs the program; here is what is asked of it and what its
//! answer changes.

use super::{Effect, Notice, NoticeKind, Workbook};
use crate::model::Timestamp;

/// Ask for the open editor's text to go to the person's own editor.
pub(super) fn open(wb: &mut Workbook, fx: &mut Vec<Effect>) {
    // Another program can only be handed a plain file, and a protected
    // partner's words never touch the disk unencrypted.
    if wb.partner().is_some_and(|p| p.protection.is_some()) {
        wb.info(crate::t!("editor-protected"));
        return;
    }
    match wb.editor() {
        Some(e) => fx.push(Effect::OpenEditor { text: e.text() }),
        None => wb.info(crate::t!(
            "editor-nothing-open",
            own = crate::say!(Editor, ExternalEditor)
        )),
    }
}

/// The editor closed. Only a clean exit with words in the file changes the
/// text; anything else leaves it exactly as it was, and says so.
pub(super) fn returned(wb: &mut Workbook, result: Result<String, String>, now: Timestamp) {
    let text = match result {
        Ok(text) => text,
        Err(why) => {
            wb.notice = Some(Notice {
                kind: NoticeKind::Error,
                text: crate::t!("editor-failed-unchanged", why = why),
            });
            return;
        }
    };
    // Editors end the file with a newline the person did not type.
    let text = text.strip_suffix('\n').unwrap_or(&text);
    let text = text.strip_suffix('\r').unwrap_or(text);
    if text.trim().is_empty() {
        wb.info(crate::t!("editor-left-empty"));
        return;
    }
    let changed = match wb.editor_mut() {
        Some(e) if e.text() == text => false,
        Some(e) => {
            e.replace_all(text);
            true
        }
        None => {
            // The editor closed under us (should not happen): keep the words.
            wb.info(crate::t!("editor-nowhere-back"));
            return;
        }
    };
    if changed {
        wb.mark_session_dirty(now);
        wb.info(crate::t!(
            "editor-text-back",
            save = crate::say!(Editor, Save)
        ));
    } else {
        wb.info(crate::t!("editor-unchanged"));
    }
}

#[cfg(test)]
mod tests;

impl Workbook {
    fn editor_mut(&mut self) -> Option<&mut super::Editor> {
        match &mut self.screen {
            super::Screen::Strategy(v) => v.editor.as_mut(),
            super::Screen::Journal(j) => j.editor_mut(),
            _ => None,
        }
    }
}

impl Workbook {
    /// Put `text` in the open editor in place of what is there (for text
    /// that arrives whole: the own editor, `trustmend walk`).
    pub(crate) fn replace_editor_text(&mut self, text: &str) {
        if let Some(e) = self.editor_mut() {
            e.replace_all(text);
        }
    }
}
