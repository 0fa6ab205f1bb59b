//! The private safety check before couples mode. Each partner answers the
//! content's questions alone (yes / no / not sure; yes or not sure is a
//! concern). Only the outcome is kept, in that partner's record, and the
//! only thing another partner's screens can learn from it is
//! [`couples_available`]: yes or "not right now" — never whose check, never
//! whether a check raised a concern or is simply not done yet.

use chrono::NaiveDate;

use crate::content::{CheckKind, SafetyCheck};
use crate::keymap::Action;
use crate::model::{Partner, PartnerId, SafetyOutcome, Store};
use crate::workbook::helplines::Block;

use super::kind;
use super::page::Page;
use super::page::{Ctx, Go, Here};
use super::{ListView, Screen, Seen};
use crate::keymap::Context;
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

    pub fn label(self) -> String {
        let answer = match self {
            Answer::No => "no",
            Answer::NotSure => "not-sure",
            Answer::Yes => "yes",
        };
        crate::t!("check-answer", answer = answer)
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

pub use super::helplines::Route;

/// The route for answers given to `checks`, in order. A question left
/// without an answer counts as "not sure".
pub fn route(checks: &[SafetyCheck], answers: &[Answer]) -> Route {
    let said = |kind: CheckKind| {
        checks
            .iter()
            .enumerate()
            .any(|(i, q)| q.kind == kind && answers.get(i).is_none_or(|a| a.is_concern()))
    };
    Route {
        closes: said(CheckKind::Danger) || said(CheckKind::OwnBehaviour),
        crisis_first: said(CheckKind::SelfHarm),
        stop_lines: said(CheckKind::OwnBehaviour),
    }
}

/// The viewer's own outcome (for their own screens only).
pub fn own_outcome(store: &Store, viewer: PartnerId) -> Option<SafetyOutcome> {
    store.partner(viewer).and_then(|p| p.safety_check)
}

/// The check's first words, for both doors: what it is, what is kept,
/// what the partner learns, and how to take it again.
pub fn intro() -> String {
    crate::t!("check-intro")
}

/// How many days after their last answers a person may take the check
/// again: long enough that answers are not changed on the spot just to open
/// the couples exercises, short enough that a changed situation is heard.
pub const RETAKE_AFTER_DAYS: u64 = 7;

/// Whether a person may take their safety check again, and from when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retake {
    /// Never answered: the check is asked when a couples feature opens.
    NotTaken,
    Now,
    /// Not before this day.
    From(NaiveDate),
}

/// The one rule for taking the check again: [`RETAKE_AFTER_DAYS`] after
/// the last answers; at once when the day of those is not known (a store
/// from before it was kept).
pub fn retake(partner: &Partner, today: NaiveDate) -> Retake {
    if partner.safety_check.is_none() {
        return Retake::NotTaken;
    }
    let from = partner
        .safety_checked_on
        .and_then(|d| d.checked_add_days(chrono::Days::new(RETAKE_AFTER_DAYS)));
    match from {
        Some(from) if from > today => Retake::From(from),
        _ => Retake::Now,
    }
}

/// The key that takes the check again, as the key table names it.
fn retake_key() -> &'static str {
    crate::keymap::bindings(crate::keymap::Context::SafetyHelp)
        .iter()
        .find(|b| b.action == Action::RetakeCheck)
        .map_or("t", |b| b.label)
}

/// What the help pages say about taking the check again, for the person at
/// the keyboard (their own check only), or nothing before it was taken.
pub(crate) fn retake_text(seen: Seen) -> Option<String> {
    retake_words(seen.here(), seen.last_seen().map(|t| t.date_naive()))
}

/// What [`retake_text`] says, on the day `today` (or the day of the check).
fn retake_words(here: Here, today: Option<NaiveDate>) -> Option<String> {
    let p = here.partner()?;
    let key = retake_key();
    match retake(p, today.or(p.safety_checked_on)?) {
        Retake::NotTaken => None,
        Retake::Now => Some(crate::t!("safety-retake-now", key = key)),
        Retake::From(day) => Some(crate::t!(
            "safety-retake-from",
            key = key,
            date = here.config.date(
                &day.and_time(chrono::NaiveTime::MIN)
                    .and_utc()
                    .fixed_offset()
            )
        )),
    }
}

/// A help page's blocks, with what [`retake_text`] says at the end.
pub(crate) fn with_retake(seen: Seen, mut blocks: Vec<Block>) -> Vec<Block> {
    if let Some(text) = retake_text(seen) {
        blocks.push(Block::Blank);
        blocks.push(Block::Text(text));
    }
    blocks
}

/// `t` on Help and safety: the check again when the rule allows it, else
/// the day it opens (the page stays).
/// The safety check taken again, from Help and safety, when it is time.
pub(super) fn retake_update(ctx: &mut Ctx) -> Go {
    let Some(p) = ctx.partner() else {
        return Go::Stay;
    };
    let today = ctx.now.date_naive();
    match retake(p, today) {
        Retake::Now => Go::To(Screen::SafetyCheck(Box::new(CheckView::new(
            AfterCheck::Home,
        )))),
        Retake::NotTaken => {
            ctx.info(crate::t!("safety-retake-not-taken"));
            Go::Stay
        }
        Retake::From(_) => {
            if let Some(text) = retake_words(ctx.here(), Some(today)) {
                ctx.info(text);
            }
            Go::Stay
        }
    }
}

/// The words the other partner is told, whatever the reason: that couples
/// exercises are not available, what opens them (the same to both partners
/// whatever each check showed: true in every case, since each check is
/// needed, and it tells nobody whose check is missing or what it said), and
/// that the workbook goes on. Home's one row says the shorter
/// `couples-closed-row`.
pub fn not_available() -> String {
    crate::t!("couples-not-available-full")
}

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
    pub fn why_closed(self) -> Option<String> {
        match self {
            CouplesDoor::Open => None,
            CouplesDoor::OwnCheckFirst => Some(crate::t!(
                "couples-opens-after",
                open = crate::say!(Home, Select)
            )),
            // Home may be seen over a shoulder: the reason is one key away,
            // not written here.
            CouplesDoor::OwnConcern => Some(crate::t!(
                "couples-not-open",
                open = crate::say!(Home, Select)
            )),
            CouplesDoor::NotAvailable => Some(crate::t!("couples-closed-row")),
        }
    }
}

/// What opening a couples feature leads to for the active partner: their
/// own check if they have not answered it, the gentle explanation if their
/// check raised a concern, the neutral sentence otherwise, or `None` when
/// couples mode is on.
pub(super) fn gate(ctx: &mut Ctx, then: AfterCheck) -> Option<Go> {
    let me = ctx.me?;
    match CouplesDoor::of(ctx.store, me) {
        CouplesDoor::OwnCheckFirst => {
            Some(Go::To(Screen::SafetyCheck(Box::new(CheckView::new(then)))))
        }
        CouplesDoor::OwnConcern => Some(Go::To(concern(Route::EARLIER_CONCERN))),
        _ if then == AfterCheck::AddPartner => None,
        CouplesDoor::Open => None,
        CouplesDoor::NotAvailable => {
            ctx.info(not_available());
            Some(Go::Home)
        }
    }
}

/// The partner's own concern (or a need for support): a gentle word, then
/// the help lines in the order the route gives.
fn concern(route: Route) -> Screen {
    Screen::Concern(ConcernView {
        list: ListView::default(),
        route,
    })
}

/// After a safety check that raised a concern: the help, in the order the
/// route gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConcernView {
    pub list: ListView,
    pub route: Route,
}

impl Page for kind::SafetyCheck {
    fn context(_: &Self::State, _: Here) -> Context {
        Context::SafetyCheck
    }

    fn update(v: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        let count = ctx.content.safety.checks.len();
        if v.confirming {
            return confirm::update(v, ctx, action, count);
        }
        match action {
            Action::Up => v.choice = Some(v.choice.map_or(0, |c| c.saturating_sub(1))),
            Action::Down => {
                v.choice = Some(v.choice.map_or(0, |c| (c + 1).min(Answer::ALL.len() - 1)));
            }
            Action::Select => {
                let Some(choice) = v.choice else {
                    ctx.info(crate::t!("safety-choose-first"));
                    return Go::Stay;
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
                    confirm::start(v, count);
                }
            }
            // Leaving part-way keeps nothing: the answers were never saved.
            Action::Back => return Go::Home,
            _ => {}
        }
        Go::Stay
    }
}

mod confirm;

/// The answers confirmed: kept, and where they lead.
fn finish(ctx: &mut Ctx, v: &CheckView) -> Go {
    let route = route(&ctx.content.safety.checks, &v.answers);
    let today = ctx.now.date_naive();
    if let Some(p) = ctx.partner_mut() {
        p.safety_check = Some(route.outcome());
        p.safety_checked_on = Some(today);
    }
    ctx.changed();
    match (route.outcome(), v.then) {
        _ if route.shows_help() => Go::To(concern(route)),
        (SafetyOutcome::Concern, _) => Go::To(concern(route)),
        (SafetyOutcome::Clear, AfterCheck::AddPartner) => Go::AddPartner,
        (SafetyOutcome::Clear, AfterCheck::Home) => {
            if couples_available(ctx.store) {
                // One row at 80x24, so home keeps its list in sight below it.
                ctx.info(crate::t!("couples-on"));
            } else {
                // No reason: "once everyone has answered" would be untrue
                // when the other check raised a concern, and would invite
                // pressing the other person to answer.
                ctx.info(crate::t!("couples-thanks-not-available"));
            }
            Go::Home
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;
    use crate::workbook::Workbook;

    fn t() -> crate::model::Timestamp {
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
            let mut view = CheckView::new(AfterCheck::Home);
            view.answers = vec![Answer::No; wb.content.safety.checks.len()];
            finish(&mut wb.ctx(t(), &mut Vec::new()), &view);
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
    fn yes_or_not_sure_to_danger_is_a_concern() {
        use Answer::*;
        let checks = crate::content::Content::bundled().unwrap().safety.checks;
        let danger: Vec<&SafetyCheck> = checks
            .iter()
            .filter(|q| q.kind == CheckKind::Danger)
            .collect();
        let all_no = vec![No; checks.len()];
        assert_eq!(route(&checks, &all_no).outcome(), SafetyOutcome::Clear);
        assert!(!route(&checks, &all_no).shows_help());
        for q in danger {
            let i = checks.iter().position(|c| c.id == q.id).unwrap();
            for a in [Yes, NotSure] {
                let mut answers = all_no.clone();
                answers[i] = a;
                let r = route(&checks, &answers);
                assert_eq!(r.outcome(), SafetyOutcome::Concern, "{} {a:?}", q.id);
                assert!(!r.crisis_first && !r.stop_lines, "{}", q.id);
            }
        }
        // Fewer answers than questions never reads as clear.
        assert_eq!(route(&checks, &[No]).outcome(), SafetyOutcome::Concern);
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

    /// Alex (at the keyboard) and Sam (clear), with Alex's answers given:
    /// "yes" to the questions with ids in `yes`, "no" to the rest. Returns
    /// the workbook after the check and what Alex's screen is.
    fn answered(yes: &[&str], country: &str) -> (Workbook, PartnerId, PartnerId) {
        let mut s = Store::default();
        let a = s.add_partner("Alex", Role::Hurt, t());
        let b = s.add_partner("Sam", Role::Repairing, t());
        s.partner_mut(b).unwrap().safety_check = Some(SafetyOutcome::Clear);
        let content = std::sync::Arc::new(crate::content::Content::bundled().unwrap());
        let session = crate::workbook::Session::default();
        let mut wb = Workbook::new(content, s, session, Some("Alex"));
        wb.config.country = Some(country.into());
        let mut view = CheckView::new(AfterCheck::Home);
        view.answers = wb
            .content
            .safety
            .checks
            .iter()
            .map(|q| {
                if yes.contains(&q.id.as_str()) {
                    Answer::Yes
                } else {
                    Answer::No
                }
            })
            .collect();
        let go = finish(&mut wb.ctx(t(), &mut Vec::new()), &view);
        wb.screen = wb.go(
            go,
            Screen::SafetyCheck(Box::new(view)),
            t(),
            &mut Vec::new(),
        );
        (wb, a, b)
    }

    fn route_shown(wb: &Workbook) -> Route {
        match &wb.screen {
            Screen::Concern(ConcernView { route, .. }) => *route,
            other => panic!("not the help after the check: {other:?}"),
        }
    }

    fn shown_text(wb: &Workbook, route: Route) -> Vec<String> {
        let code = wb.here().help_country();
        crate::workbook::helplines::after_check(&wb.content, code.as_deref(), route)
            .into_iter()
            .map(|b| match b {
                crate::workbook::helplines::Block::Text(t)
                | crate::workbook::helplines::Block::Heading(t)
                | crate::workbook::helplines::Block::Item(t) => t,
                crate::workbook::helplines::Block::Blank => String::new(),
            })
            .collect()
    }

    #[test]
    fn a_yes_to_any_danger_question_closes_couples_exercises_and_sam_learns_nothing() {
        let checks = crate::content::Content::bundled().unwrap().safety.checks;
        let closing: Vec<&SafetyCheck> = checks
            .iter()
            .filter(|q| q.kind != CheckKind::SelfHarm)
            .collect();
        // Every question the issue added is among them.
        for id in [
            "weapon",
            "threats-to-kill",
            "worse-lately",
            "jealous",
            "smashing",
            "own-behaviour",
        ] {
            assert!(closing.iter().any(|q| q.id == id), "{id}");
        }
        for q in closing {
            let (mut wb, a, b) = answered(&[&q.id], "GB");
            assert_eq!(
                wb.store.partner(a).unwrap().safety_check,
                Some(SafetyOutcome::Concern),
                "{}",
                q.id
            );
            assert!(route_shown(&wb).closes, "{}", q.id);
            assert!(!couples_available(&wb.store), "{}", q.id);
            // Sam is told the one neutral sentence, as when nothing is done.
            assert_eq!(CouplesDoor::of(&wb.store, b), CouplesDoor::NotAvailable);
            wb.active = Some(b);
            assert!(matches!(
                gate(&mut wb.ctx(t(), &mut Vec::new()), AfterCheck::Home),
                Some(Go::Home)
            ));
            assert_eq!(
                wb.notice().map(|n| n.text.as_str()),
                Some(not_available().as_str()),
                "{}",
                q.id
            );
        }
    }

    #[test]
    fn a_yes_to_self_harm_puts_the_crisis_lines_first_and_keeps_couples_open() {
        for (country, crisis) in [
            ("US", "988"),
            ("GB-SCT", "Samaritans"),
            ("DE", "TelefonSeelsorge"),
        ] {
            let (wb, a, _) = answered(&["self-harm"], country);
            let route = route_shown(&wb);
            assert!(route.crisis_first && !route.closes, "{route:?}");
            assert_eq!(
                wb.store.partner(a).unwrap().safety_check,
                Some(SafetyOutcome::Clear)
            );
            assert!(
                couples_available(&wb.store),
                "self-harm alone does not close them"
            );
            let text = shown_text(&wb, route);
            assert_eq!(text[0], crate::workbook::helplines::support(), "{text:?}");
            assert_eq!(
                text[2],
                crate::workbook::helplines::crisis_first(),
                "{text:?}"
            );
            // The very next line is the place's crisis line.
            assert!(text[3].contains(crisis), "{country}: {text:?}");
            assert!(
                !text
                    .iter()
                    .any(|t| *t == crate::workbook::helplines::concern())
            );
        }
        // With a danger answer too, couples exercises close and the crisis
        // lines still come first.
        let (wb, _, _) = answered(&["self-harm", "weapon"], "US");
        let route = route_shown(&wb);
        assert!(route.closes && route.crisis_first);
        let text = shown_text(&wb, route);
        assert_eq!(text[0], crate::workbook::helplines::concern());
        assert_eq!(text[2], crate::workbook::helplines::crisis_first());
    }

    #[test]
    fn a_yes_about_my_own_behaviour_points_to_the_lines_for_people_who_want_to_stop() {
        for (country, line) in [
            ("US", "National Domestic Violence Hotline"),
            ("AU", "Men's Referral Service"),
            ("CA-QC", "SOS violence conjugale"),
        ] {
            let (wb, _, _) = answered(&["own-behaviour"], country);
            let route = route_shown(&wb);
            assert!(route.stop_lines && route.closes, "{route:?}");
            let text = shown_text(&wb, route);
            let at = text
                .iter()
                .position(|t| *t == crate::workbook::helplines::stop_first())
                .unwrap();
            assert!(text[at + 1].contains(line), "{country}: {text:?}");
        }
        // Where no such line is listed, the person is told so, and where
        // to look.
        let (wb, _, _) = answered(&["own-behaviour"], "DE");
        let text = shown_text(&wb, route_shown(&wb));
        let at = text
            .iter()
            .position(|t| *t == crate::workbook::helplines::stop_first())
            .unwrap();
        assert_eq!(text[at + 1], wb.content.help.stop_elsewhere);
    }
}
