//! The together screens: the list of together prompts and the reveal. Who
//! may read which answer, and when, is [`crate::privacy::together`].

use crate::keymap::Action;
use crate::privacy::together::{Progress, progress, prompts, reveal};

use super::kind;
use super::page::Here;
use super::page::Page;
use super::page::{Ctx, Go};
use super::{ListView, Screen};
use crate::keymap::Context;

impl Page for kind::Together {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::Together
    }

    /// The list of together prompts; Enter opens a reveal once both answered.
    fn update(list: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        let all = prompts(ctx.content);
        if super::move_selection(&mut list.selected, all.len(), action, ctx.page()) {
            return Go::Stay;
        }
        match action {
            Action::Back => Go::Home,
            Action::Select => {
                let (Some(me), Some(p)) = (ctx.me, all.get(list.selected)) else {
                    return Go::Stay;
                };
                match progress(ctx.store, me, p) {
                    Progress::Ready if reveal(ctx.store, me, p).is_some() => {
                        let s = ctx.session.partners.entry(me.to_string()).or_default();
                        if s.seen_reveals.insert(super::news::reveal_key(p)) {
                            ctx.session_changed();
                        }
                        Go::To(Screen::Reveal(RevealView {
                            list: *list,
                            scroll: 0,
                        }))
                    }
                    Progress::YourTurn => Go::Answer {
                        strategy: p.strategy.clone(),
                        prompt: p.prompt.clone(),
                        back: super::strategy::AnswerBack::Together(*list),
                        if_missing: None,
                    },
                    _ => {
                        ctx.info(crate::t!("together-answer-in"));
                        Go::Stay
                    }
                }
            }
            _ => Go::Stay,
        }
    }
}

/// Both answers to a together prompt, side by side, and the list to go
/// back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RevealView {
    /// The together list as it was, for going back.
    pub list: ListView,
    pub scroll: u16,
}

impl Page for kind::Reveal {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::Reveal
    }

    /// Both answers side by side: they scroll; Esc goes back to the list.
    fn update(RevealView { list, scroll }: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        let page = ctx.page() as u16;
        match action {
            Action::Back => return Go::To(Screen::Together(*list)),
            Action::Up => *scroll = scroll.saturating_sub(1),
            Action::Down => *scroll = scroll.saturating_add(1),
            Action::PageDown => *scroll = scroll.saturating_add(page),
            Action::PageUp => *scroll = scroll.saturating_sub(page),
            _ => {}
        }
        Go::Stay
    }
}

#[cfg(test)]
mod tests;
