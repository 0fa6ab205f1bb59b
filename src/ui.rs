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

use ratatui::buffer::Buffer;

use crate::workbook::{Kind, Screen, Seen, Workbook, kind};

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
    let seen = wb.seen();
    seen.record_layout(crate::workbook::Layout {
        page_rows: area.height.saturating_sub(NOT_A_PAGE).max(1),
        scroll_limit: None,
    });
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let calm = match wb.screen() {
            Screen::Calm(v) => Some(&**v),
            _ => None,
        };
        frame.render_widget(
            frame::TooSmall {
                area,
                theme,
                seen,
                calm,
            },
            area,
        );
        return;
    }
    if matches!(wb.screen(), Screen::Neutral(_)) {
        // Nothing at all: no name, no title, no keys.
        return;
    }
    let ctx = Ctx {
        seen,
        theme,
        width: area.width,
        height: area.height,
        cursor: Cell::new(None),
    };
    let title = title_of(wb.screen(), &ctx);
    let chrome = frame::Chrome::new(&ctx, area, title);
    frame.render_widget(&chrome, area);
    let body = chrome.body;
    draw_screen(wb.screen(), &ctx, body, frame.buffer_mut());
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

/// What every screen's widget needs: what it may read of the workbook (a
/// [`Seen`], never the workbook itself), the styles, and a place to leave
/// the text cursor's position for the frame.
pub(crate) struct Ctx<'a> {
    pub seen: Seen<'a>,
    pub theme: &'a Theme,
    /// The terminal's size (the reading panes are sized to match what the
    /// state machine assumes when it limits scrolling).
    pub width: u16,
    pub height: u16,
    pub cursor: Cell<Option<Position>>,
}

/// How a screen is drawn, written in its own file below (one impl per
/// line of `workbook::every_screen!`).
pub(crate) trait View: Kind {
    /// The screen's name, as the header shows it.
    fn title(state: &Self::State, ctx: &Ctx) -> String;

    /// The screen itself, in the body between the header and the footer.
    fn draw(state: &Self::State, ctx: &Ctx, area: Rect, buf: &mut Buffer);
}

/// The dispatch over every screen, made from the one list of screens.
macro_rules! views {
    ($($(#[$doc:meta])* $name:ident($state:ty),)*) => {
        fn title_of(screen: &Screen, ctx: &Ctx) -> String {
            match screen {
                $(Screen::$name(s) => <kind::$name as View>::title(s, ctx),)*
            }
        }

        fn draw_screen(screen: &Screen, ctx: &Ctx, area: Rect, buf: &mut Buffer) {
            match screen {
                $(Screen::$name(s) => <kind::$name as View>::draw(s, ctx, area, buf),)*
            }
        }
    };
}
crate::workbook::every_screen!(views);

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
