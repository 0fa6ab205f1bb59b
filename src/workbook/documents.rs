//! The pages of text with titles: the FAQ, "Before you begin", Help and
//! safety (and the help after a safety check that raised a concern).

use crate::keymap::Action;

use super::Location;
use super::kind;
use super::page::Here;
use super::page::Page;
use super::page::{Ctx, Go};
use super::{ListView, move_selection};
use crate::content::Content;
use crate::keymap::Context;

/// A page of text with titles: `count` of them (with one, the arrows
/// scroll its text).
pub(super) fn update(list: &mut ListView, ctx: &mut Ctx, action: Action, count: usize) -> Go {
    let before = list.selected;
    let page = ctx.page() as u16;
    match action {
        // With one item there is nothing to choose: arrows scroll its text.
        Action::Up if count == 1 => list.scroll = list.scroll.saturating_sub(1),
        Action::Down if count == 1 => list.scroll = list.scroll.saturating_add(1),
        Action::Up | Action::Down | Action::Top | Action::Bottom => {
            move_selection(&mut list.selected, count, action, 1);
        }
        Action::PageDown => list.scroll = list.scroll.saturating_add(page),
        Action::PageUp => list.scroll = list.scroll.saturating_sub(page),
        Action::Back => return Go::Home,
        _ => {}
    }
    if list.selected != before {
        list.scroll = 0;
    }
    // Never past the last line (as the renderer measured it), so
    // scrolling back up moves at once.
    list.scroll = ctx.scroll_within(list.scroll);
    Go::Stay
}

/// Help and safety (and the help after a safety check that raised a
/// concern): a page of text, from which the safety check can be taken again.
pub(super) fn help_update(list: &mut ListView, ctx: &mut Ctx, action: Action) -> Go {
    if action == Action::RetakeCheck {
        return super::safety_check::retake_update(ctx);
    }
    update(list, ctx, action, 1)
}

impl Here<'_> {
    /// Where the help list is for, for the person here (see `helplines`).
    pub(crate) fn help_country(self) -> Option<String> {
        crate::workbook::helplines::country_for(self.config, self.partner())
    }
}

impl Page for kind::Faq {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::Document
    }

    fn location(_: &Self::State, _: &Content) -> Location {
        Location::Faq
    }

    fn update(state: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        let count = ctx.content.faq.len();
        update(state, ctx, action, count)
    }
}

impl Page for kind::Foundations {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::Document
    }

    fn location(_: &Self::State, _: &Content) -> Location {
        Location::Foundations
    }

    fn update(state: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        let count = ctx.content.foundations.sections.len();
        update(state, ctx, action, count)
    }
}

impl Page for kind::Safety {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::SafetyHelp
    }

    fn location(_: &Self::State, _: &Content) -> Location {
        Location::Safety
    }

    fn update(state: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        help_update(state, ctx, action)
    }
}

impl Page for kind::Concern {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::SafetyHelp
    }

    fn update(state: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        help_update(&mut state.list, ctx, action)
    }
}
