//! The private safety check before couples mode. Each partner answers the
//! content's questions alone (yes / no / not sure; yes or not sure is a
//! concern). Only the outcome is kept, in that partner's record, and the
//! only thing another partner's screens can learn from it is
//! [`couples_available`]: yes or "not right now" — never whose check, never
//! whether a check raised a concern or is simply not done yet.

use crate::keymap::Action;
use crate::model::{PartnerId, SafetyOutcome, Store, Timestamp};

use super::{Effect, ListView, Screen, Workbook, couples};
use crate::privacy::couples_available;

/// The three answers, in the order they are offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    No,
    NotSure,
    Yes,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::No, Answer::NotSure, Answer::Yes];

    pub fn label(self) -> &'static str {
        match self {
            Answer::No => "No",
            Answer::NotSure => "Not sure",
            Answer::Yes => "Yes",
        }
    }

    fn is_concern(self) -> bool {
        !matches!(self, Answer::No)
    }
}

/// Where a clear check leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterCheck {
    /// Add the second person (the welcome).
    AddPartner,
    /// Back home, couples features on if everyone is clear.
    Home,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckView {
    pub question: usize,
    /// The highlighted answer for the current question. None until the
    /// person moves to one: no answer is chosen for them.
    pub choice: Option<usize>,
    /// Held in memory only until the last answer; never saved.
    answers: Vec<Answer>,
    pub then: AfterCheck,
    /// Every question answered: the answers are shown to confirm, and
    /// `choice` is the row (a question to change, or the last row, done).
    pub confirming: bool,
}

impl CheckView {
    pub fn new(then: AfterCheck) -> Self {
        CheckView {
            question: 0,
            choice: None,
            answers: Vec::new(),
            then,
            confirming: false,
        }
    }

    /// The answers given so far (in memory only), for the confirm step.
    pub fn answers(&self) -> &[Answer] {
        &self.answers
    }
}

/// The outcome of a set of answers: any "yes" or "not sure" is a concern.
pub fn outcome(answers: &[Answer]) -> SafetyOutcome {
    if answers.iter().any(|a| a.is_concern()) {
        SafetyOutcome::Concern
    } else {
        SafetyOutcome::Clear
    }
}

/// The viewer's own outcome (for their own screens only).
pub fn own_outcome(store: &Store, viewer: PartnerId) -> Option<SafetyOutcome> {
    store.partner(viewer).and_then(|p| p.safety_check)
}

/// The first sentence of [`NOT_AVAILABLE`]: what home's one row of summary
/// has room for at 80x24.
macro_rules! not_available {
    () => {
        "Couples exercises are not available right now."
    };
}

/// What opens the couples exercises, said the same to both partners
/// whatever each check showed: true in every case (each check is needed),
/// and it tells nobody whose check is missing or what it said.
macro_rules! what_opens {
    () => {
        "They need a short private check from each of you first."
    };
}

/// Home's one row for it: the two sentences, shortened to fit 80x24.
pub const NOT_AVAILABLE_ROW: &str = concat!("Closed for now. ", what_opens!());

/// The words the other partner is told, whatever the reason.
pub const NOT_AVAILABLE: &str = concat!(
    not_available!(),
    " ",
    what_opens!(),
    " You can go on with the workbook on your own; your journal stays private."
);

/// Where the couples exercises stand for the person at the keyboard. The
/// reasons are only ever their own: nothing here says anything about the
/// other partner's answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CouplesDoor {
    Open,
    /// Their own short safety check comes first.
    OwnCheckFirst,
    /// Their own check raised a concern: the gentle explanation and help.
    OwnConcern,
    /// Not available, for a reason that is not theirs to be told.
    NotAvailable,
}

impl CouplesDoor {
    pub fn of(store: &Store, me: PartnerId) -> CouplesDoor {
        match own_outcome(store, me) {
            None => CouplesDoor::OwnCheckFirst,
            Some(SafetyOutcome::Concern) => CouplesDoor::OwnConcern,
            Some(SafetyOutcome::Clear) if couples_available(store) => CouplesDoor::Open,
            Some(SafetyOutcome::Clear) => CouplesDoor::NotAvailable,
        }
    }

    /// What home says under "Together prompts" and "Shared" while they are
    /// not open: why (the person's own reason only) and what opens them.
    pub fn why_closed(self) -> Option<&'static str> {
        match self {
            CouplesDoor::Open => None,
            CouplesDoor::OwnCheckFirst => {
                Some("Opens after a few private safety questions (Enter).")
            }
            CouplesDoor::OwnConcern => Some(
                // Home may be seen over a shoulder: the reason is one key
                // away, not written here.
                "Not open for now. Enter says why, and where to find support.",
            ),
            CouplesDoor::NotAvailable => Some(NOT_AVAILABLE_ROW),
        }
    }
}

/// What opening a couples feature leads to for the active partner: their
/// own check if they have not answered it, the gentle explanation if their
/// check raised a concern, the neutral sentence otherwise, or `None` when
/// couples mode is on.
pub(super) fn gate(wb: &mut Workbook, then: AfterCheck) -> Option<Screen> {
    let me = wb.active?;
    match CouplesDoor::of(&wb.store, me) {
        CouplesDoor::OwnCheckFirst => Some(Screen::SafetyCheck(Box::new(CheckView::new(then)))),
        CouplesDoor::OwnConcern => Some(concern()),
        _ if then == AfterCheck::AddPartner => None,
        CouplesDoor::Open => None,
        CouplesDoor::NotAvailable => {
            wb.info(NOT_AVAILABLE);
            Some(wb.home())
        }
    }
}

/// The partner's own concern: a gentle word, then the help resources.
fn concern() -> Screen {
    Screen::Concern(ListView::default())
}

pub(super) fn action(
    wb: &mut Workbook,
    mut v: CheckView,
    action: Action,
    now: Timestamp,
    fx: &mut Vec<Effect>,
) -> Screen {
    let count = wb.content.safety.checks.len();
    if v.confirming {
        return confirm::action(wb, v, action, count, now, fx);
    }
    match action {
        Action::Up => v.choice = Some(v.choice.map_or(0, |c| c.saturating_sub(1))),
        Action::Down => {
            v.choice = Some(v.choice.map_or(0, |c| (c + 1).min(Answer::ALL.len() - 1)));
        }
        Action::Select => {
            let Some(choice) = v.choice else {
                wb.info("Choose one of the three answers first.");
                return Screen::SafetyCheck(Box::new(v));
            };
            let answer = Answer::ALL.get(choice).copied().unwrap_or(Answer::Yes);
            match v.answers.get_mut(v.question) {
                // A changed answer goes back to the list of answers.
                Some(earlier) => {
                    *earlier = answer;
                    v.question = count;
                }
                None => {
                    v.answers.push(answer);
                    v.question += 1;
                }
            }
            v.choice = None;
            if v.question >= count {
                // Nothing is kept before the answers are confirmed.
                confirm::start(&mut v, count);
            }
        }
        // Leaving part-way keeps nothing: the answers were never saved.
        Action::Back => return wb.home(),
        _ => {}
    }
    Screen::SafetyCheck(Box::new(v))
}

mod confirm;

fn finish(wb: &mut Workbook, v: &CheckView, now: Timestamp, fx: &mut Vec<Effect>) -> Screen {
    let result = outcome(&v.answers);
    if let Some(p) = wb.active.and_then(|id| wb.store.partner_mut(id)) {
        p.safety_check = Some(result);
    }
    wb.changed(fx, now);
    match (result, v.then) {
        (SafetyOutcome::Concern, _) => concern(),
        (SafetyOutcome::Clear, AfterCheck::AddPartner) => couples::add_partner(wb, now, fx),
        (SafetyOutcome::Clear, AfterCheck::Home) => {
            if couples_available(&wb.store) {
                // One row at 80x24, so home keeps its list in sight below it.
                wb.info(
                    "Thank you. Couples mode is on: you can share entries and answer together.",
                );
            } else {
                // No reason: "once everyone has answered" would be untrue
                // when the other check raised a concern, and would invite
                // pressing the other person to answer.
                wb.info(format!("Thank you. {NOT_AVAILABLE}"));
            }
            wb.home()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    fn t() -> Timestamp {
        chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap()
    }

    #[test]
    fn after_my_check_i_am_told_the_same_whatever_the_other_check_said() {
        let said = |other: Option<SafetyOutcome>| {
            let mut s = Store::default();
            let a = s.add_partner("Alex", Role::Hurt, t());
            let b = s.add_partner("Sam", Role::Repairing, t());
            s.partner_mut(b).unwrap().safety_check = other;
            let content = std::sync::Arc::new(crate::content::Content::bundled().unwrap());
            let session = crate::workbook::Session::default();
            let mut wb = Workbook::new(content, s, session, Some("Alex"));
            assert_eq!(wb.active, Some(a));
            let mut fx = Vec::new();
            let view = CheckView::new(AfterCheck::Home);
            finish(&mut wb, &view, t(), &mut fx);
            wb.notice().map(|n| n.text.clone()).unwrap_or_default()
        };
        let not_yet = said(None);
        let concern = said(Some(SafetyOutcome::Concern));
        assert_eq!(not_yet, concern, "nothing tells the two apart");
        assert!(concern.contains("not available right now"), "{concern}");
        for hint in ["answered", "everyone", "Sam", "partner", "concern"] {
            assert!(!concern.contains(hint), "{hint:?} in {concern:?}");
        }
    }

    #[test]
    fn yes_or_not_sure_is_a_concern() {
        use Answer::*;
        assert_eq!(outcome(&[No, No, No]), SafetyOutcome::Clear);
        assert_eq!(outcome(&[No, NotSure, No]), SafetyOutcome::Concern);
        assert_eq!(outcome(&[Yes, No]), SafetyOutcome::Concern);
    }

    #[test]
    fn no_report_mentions_the_check_for_either_partner() {
        let content = crate::content::Content::bundled().unwrap();
        let mut s = Store::default();
        let a = s.add_partner("Alex", Role::Hurt, t());
        let b = s.add_partner("Sam", Role::Repairing, t());
        s.partner_mut(a).unwrap().safety_check = Some(SafetyOutcome::Concern);
        s.partner_mut(b).unwrap().safety_check = Some(SafetyOutcome::Clear);
        for who in [a, b] {
            let scope = crate::report::Scope {
                content: &content,
                store: &s,
                partner: who,
                filter: Default::default(),
            };
            let all = [
                crate::report::status::render(&scope, t().date_naive()),
                crate::report::markdown::render(&scope, t()),
                crate::report::json::render(&scope, t()).unwrap(),
            ];
            for text in all {
                for word in ["concern", "Concern", "safety_check", "clear"] {
                    assert!(!text.contains(word), "{word:?} in a report:\n{text}");
                }
            }
        }
    }

    #[test]
    fn couples_mode_needs_two_people_and_everyone_clear() {
        let mut s = Store::default();
        let a = s.add_partner("Alex", Role::Hurt, t());
        s.partner_mut(a).unwrap().safety_check = Some(SafetyOutcome::Clear);
        assert!(!couples_available(&s), "one person is not a couple");
        let b = s.add_partner("Sam", Role::Repairing, t());
        assert!(!couples_available(&s), "Sam has not answered");
        s.partner_mut(b).unwrap().safety_check = Some(SafetyOutcome::Concern);
        assert!(!couples_available(&s));
        s.partner_mut(b).unwrap().safety_check = Some(SafetyOutcome::Clear);
        assert!(couples_available(&s));
    }
}
