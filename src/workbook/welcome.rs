//! First run: what trustmend is and is not, a name, a role, and the safety
//! note, once.

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use crate::content::Content;
use crate::keymap::{Action, Context};
use crate::model::{Role, Timestamp};

use super::{Effect, Screen, Workbook};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WelcomeStep {
    Intro,
    Name,
    Role,
    Safety,
}

#[derive(Debug, Clone)]
pub struct Welcome {
    pub step: WelcomeStep,
    pub name: TextArea<'static>,
    pub role: usize,
    pub error: Option<String>,
    /// Scroll of the intro's and the safety note's text.
    pub scroll: u16,
}

/// Names are shown in a header and a picker; keep them short.
pub const MAX_NAME: usize = 40;

impl Welcome {
    pub fn new(name: &str) -> Self {
        let mut area = TextArea::new(vec![name.to_string()]);
        area.set_placeholder_style(
            ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::DIM),
        );
        area.set_placeholder_text("Your first name, or any name you like");
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Welcome {
            step: WelcomeStep::Intro,
            name: area,
            role: 0,
            error: None,
            scroll: 0,
        }
    }

    pub(super) fn context(&self) -> Context {
        match self.step {
            WelcomeStep::Name => Context::WelcomeName,
            _ => Context::Welcome,
        }
    }

    pub fn name(&self) -> String {
        self.name.lines().join(" ").trim().to_string()
    }

    pub(super) fn input(&mut self, key: KeyEvent) {
        if self.step == WelcomeStep::Name {
            self.name.input(key);
            self.error = None;
        }
    }

    pub(super) fn paste(&mut self, text: &str) {
        if self.step == WelcomeStep::Name {
            let one_line: String = text.lines().collect::<Vec<_>>().join(" ");
            self.name.insert_str(one_line);
        }
    }
}

pub(super) fn action(
    wb: &mut Workbook,
    mut w: Welcome,
    action: Action,
    now: Timestamp,
    fx: &mut Vec<Effect>,
) -> Screen {
    let before = w.step;
    match (w.step, action) {
        (WelcomeStep::Intro | WelcomeStep::Safety, Action::Up) => {
            w.scroll = w.scroll.saturating_sub(1)
        }
        (WelcomeStep::Intro | WelcomeStep::Safety, Action::Down) => {
            let max = text_rows(&wb.content, w.step, wb.size.0)
                .saturating_sub(usize::from(wb.size.1.saturating_sub(TEXT_TOP)));
            w.scroll = (w.scroll + 1).min(max as u16);
        }
        (WelcomeStep::Intro, Action::Select) => w.step = WelcomeStep::Name,
        (WelcomeStep::Intro, Action::Back) => {
            if wb.store.partners.is_empty() {
                wb.quit_requested();
            } else {
                return Screen::Picker(super::ListView::default());
            }
        }
        (WelcomeStep::Name, Action::Select) => {
            let name = w.name();
            w.error = if name.is_empty() {
                Some("Please type a name (any name you like).".into())
            } else if name.chars().count() > MAX_NAME {
                Some(format!("Please keep the name under {MAX_NAME} characters."))
            } else if wb.store.partner_by_name(&name).is_some() {
                Some(format!("{name} is already here; choose another name."))
            } else {
                w.step = WelcomeStep::Role;
                None
            };
        }
        (WelcomeStep::Name, Action::Back) => w.step = WelcomeStep::Intro,
        (WelcomeStep::Role, Action::Up) => w.role = w.role.saturating_sub(1),
        (WelcomeStep::Role, Action::Down) => w.role = (w.role + 1).min(Role::ALL.len() - 1),
        (WelcomeStep::Role, Action::Select) => w.step = WelcomeStep::Safety,
        (WelcomeStep::Role, Action::Back) => w.step = WelcomeStep::Name,
        (WelcomeStep::Safety, Action::Select) => {
            let role = Role::ALL.get(w.role).copied().unwrap_or(Role::Unsaid);
            let id = wb.store.add_partner(&w.name(), role, now);
            if let Some(p) = wb.store.partner_mut(id) {
                p.seen_safety_note = true;
            }
            wb.activate(id);
            wb.changed(fx, now);
            // Joining someone already here: this person's own private
            // safety check comes before anything shared.
            if wb.store.partners.len() > 1 {
                return Screen::SafetyCheck(Box::new(super::safety_check::CheckView::new(
                    super::safety_check::AfterCheck::Home,
                )));
            }
            return wb.home();
        }
        (WelcomeStep::Safety, Action::Back) => w.step = WelcomeStep::Role,
        _ => {}
    }
    if w.step != before {
        w.scroll = 0;
    }
    Screen::Welcome(Box::new(w))
}

/// Rows around a welcome step's text when it scrolls: header, step line,
/// blank, the "more" hint, footer.
pub const TEXT_TOP: u16 = 5;

/// How many rows the intro's or the safety note's text takes on a terminal
/// `term_width` wide, wrapped as the screen draws it (paragraphs at the text
/// width, resources two columns narrower for their bullet).
pub fn text_rows(content: &Content, step: WelcomeStep, term_width: u16) -> usize {
    let width = crate::text::reading_width(term_width);
    let rows = |t: &str| crate::text::wrapped_height(t, width);
    match step {
        WelcomeStep::Intro => {
            rows(&content.foundations.welcome) + 1 + rows(&content.safety.not_therapy)
        }
        WelcomeStep::Safety => {
            rows(&content.safety.unsafe_help)
                + 1
                + content
                    .safety
                    .resources
                    .iter()
                    .map(|r| {
                        crate::text::wrapped_height(
                            &format!("{} — {}", r.name, r.detail),
                            width.saturating_sub(2),
                        )
                    })
                    .sum::<usize>()
        }
        WelcomeStep::Name | WelcomeStep::Role => 0,
    }
}
