//! Home: the strategies, then everything else a person can open, with the
//! cursor where they left it or on the step suggested next.

use crate::keymap::Action;
use crate::model::{Stage, Timestamp};

use super::{
    JournalView, ListView, ProgressView, Screen, Workbook, checkin, couples, departure, homework,
    journal, measure, move_selection, passphrase, safety_check, strategy,
};

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
        let items = self.home_items();
        let count = items.len();
        let suggested = if self.suggests_foundations() {
            items.iter().position(|i| *i == HomeItem::Foundations)
        } else {
            self.suggested_next()
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
        let mut items: Vec<HomeItem> = (0..self.content.strategies.len())
            .map(HomeItem::Strategy)
            .collect();
        if self
            .active
            .is_some_and(|me| crate::homework::for_partner(&self.store, me).is_some())
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
    pub fn suggests_foundations(&self) -> bool {
        self.partner().is_some_and(|p| {
            !p.read_foundations
                && self
                    .content
                    .strategies
                    .iter()
                    .all(|s| p.progress(&s.id).stage == Stage::NotStarted)
        })
    }

    /// Open "Before you begin", noting (once) that this person has.
    pub(super) fn open_foundations(&mut self, now: Timestamp) -> Screen {
        if let Some(p) = self.active.and_then(|id| self.store.partner_mut(id))
            && !p.read_foundations
        {
            p.read_foundations = true;
            self.changed(now);
        }
        Screen::Foundations(ListView::default())
    }

    /// The strategy to suggest next: one in progress, else the first not done.
    pub fn suggested_next(&self) -> Option<usize> {
        let p = self.partner()?;
        let stages: Vec<_> = self
            .content
            .strategies
            .iter()
            .map(|s| p.progress(&s.id).stage)
            .collect();
        use crate::model::Stage;
        stages
            .iter()
            .position(|s| !matches!(s, Stage::NotStarted | Stage::Done))
            .or_else(|| stages.iter().position(|s| *s != Stage::Done))
    }

    /// Overall progress of the active partner, as (strategies begun,
    /// strategies in all). Begun, not finished: the workbook has no score
    /// and no finish line, and a count of steps read like one.
    pub fn overall_progress(&self) -> (u32, u32) {
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

    pub(super) fn home_action(
        &mut self,
        mut list: ListView,
        action: Action,
        now: Timestamp,
    ) -> Screen {
        let items = self.home_items();
        let moved = move_selection(&mut list.selected, items.len(), action, self.page());
        if let Some(me) = self.active {
            self.home_at.insert(me, list.selected);
        }
        if moved {
            return Screen::Home(list);
        }
        match action {
            Action::Select => match items.get(list.selected) {
                Some(HomeItem::Strategy(index)) => strategy::open(self, *index, now),
                Some(HomeItem::Homework) => homework::open(self, now),
                Some(HomeItem::Foundations) => self.open_foundations(now),
                Some(HomeItem::Journal) => Screen::Journal(Box::default()),
                Some(HomeItem::NewEntry) => Screen::Journal(Box::new(JournalView {
                    selected: 0,
                    mode: journal::free::start(self),
                    ..JournalView::default()
                })),
                Some(HomeItem::Faq) => Screen::Faq(ListView::default()),
                Some(HomeItem::MoveOn) => Screen::MoveOn(ListView::default()),
                Some(HomeItem::Safety) => Screen::Safety(ListView::default()),
                Some(HomeItem::CheckIn) => checkin::open(self),
                Some(HomeItem::Progress) => Screen::Progress(ProgressView::default()),
                Some(HomeItem::Shared) => safety_check::gate(self, safety_check::AfterCheck::Home)
                    .unwrap_or_else(|| couples::open_shared(self, now)),
                Some(HomeItem::Together) => {
                    safety_check::gate(self, safety_check::AfterCheck::Home)
                        .unwrap_or(Screen::Together(ListView::default()))
                }
                Some(HomeItem::AddPartner) => {
                    match safety_check::gate(self, safety_check::AfterCheck::AddPartner) {
                        Some(screen) => screen,
                        None => couples::add_partner(self, now),
                    }
                }
                Some(HomeItem::PassKeyboard) => couples::pass_keyboard(self, now),
                None => Screen::Home(list),
            },
            Action::OpenCheckIn => checkin::open(self),
            Action::OpenProgress => Screen::Progress(ProgressView::default()),
            Action::OpenMeasures => measure::open(self, measure::MeasureBack::Home, now),
            Action::Next if self.suggests_foundations() => self.open_foundations(now),
            Action::Next => {
                if let Some(index) = self.suggested_next() {
                    strategy::open(self, index, now)
                } else {
                    self.info(crate::t!("notice-every-strategy-done"));
                    Screen::Home(list)
                }
            }
            Action::OpenJournal => Screen::Journal(Box::default()),
            Action::Protect => passphrase::start(self),
            Action::LeaveWorkbook => departure::start(self),
            Action::PassKeyboard if self.store.partners.len() > 1 => {
                couples::pass_keyboard(self, now)
            }
            Action::Back => {
                self.ending.quit();
                Screen::Home(list)
            }
            _ => Screen::Home(list),
        }
    }
}
