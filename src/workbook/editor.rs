//! The multi-line journal editor: ratatui-textarea with soft word wrap,
//! plus what its text is for.

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::session::{Draft, DraftTarget};

#[derive(Debug, Clone)]
pub struct Editor {
    pub area: TextArea<'static>,
    pub target: DraftTarget,
    /// The text as last saved (to the journal, not the draft file), to tell
    /// whether leaving would leave something unsaved.
    saved: String,
}

impl Editor {
    /// An editor holding `text`, with the cursor at its end.
    pub fn new(target: DraftTarget, text: &str, saved: &str) -> Self {
        let lines: Vec<String> = if text.is_empty() {
            vec![String::new()]
        } else {
            text.split('\n').map(str::to_string).collect()
        };
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_placeholder_style(
            ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::DIM),
        );
        area.set_placeholder_text(crate::t!("editor-placeholder"));
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        Editor {
            area,
            target,
            saved: saved.to_string(),
        }
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    pub fn is_blank(&self) -> bool {
        self.area.lines().iter().all(|l| l.trim().is_empty())
    }

    /// Words typed and not saved (changed, and not only blank): what
    /// leaving must keep as a draft, and what skipping a prompt must not
    /// leave behind.
    pub fn has_unsaved_words(&self) -> bool {
        self.is_changed() && !self.is_blank()
    }

    /// Whether the text differs from what is saved in the journal.
    pub fn is_changed(&self) -> bool {
        self.text() != self.saved
    }

    pub fn mark_saved(&mut self) {
        self.saved = self.text();
    }

    /// Feed a key to the text. Returns whether the text changed.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        let before = self.area.lines().len();
        let changed = self.area.input(key);
        changed || before != self.area.lines().len()
    }

    /// Put `text` in place of everything (Ctrl+U twice brings the old text back).
    pub fn replace_all(&mut self, text: &str) {
        self.area.select_all();
        self.area.cut();
        self.area.insert_str(text);
    }

    pub fn paste(&mut self, text: &str) -> bool {
        // Pasted text arrives with the terminal's line endings.
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        self.area.insert_str(text)
    }

    pub fn draft(&self) -> Draft {
        Draft {
            target: self.target.clone(),
            text: self.text(),
        }
    }
}
