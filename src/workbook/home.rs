//! Home: the strategies, then everything else a person can open, with the
//! cursor where they left it or on the step suggested next.

use crate::keymap::Action;
use crate::model::Stage;

use super::kind;
use super::page::Page;
use super::page::{Ctx, Go, Here};
use super::safety_check::{self, AfterCheck};
use super::{
    JournalView, ListView, ProgressView, Screen, Workbook, checkin, couples, homework, journal,
    measure, move_selection,
};
use crate::keymap::Context;

/// One of the entries on the home screen after the ten strategies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeItem {
    Strategy(usize),
    /// The active partner's assignment from their therapist, if any.
    Homework,
    Foundations,
    Journal,
    /// A free journal entry (as `n` in the journal).
    NewEntry,
    Faq,
    MoveOn,
    Safety,
    CheckIn,
    Progress,
    /// Entries either partner chose to share.
    Shared,
    /// Prompts both partners answer, revealed side by side.
    Together,
    /// Offered while only one person uses this workbook.
    AddPartner,
    /// Hand over to the other person, behind a neutral cover.
    PassKeyboard,
}

impl Workbook {
    /// Home, with the cursor where the person left it, or on the suggested
    /// next step the first time.
    pub(crate) fn home(&self) -> Screen {
        let here = self.here();
        let items = here.home_items();
        let count = items.len();
        let suggested = if here.suggests_foundations() {
            items.iter().position(|i| *i == HomeItem::Foundations)
        } else {
            here.suggested_next()
        };
        let selected = self
            .active
            .and_then(|me| self.home_at.get(&me).copied())
            .filter(|at| *at < count)
            .or(suggested)
            .unwrap_or(0);
        Screen::Home(ListView {
            selected,
            scroll: 0,
        })
    }

    /// The items on the home screen, in order.
    pub fn home_items(&self) -> Vec<HomeItem> {
        self.here().home_items()
    }

    /// Whether "Before you begin" is the next step to suggest.
    pub fn suggests_foundations(&self) -> bool {
        self.here().suggests_foundations()
    }

    /// The strategy to suggest next: one in progress, else the first not done.
    pub fn suggested_next(&self) -> Option<usize> {
        self.here().suggested_next()
    }
}

impl Here<'_> {
    /// Overall progress of the active partner, as (strategies begun,
    /// strategies in all). Begun, not finished: the workbook has no score
    /// and no finish line, and a count of steps read like one.
    pub(crate) fn overall_progress(self) -> (u32, u32) {
        let Some(p) = self.partner() else {
            return (0, 0);
        };
        let strategies = &self.content.strategies;
        let begun = strategies
            .iter()
            .filter(|s| p.progress(&s.id).stage != crate::model::Stage::NotStarted)
            .count();
        (begun as u32, strategies.len() as u32)
    }

    /// The items on the home screen, in order.
    pub(crate) fn home_items(self) -> Vec<HomeItem> {
        let mut items: Vec<HomeItem> = (0..self.content.strategies.len())
            .map(HomeItem::Strategy)
            .collect();
        if self
            .me
            .is_some_and(|me| crate::homework::for_partner(self.store, me).is_some())
        {
            items.push(HomeItem::Homework);
        }
        items.extend([
            HomeItem::Foundations,
            HomeItem::Journal,
            HomeItem::NewEntry,
            HomeItem::Faq,
            HomeItem::MoveOn,
            HomeItem::Safety,
            // Last, so the items above keep their places; `c` opens it too.
            HomeItem::CheckIn,
            HomeItem::Progress,
        ]);
        if self.store.partners.len() > 1 {
            items.extend([HomeItem::Together, HomeItem::Shared, HomeItem::PassKeyboard]);
        } else {
            items.push(HomeItem::AddPartner);
        }
        items
    }

    /// Whether "Before you begin" is the next step to suggest: the person
    /// has not opened it yet and has begun no strategy (its first steps, as
    /// ending contact and testing, come before the strategies).
    pub(crate) fn suggests_foundations(self) -> bool {
        self.partner().is_some_and(|p| {
            !p.read_foundations
                && self
                    .content
                    .strategies
                    .iter()
                    .all(|s| p.progress(&s.id).stage == Stage::NotStarted)
        })
    }

    /// The strategy to suggest next: one in progress, else the first not done.
    pub(crate) fn suggested_next(self) -> Option<usize> {
        let p = self.partner()?;
        let stages: Vec<_> = self
            .content
            .strategies
            .iter()
            .map(|s| p.progress(&s.id).stage)
            .collect();
        stages
            .iter()
            .position(|s| !matches!(s, Stage::NotStarted | Stage::Done))
            .or_else(|| stages.iter().position(|s| *s != Stage::Done))
    }
}

/// Open "Before you begin", noting (once) that this person has.
fn open_foundations(ctx: &mut Ctx) -> Go {
    if let Some(p) = ctx.partner_mut()
        && !p.read_foundations
    {
        p.read_foundations = true;
        ctx.changed();
    }
    Go::To(Screen::Foundations(ListView::default()))
}

impl Page for kind::Home {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::Home
    }

    fn update(list: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        let items = ctx.here().home_items();
        if move_selection(&mut list.selected, items.len(), action, ctx.page()) {
            return Go::Stay;
        }
        let together = |ctx: &mut Ctx, then| safety_check::gate(ctx, then);
        match action {
            Action::Select => match items.get(list.selected) {
                Some(HomeItem::Strategy(index)) => Go::Strategy(*index),
                Some(HomeItem::Homework) => Go::To(homework::open(ctx.here(), ctx.now)),
                Some(HomeItem::Foundations) => open_foundations(ctx),
                Some(HomeItem::Journal) => Go::To(Screen::Journal(Box::default())),
                Some(HomeItem::NewEntry) => {
                    let (mode, said) = journal::free::start(ctx.here());
                    if let Some(text) = said {
                        ctx.info(text);
                    }
                    Go::To(Screen::Journal(Box::new(JournalView {
                        selected: 0,
                        mode,
                        ..JournalView::default()
                    })))
                }
                Some(HomeItem::Faq) => Go::To(Screen::Faq(ListView::default())),
                Some(HomeItem::MoveOn) => Go::To(Screen::MoveOn(ListView::default())),
                Some(HomeItem::Safety) => Go::To(Screen::Safety(ListView::default())),
                Some(HomeItem::CheckIn) => Go::To(checkin::open(ctx.here())),
                Some(HomeItem::Progress) => Go::To(Screen::Progress(ProgressView::default())),
                Some(HomeItem::Shared) => together(ctx, AfterCheck::Home)
                    .unwrap_or_else(|| Go::To(couples::open_shared(ctx))),
                Some(HomeItem::Together) => together(ctx, AfterCheck::Home)
                    .unwrap_or(Go::To(Screen::Together(ListView::default()))),
                Some(HomeItem::AddPartner) => {
                    together(ctx, AfterCheck::AddPartner).unwrap_or(Go::AddPartner)
                }
                Some(HomeItem::PassKeyboard) => Go::PassKeyboard,
                None => Go::Stay,
            },
            Action::OpenCheckIn => Go::To(checkin::open(ctx.here())),
            Action::OpenProgress => Go::To(Screen::Progress(ProgressView::default())),
            Action::OpenMeasures => Go::To(measure::open(
                ctx.here(),
                measure::MeasureBack::Home,
                ctx.now,
            )),
            Action::Next if ctx.here().suggests_foundations() => open_foundations(ctx),
            Action::Next => {
                if let Some(index) = ctx.here().suggested_next() {
                    Go::Strategy(index)
                } else {
                    ctx.info(crate::t!("notice-every-strategy-done"));
                    Go::Stay
                }
            }
            Action::OpenJournal => Go::To(Screen::Journal(Box::default())),
            Action::Protect => Go::Protect,
            Action::LeaveWorkbook => Go::LeaveWorkbook,
            Action::PassKeyboard if ctx.store.partners.len() > 1 => Go::PassKeyboard,
            Action::Back => Go::Quit,
            _ => Go::Stay,
        }
    }
}
