//! Rendering: a pure function of the [`Workbook`]. It reads the state,
//! changes nothing and does no I/O; one file per screen below.
//!
//! Every piece of text a person wrote (names, journal entries, commitments)
//! goes through [`crate::text::printable`] or [`crate::text::wrap`] before it
//! is drawn, so an escape sequence typed or pasted into an entry can never
//! reach the terminal.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::{Position, Rect};

use crate::workbook::{Screen, Workbook};

mod calm;
mod checkin;
mod couples;
mod departure;
mod document;
mod frame;
mod help;
mod home;
mod homework;
mod journal;
mod leaving;
mod measure;
mod move_on;
mod passphrase;
mod picker;
mod progress;
mod progress_strategies;
mod safety_check;
mod strategy;
mod strategy_stages;
pub mod theme;
mod together;
mod welcome;
mod widgets;

pub use passphrase::group as group_recovery_key;
pub use theme::Theme;

/// The smallest terminal the screens are laid out for (the workbook's rule:
/// below it, keys do nothing unseen).
pub const MIN_WIDTH: u16 = crate::workbook::MIN_SIZE.0;
pub const MIN_HEIGHT: u16 = crate::workbook::MIN_SIZE.1;

/// Rows of the terminal Page Up and Page Down do not move by: the header,
/// notice and footer, a box's borders, and rows kept in view from the page
/// before.
const NOT_A_PAGE: u16 = 8;

/// Draw the whole screen with the default theme.
pub fn draw(frame: &mut Frame, wb: &Workbook) {
    draw_with(frame, wb, &Theme::default());
}

/// Draw the whole screen: header, the current screen, notice, footer, and
/// the help over it when it is open.
pub fn draw_with(frame: &mut Frame, wb: &Workbook, theme: &Theme) {
    let area = frame.area();
    // The layout numbers of this frame, handed back to the state machine
    // (see `workbook::Layout`): a page, and no scroll limit until a screen
    // with a text to read records its own.
    wb.record_layout(crate::workbook::Layout {
        page_rows: area.height.saturating_sub(NOT_A_PAGE).max(1),
        scroll_limit: None,
    });
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        frame.render_widget(frame::TooSmall { area, theme, wb }, area);
        return;
    }
    if matches!(wb.screen(), Screen::Neutral) {
        // Nothing at all: no name, no title, no keys.
        return;
    }
    let ctx = Ctx {
        wb,
        theme,
        width: area.width,
        height: area.height,
        cursor: Cell::new(None),
    };
    let chrome = frame::Chrome::new(&ctx, area);
    frame.render_widget(&chrome, area);
    let body = chrome.body;
    match wb.screen() {
        Screen::Welcome(w) => frame.render_widget(&welcome::WelcomeView { ctx: &ctx, w }, body),
        Screen::Picker(list) => frame.render_widget(&picker::PickerView { ctx: &ctx, list }, body),
        Screen::Home(list) => frame.render_widget(&home::HomeView { ctx: &ctx, list }, body),
        Screen::Strategy(v) => {
            frame.render_widget(&strategy::StrategyScreen { ctx: &ctx, v }, body);
        }
        Screen::Journal(j) => frame.render_widget(&journal::JournalScreen { ctx: &ctx, j }, body),
        Screen::Faq(list) | Screen::Foundations(list) | Screen::Safety(list) => {
            let doc = document::DocumentView::new(&ctx, list);
            frame.render_widget(&doc, body);
        }
        Screen::MoveOn(list) => frame.render_widget(&move_on::MoveOnView { ctx: &ctx, list }, body),
        Screen::CheckIn(f) => frame.render_widget(&checkin::CheckInView { ctx: &ctx, f }, body),
        Screen::Passphrase(v) => {
            frame.render_widget(&passphrase::PassphraseScreen { ctx: &ctx, v }, body);
        }
        Screen::Progress(v) => {
            frame.render_widget(&progress::ProgressScreen { ctx: &ctx, v }, body);
        }
        Screen::Cover(next) => frame.render_widget(
            &couples::CoverView {
                ctx: &ctx,
                next: *next,
            },
            body,
        ),
        Screen::Shared(list) => frame.render_widget(&couples::SharedView { ctx: &ctx, list }, body),
        Screen::Together(list) => {
            frame.render_widget(&together::TogetherView { ctx: &ctx, list }, body);
        }
        Screen::Reveal { list, scroll } => frame.render_widget(
            &together::RevealView {
                ctx: &ctx,
                list,
                scroll: *scroll,
            },
            body,
        ),
        Screen::Concern(list, route) => frame.render_widget(
            &safety_check::ConcernView {
                ctx: &ctx,
                list,
                route: *route,
            },
            body,
        ),
        Screen::SafetyCheck(v) => {
            frame.render_widget(&safety_check::CheckScreen { ctx: &ctx, v }, body);
        }
        Screen::Neutral => {}
        Screen::Homework(v) => {
            frame.render_widget(&homework::HomeworkScreen { ctx: &ctx, v }, body);
        }
        Screen::Unsaved(v) => frame.render_widget(&leaving::UnsavedScreen { ctx: &ctx, v }, body),
        Screen::Calm(v) => frame.render_widget(&calm::CalmScreen { ctx: &ctx, v }, body),
        Screen::Depart(v) => frame.render_widget(&departure::DepartScreen { ctx: &ctx, v }, body),
        Screen::Measure(v) => frame.render_widget(&measure::MeasureScreen { ctx: &ctx, v }, body),
    }
    if wb.help_open() {
        frame.render_widget(&help::HelpView { ctx: &ctx }, area);
    }
    if let Some(p) = ctx
        .cursor
        .get()
        .or_else(|| reading_position(frame.buffer_mut(), body))
    {
        frame.set_cursor_position(p);
    }
}

/// Where the terminal's own cursor goes when no text field has it, so a
/// screen reader following the cursor reads what matters: the selected
/// row of a list or a menu (drawn marked "›" and reversed, by
/// `widgets::choices` and the rows like it), else the start of the text
/// on the screen (the first letter that is not part of a box).
fn reading_position(buf: &ratatui::buffer::Buffer, body: Rect) -> Option<Position> {
    use ratatui::style::Modifier;
    let cells = || {
        (body.top()..body.bottom())
            .flat_map(move |y| (body.left()..body.right()).map(move |x| Position { x, y }))
    };
    let selected = cells().find(|p| {
        buf.cell(*p).is_some_and(|c| {
            c.symbol() == widgets::SELECTED_MARK && c.modifier.contains(Modifier::REVERSED)
        })
    });
    selected.or_else(|| {
        cells().find(|p| {
            buf.cell(*p).is_some_and(|c| {
                c.symbol()
                    .chars()
                    .next()
                    .is_some_and(|ch| !ch.is_whitespace() && !is_box_drawing(ch))
            })
        })
    })
}

/// Borders and the "▲ more above" signs: not where reading starts.
fn is_box_drawing(ch: char) -> bool {
    ('\u{2500}'..='\u{25FF}').contains(&ch)
}

/// What every screen's widget needs: the state, the styles, and a place to
/// leave the text cursor's position for the frame.
pub(crate) struct Ctx<'a> {
    pub wb: &'a Workbook,
    pub theme: &'a Theme,
    /// The terminal's size (the reading panes are sized to match what the
    /// state machine assumes when it limits scrolling).
    pub width: u16,
    pub height: u16,
    pub cursor: Cell<Option<Position>>,
}

/// The screen's name, as the header shows it.
fn screen_title(wb: &Workbook) -> String {
    match wb.screen() {
        // The hand-over cover before a joining person: as Pass the keyboard's.
        Screen::Welcome(w) if w.handover.is_some() => crate::t!("title-pass-keyboard"),
        Screen::Welcome(_) => crate::t!("title-welcome"),
        Screen::Picker(_) => crate::t!("title-picker"),
        Screen::Home(_) => crate::t!("title-home"),
        Screen::Strategy(v) => strategy::title(wb, v.index),
        Screen::Journal(_) => crate::t!("title-journal"),
        Screen::Faq(_) => crate::t!("title-faq"),
        Screen::Foundations(_) => crate::t!("title-foundations"),
        Screen::Safety(_) => crate::t!("title-safety"),
        Screen::MoveOn(_) => crate::t!("title-move-on"),
        Screen::CheckIn(_) => crate::t!("title-check-in"),
        Screen::Progress(_) => crate::t!("title-progress"),
        Screen::Passphrase(v) => passphrase::title(v),
        Screen::Cover(_) => crate::t!("title-pass-keyboard"),
        Screen::Shared(_) => crate::t!("title-shared"),
        Screen::Neutral => String::new(),
        Screen::SafetyCheck(_) => crate::t!("title-safety-check"),
        Screen::Concern(..) => crate::t!("title-safety"),
        Screen::Together(_) => crate::t!("title-together"),
        Screen::Reveal { .. } => crate::t!("title-reveal"),
        Screen::Homework(_) => crate::t!("title-homework"),
        Screen::Unsaved(_) => crate::t!("title-unsaved"),
        Screen::Calm(_) => crate::t!("title-calm"),
        Screen::Depart(_) => crate::t!("title-depart"),
        Screen::Measure(v) => measure::title(v),
    }
}

/// A rectangle of `width` x `height` centred in `area` (clipped to it).
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

#[cfg(test)]
mod tests;
