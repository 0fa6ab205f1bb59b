//! `trustmend status`: a plain-text summary of one partner's progress that
//! fits 80 columns, with no colour, so it reads the same in a terminal, a
//! pipe or an email. The move-on checklist is never shown here: whether
//! someone is weighing leaving is theirs alone.

use chrono::NaiveDate;
use unicode_width::UnicodeWidthStr;

use super::{Scope, Section, group};
use crate::content::Content;
use crate::model::{Assignment, Kept, Partner, PartnerId, Stage, Store};
use crate::standing::Digest;
use crate::text::{one_line, printable};

/// The widest line `render` writes, in columns.
pub const WIDTH: usize = 80;
/// Longer titles are shortened so the stage column stays readable.
const TITLE_MAX: usize = 28;
/// " 1. ✓ ": number, marker and the spaces around them.
const PREFIX: usize = 6;

/// The summary for `scope.partner`, as of `today`, from the whole journal
/// (`scope.store`; a status has no filter).
pub fn render(scope: &Scope<'_>, today: NaiveDate) -> String {
    let digest = Digest::of(scope.store, scope.partner);
    render_from(
        scope.content,
        &scope.store.people(),
        scope.partner,
        &digest,
        today,
    )
}

/// The summary for `partner`, from `people` (the store without its records:
/// see [`Store::people`]) and what [`Digest::of`] made of the journal.
pub fn render_from(
    content: &Content,
    people: &Store,
    partner: PartnerId,
    digest: &Digest,
    today: NaiveDate,
) -> String {
    let scope = &Scope {
        content,
        store: people,
        partner,
        filter: Default::default(),
    };
    let Some(me) = scope.me() else {
        return format!("{}\n", crate::t!("status-no-profile"));
    };
    let grouped = group(scope, me);
    let sections = &grouped.sections;
    let mut lines = Vec::new();

    let name = one_line(&me.name, 40);
    lines.push(crate::t!("status-who", role = me.role.short(), name = name));
    let steps: u32 = sections.iter().map(|s| s.progress.stage.steps_done()).sum();
    let done = sections
        .iter()
        .filter(|s| s.progress.stage == Stage::Done)
        .count();
    lines.push(crate::t!(
        "status-progress",
        steps = steps,
        all_steps = (sections.len() as u32 * Stage::STEPS),
        done = done,
        all = sections.len()
    ));
    lines.push(crate::t!("status-suggested", next = suggested(sections)));
    lines.push(String::new());

    let title_width = sections
        .iter()
        .map(|s| printable(&s.strategy.title).width())
        .max()
        .unwrap_or(0)
        .min(TITLE_MAX);
    for s in sections {
        let title = pad(&one_line(&s.strategy.title, title_width), title_width);
        let room = WIDTH - PREFIX - title_width - 2;
        let detail = detail(scope, s, me, room);
        let line = format!(
            "{:>2}. {} {title}  {detail}",
            s.number,
            s.progress.stage.marker()
        );
        lines.push(line.trim_end().to_string());
    }
    lines.push(String::new());

    lines.extend(journal(scope, digest));
    lines.push(commitments(me));
    lines.extend(super::status_checkins::lines(digest));
    lines.push(crate::t!("status-move-on"));
    let mine = scope
        .store
        .assignments
        .iter()
        .filter(|a| a.partner == me.id);
    for a in mine {
        lines.push(String::new());
        lines.extend(homework(scope, me, a, digest, today, title_width));
    }

    let mut out = lines.join("\n");
    out.push('\n');
    out
}

fn suggested(sections: &[Section<'_>]) -> String {
    let in_progress =
        |s: &&Section<'_>| !matches!(s.progress.stage, Stage::NotStarted | Stage::Done);
    let next = sections
        .iter()
        .find(in_progress)
        .or_else(|| sections.iter().find(|s| s.progress.stage != Stage::Done));
    match next {
        Some(s) => one_line(&format!("{}. {}", s.number, s.strategy.title), WIDTH - 16),
        None => crate::t!("status-all-done"),
    }
}

/// The stage column of one strategy's line, at most `room` columns wide.
fn detail(scope: &Scope<'_>, s: &Section<'_>, me: &Partner, room: usize) -> String {
    let quoted = |lead: String, commitment: u64| match me.commitment(commitment) {
        Some(c) => {
            let text_room = room.saturating_sub(lead.width() + 4);
            format!("{lead}: \"{}\"", one_line(&c.text, text_room))
        }
        None => lead,
    };
    let text = match &s.progress.stage {
        Stage::Done => match s.progress.finished {
            Some(at) => crate::t!("status-done-on", date = at.date_naive().to_string()),
            None => Stage::Done.said(),
        },
        Stage::Reflecting { prompt } => {
            let total = crate::homework::prompts_for(scope.store, me.id, me.role, s.strategy).len();
            crate::t!("status-reflecting", n = (prompt + 1), all = total)
        }
        Stage::Practising { commitment, since } => quoted(
            crate::t!("status-practising", date = since.to_string()),
            *commitment,
        ),
        Stage::Reviewing { commitment } => quoted(s.progress.stage.said(), *commitment),
        stage => stage.said(),
    };
    one_line(&text, room)
}

fn journal(scope: &Scope<'_>, digest: &Digest) -> Vec<String> {
    let mut lines = Vec::new();
    match digest.last {
        None => lines.push(crate::t!("status-journal-empty")),
        Some(last) => {
            lines.push(crate::t!(
                "status-journal",
                n = digest.own,
                private = (digest.own - digest.shared),
                shared = digest.shared,
                date = last.to_string()
            ));
        }
    }
    for (&author, &n) in &digest.others {
        let line = crate::t!(
            "status-shared-with-you",
            n = n,
            name = scope.name_of(author)
        );
        lines.push(one_line(&line, WIDTH));
    }
    lines
}

fn commitments(me: &Partner) -> String {
    if me.commitments.is_empty() {
        return crate::t!("status-commitments-none");
    }
    let kept = |k: Kept| {
        me.commitments
            .iter()
            .filter(|c| c.review.as_ref().map(|r| r.kept) == Some(k))
            .count()
    };
    let open = me.commitments.iter().filter(|c| c.review.is_none()).count();
    crate::t!(
        "status-commitments",
        kept = kept(Kept::Kept),
        partly = kept(Kept::Partly),
        not = kept(Kept::NotKept),
        open = open
    )
}

/// A therapist's assignment: each assigned strategy, done or due.
fn homework(
    scope: &Scope<'_>,
    me: &Partner,
    a: &Assignment,
    digest: &Digest,
    today: NaiveDate,
    title_width: usize,
) -> Vec<String> {
    let by = one_line(&a.assigned_by, 40);
    let mut lines = vec![crate::t!(
        "status-homework",
        name = by,
        date = a.start.to_string()
    )];
    if !a.note.trim().is_empty() {
        lines.push(format!("  \"{}\"", one_line(&a.note, WIDTH - 4)));
    }
    for step in &a.steps {
        let (number, title) = match scope.content.strategy_index(&step.strategy) {
            Some(i) => (
                format!("{:>2}.", i + 1),
                scope.content.strategies[i].title.as_str(),
            ),
            None => (" ?.".to_string(), step.strategy.as_str()),
        };
        let state =
            crate::homework::StepState::judged(Some(me), step, today, |strategy, prompt| {
                digest.has_answered(strategy, prompt)
            })
            .label();
        let title = pad(&one_line(title, title_width), title_width);
        lines.push(one_line(&format!("  {number} {title}  {state}"), WIDTH));
    }
    lines
}

/// `s` followed by spaces up to `width` display columns.
fn pad(s: &str, width: usize) -> String {
    let fill = width.saturating_sub(s.width());
    format!("{s}{}", " ".repeat(fill))
}
