//! The check-in form's state and its validation: five scales, the
//! feelings, the body signs, a one-line note, and which line has the
//! keyboard.

use std::collections::BTreeSet;

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use crate::content::Content;
use crate::keymap::Context;
use crate::model::{CheckIn, PartnerId, Timestamp};

/// The note is one line; longer thoughts belong in the journal.
pub const MAX_NOTE: usize = 200;

/// The five numbers of a check-in, in the order they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Mood,
    Trust,
    Sleep,
    Appetite,
    Stress,
}

impl Scale {
    pub const ALL: [Scale; 5] = [
        Scale::Mood,
        Scale::Trust,
        Scale::Sleep,
        Scale::Appetite,
        Scale::Stress,
    ];

    /// The lowest and highest value.
    pub fn range(self) -> (u8, u8) {
        match self {
            Scale::Trust => (0, 10),
            _ => (1, 5),
        }
    }

    /// How the catalogue's `scale` selectors name it.
    fn key(self) -> &'static str {
        match self {
            Scale::Mood => "mood",
            Scale::Trust => "trust",
            Scale::Sleep => "sleep",
            Scale::Appetite => "appetite",
            Scale::Stress => "stress",
        }
    }

    pub fn label(self) -> String {
        crate::t!("scale", scale = self.key())
    }

    /// What the two ends of the scale mean, so a number is never a guess.
    pub fn ends(self) -> (String, String) {
        (
            crate::t!("scale-low", scale = self.key()),
            crate::t!("scale-high", scale = self.key()),
        )
    }
}

/// Which line of the form has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Scale(Scale),
    /// The pack's emotions, ticked like the body signs.
    Feelings,
    BodySigns,
    Note,
    /// The n-th commitment waiting for its review.
    Review(usize),
}

#[derive(Debug, Clone)]
pub struct CheckInForm {
    pub values: [Option<u8>; 5],
    pub feelings: BTreeSet<String>,
    /// The feeling under the cursor on the feelings line.
    pub feeling_cursor: usize,
    pub signs: BTreeSet<String>,
    /// The body sign under the cursor on the body-signs line.
    pub sign_cursor: usize,
    pub note: TextArea<'static>,
    pub focus: Field,
    pub error: Option<String>,
    /// Esc was pressed with something filled in: asking before leaving.
    pub confirm_leave: bool,
    /// The last digit typed on the trust line, so "1" then "0" makes 10.
    pub(in crate::workbook) last_digit: Option<u8>,
}

impl Default for CheckInForm {
    fn default() -> Self {
        let mut note = TextArea::default();
        note.set_placeholder_text(crate::t!("checkin-note-placeholder"));
        note.set_placeholder_style(
            ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::DIM),
        );
        CheckInForm {
            values: [None; 5],
            feelings: BTreeSet::new(),
            feeling_cursor: 0,
            signs: BTreeSet::new(),
            sign_cursor: 0,
            note,
            focus: Field::Scale(Scale::Mood),
            error: None,
            confirm_leave: false,
            last_digit: None,
        }
    }
}

impl CheckInForm {
    /// A fresh form with a note kept from last time.
    pub fn with_note(note: &str) -> Self {
        let mut f = CheckInForm::default();
        f.note.insert_str(note);
        f
    }

    pub fn value(&self, s: Scale) -> Option<u8> {
        self.values[Self::slot(s)]
    }

    fn slot(s: Scale) -> usize {
        Scale::ALL.iter().position(|x| *x == s).unwrap_or(0)
    }

    /// The note as it will be kept: one line, without control characters.
    pub fn note_text(&self) -> String {
        let joined = self.note.lines().join(" ");
        let clean: String = joined.chars().filter(|c| !c.is_control()).collect();
        clean.trim().to_string()
    }

    /// Whether anything was filled in (leaving would lose it).
    pub fn is_touched(&self) -> bool {
        self.values.iter().any(Option::is_some)
            || !self.feelings.is_empty()
            || !self.signs.is_empty()
            || !self.note_text().is_empty()
    }

    pub fn context(&self) -> Context {
        if self.confirm_leave {
            return Context::Confirm;
        }
        match self.focus {
            Field::Note => Context::CheckInNote,
            Field::Review(_) => Context::CheckInReview,
            _ => Context::CheckIn,
        }
    }

    /// The lines of the form, top to bottom, with `reviews` due ones last.
    pub fn fields(reviews: usize) -> Vec<Field> {
        let mut f: Vec<Field> = Scale::ALL.iter().map(|s| Field::Scale(*s)).collect();
        f.push(Field::Feelings);
        f.push(Field::BodySigns);
        f.push(Field::Note);
        f.extend((0..reviews).map(Field::Review));
        f
    }

    pub(in crate::workbook) fn move_focus(&mut self, reviews: usize, down: bool) {
        let fields = Self::fields(reviews);
        let at = fields.iter().position(|f| *f == self.focus).unwrap_or(0);
        let next = if down {
            (at + 1).min(fields.len() - 1)
        } else {
            at.saturating_sub(1)
        };
        self.focus = fields.get(next).copied().unwrap_or(Field::Note);
        self.last_digit = None;
    }

    /// ← or →: one step along a scale (from the middle when not set yet),
    /// or to the previous/next feeling or body sign.
    pub(in crate::workbook) fn step(&mut self, content: &Content, up: bool) {
        let along = |cursor: usize, n: usize| {
            if up {
                (cursor + 1).min(n.saturating_sub(1))
            } else {
                cursor.saturating_sub(1)
            }
        };
        match self.focus {
            Field::Scale(s) => {
                let (lo, hi) = s.range();
                let v = match self.value(s) {
                    None => lo + (hi - lo) / 2,
                    Some(v) if up => (v + 1).min(hi),
                    Some(v) => v.saturating_sub(1).max(lo),
                };
                self.values[Self::slot(s)] = Some(v);
                self.error = None;
            }
            Field::Feelings => {
                let n = content.foundations.emotions.len();
                self.feeling_cursor = along(self.feeling_cursor, n);
            }
            Field::BodySigns => {
                let n = content.foundations.body_signs.len();
                self.sign_cursor = along(self.sign_cursor, n);
            }
            _ => {}
        }
        self.last_digit = None;
    }

    /// A digit typed on a scale line sets it; "1" then "0" on trust is 10.
    pub(in crate::workbook) fn digit(&mut self, d: u8) {
        let Field::Scale(s) = self.focus else { return };
        let (lo, hi) = s.range();
        let v = match self.last_digit {
            Some(1) if s == Scale::Trust && d == 0 => 10,
            _ => d,
        };
        if v < lo || v > hi {
            self.error = Some(crate::t!(
                "checkin-range",
                scale = s.label(),
                lo = lo,
                hi = hi
            ));
        } else {
            self.values[Self::slot(s)] = Some(v);
            self.error = None;
        }
        self.last_digit = Some(d);
    }

    /// Backspace on a scale line: leave that number out of today's
    /// check-in (each one may be skipped).
    pub(in crate::workbook) fn clear(&mut self) {
        if let Field::Scale(s) = self.focus {
            self.values[Self::slot(s)] = None;
            self.error = None;
        }
        self.last_digit = None;
    }

    /// Space: tick or untick the feeling or body sign under the cursor.
    pub(in crate::workbook) fn toggle_sign(&mut self, content: &Content) {
        let (labels, cursor, ticked) = match self.focus {
            Field::Feelings => (
                &content.foundations.emotions,
                self.feeling_cursor,
                &mut self.feelings,
            ),
            Field::BodySigns => (
                &content.foundations.body_signs,
                self.sign_cursor,
                &mut self.signs,
            ),
            _ => return,
        };
        if let Some(item) = labels.get(cursor)
            && !ticked.remove(&item.id)
        {
            ticked.insert(item.id.clone());
        }
    }

    pub(in crate::workbook) fn input(&mut self, key: KeyEvent) {
        if self.focus == Field::Note {
            self.note.input(key);
            // One line only: Enter saves instead of breaking the line.
            if self.note.lines().len() > 1 {
                let joined = self.note.lines().join(" ");
                self.note = TextArea::new(vec![joined]);
                self.note.move_cursor(ratatui_textarea::CursorMove::End);
            }
            self.error = None;
        }
    }

    pub(in crate::workbook) fn paste(&mut self, text: &str) {
        if self.focus == Field::Note {
            let one_line: Vec<&str> = text.lines().collect();
            self.note.insert_str(one_line.join(" "));
        }
    }

    /// The check-in these answers make (numbers left blank are skipped),
    /// or why it cannot be saved.
    pub fn validate(
        &self,
        author: PartnerId,
        content: &Content,
        now: Timestamp,
    ) -> Result<CheckIn, String> {
        // Every line may be skipped, but a check-in with nothing in it
        // would only be an empty row in the charts.
        if !self.is_touched() {
            return Err(crate::t!("checkin-nothing"));
        }
        for s in Scale::ALL {
            let (lo, hi) = s.range();
            if let Some(v) = self.value(s)
                && (v < lo || v > hi)
            {
                return Err(crate::t!(
                    "checkin-range",
                    scale = s.label(),
                    lo = lo,
                    hi = hi
                ));
            }
        }
        // Only ids the pack still has (a pack may change between sessions).
        let known = |labels: &[crate::content::Label], ticked: &BTreeSet<String>| {
            ticked
                .iter()
                .filter(|id| labels.iter().any(|l| &l.id == *id))
                .cloned()
                .collect::<BTreeSet<String>>()
        };
        let feelings = known(&content.foundations.emotions, &self.feelings);
        let signs = known(&content.foundations.body_signs, &self.signs);
        let note = self.note_text();
        if note.chars().count() > MAX_NOTE {
            return Err(crate::t!(
                "checkin-note-too-long",
                n = note.chars().count(),
                max = MAX_NOTE
            ));
        }
        let v = |s: Scale| self.value(s);
        Ok(CheckIn {
            author,
            at: now,
            mood: v(Scale::Mood),
            trust: v(Scale::Trust),
            sleep: v(Scale::Sleep),
            appetite: v(Scale::Appetite),
            stress: v(Scale::Stress),
            feelings,
            body_signs: signs,
            note: (!note.is_empty()).then_some(note),
        })
    }
}
