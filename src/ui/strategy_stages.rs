//! The stages of a strategy after reading: answer the prompts, choose a
//! commitment, practise it, review it, and the summary when it is done.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::Ctx;
use super::widgets::{EditorBox, Rows, boxed, choices, inset, para, render_window};
use crate::content::Strategy;
use crate::keymap::{self, Action, Context};
use crate::model::{CommitmentId, EntryKind, Kept, Partner, Stage};
use crate::workbook::{StrategyFocus, StrategyView};

/// What every stage's drawing needs.
pub(super) struct Parts<'a> {
    pub ctx: &'a Ctx<'a>,
    pub v: &'a StrategyView,
    pub s: &'a Strategy,
    pub p: &'a Partner,
    pub stage: Stage,
}

/// "Enter to write · s to skip", from the key table itself.
fn prompt_hint() -> String {
    keymap::bindings(Context::Prompt)
        .iter()
        .filter(|b| matches!(b.action, Action::Edit | Action::Skip))
        .map(|b| format!("{} to {}", b.label, b.hint))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Lines at the top of a stage, in the inset column.
fn top(lines: Vec<Line<'static>>, rows: &mut Rows, buf: &mut Buffer) {
    let area = inset(rows.take(lines.len()));
    Paragraph::new(lines).render(area, buf);
}

/// The editor (if open) in the rest of the rows, as wide as the terminal.
fn editor(parts: &Parts, title: &str, note: Option<&str>, rows: &mut Rows, buf: &mut Buffer) {
    let Some(ed) = &parts.v.editor else { return };
    let note = if parts.v.focus == StrategyFocus::Draft {
        Some("not saved yet · Enter to go on writing")
    } else {
        note.or(ed.is_changed().then_some("not saved yet"))
    };
    EditorBox {
        area: &ed.area,
        title,
        note,
        focused: parts.v.focus == StrategyFocus::Editor,
        padded: true,
    }
    .render(parts.ctx, boxed(rows.rest()), buf);
}

pub(super) fn reflecting(parts: &Parts, prompt: usize, mut rows: Rows, buf: &mut Buffer) {
    let (t, p, s) = (parts.ctx.theme, parts.p, parts.s);
    let width = inset(rows.area).width;
    let prompts = crate::homework::prompts_for(parts.ctx.wb.store(), p.id, p.role, s);
    let index = prompt.min(prompts.len().saturating_sub(1));
    let Some(pr) = prompts.get(index) else { return };
    let mut lines = vec![Line::styled(
        format!("Prompt {} of {}", index + 1, prompts.len())
            + &crate::homework::added_by(parts.ctx.wb.store(), p.id, s, &pr.id)
                .map(|by| format!(" · from {}", crate::text::one_line(&by, 30)))
                .unwrap_or_default(),
        t.dim,
    )];
    lines.extend(para(&pr.text, width, t.title));
    let together = crate::privacy::answers_together(parts.ctx.wb.content(), &s.id, &pr.id);
    if together {
        let note = crate::privacy::together_note(parts.ctx.wb.store());
        lines.extend(para(note, width, t.dim));
    }
    lines.push(Line::default());
    top(lines, &mut rows, buf);
    if parts.v.focus == StrategyFocus::Main {
        let hint = inset(rows.take_bottom(1));
        Line::styled(prompt_hint(), t.accent).render(hint, buf);
    }
    let saved = parts.ctx.wb.store().reflection(p.id, &s.id, &pr.id);
    // Said before a word is written: who will read this answer (the one
    // rule is `privacy::answers_together`).
    let visibility = saved.map_or(parts.ctx.wb.new_entry_visibility(), |e| e.visibility);
    let title = if together {
        format!(
            "Your answer ({})",
            crate::privacy::together_reach(parts.ctx.wb.store())
        )
    } else {
        format!("Your answer ({})", visibility.label())
    };
    let is_saved = saved.is_some()
        && parts.v.editor.as_ref().is_some_and(|e| !e.is_changed())
        && parts
            .ctx
            .wb
            .saves()
            .is_durable(crate::workbook::SaveTarget::Store);
    editor(parts, &title, is_saved.then_some("saved"), &mut rows, buf);
}

pub(super) fn committing(parts: &Parts, mut rows: Rows, buf: &mut Buffer) {
    let (t, p, s, v) = (parts.ctx.theme, parts.p, parts.s, parts.v);
    let width = inset(rows.area).width;
    let mut lines = para("Choose one thing to practise this week.", width, t.title);
    let note = "Pick a suggestion or write your own. Small and concrete works best.";
    lines.extend(para(note, width, t.dim));
    lines.push(Line::default());
    top(lines, &mut rows, buf);
    let mut items: Vec<String> = s
        .commitments_for(p.role)
        .iter()
        .map(|c| c.text.clone())
        .collect();
    items.push("Write my own…".into());
    let selected = v.choice.min(items.len() - 1);
    let (lines, sel) = choices(&items, Some(selected), width, t);
    let room = if v.editor.is_some() {
        usize::from(rows.left().saturating_sub(6))
    } else {
        usize::from(rows.left())
    };
    let list = inset(rows.take(lines.len().min(room)));
    render_window(lines, &sel, list, buf);
    rows.take(1);
    editor(
        parts,
        "My own commitment (this week I will…)",
        None,
        &mut rows,
        buf,
    );
}

pub(super) fn practising(
    parts: &Parts,
    commitment: CommitmentId,
    since: NaiveDate,
    mut rows: Rows,
    buf: &mut Buffer,
) {
    let (t, p, s) = (parts.ctx.theme, parts.p, parts.s);
    let width = inset(rows.area).width;
    let mut lines = vec![Line::styled("Your commitment", t.dim)];
    match p.commitment(commitment) {
        Some(c) => lines.extend(para(&c.text, width, t.title)),
        None => lines.push(Line::styled("(This commitment could not be found.)", t.dim)),
    }
    lines.push(Line::default());
    lines.push(Line::from(format!(
        "Practising since {}.",
        parts.ctx.day(since)
    )));
    if parts.v.asking_review {
        let now = parts.ctx.wb.last_seen().map_or(since, |t| t.date_naive());
        let days = (now - since).num_days().max(0);
        let ask = format!(
            "Review it now, after {}? Once reviewed, this commitment's practice is over. y reviews it; n or Esc keeps practising.",
            match days {
                0 => "less than a day".to_string(),
                1 => "1 day".to_string(),
                n => format!("{n} days"),
            }
        );
        lines.extend(para(&ask, width, t.accent));
    } else {
        let note = "About a week of practice is suggested; review whenever you are ready.";
        lines.extend(para(note, width, Style::new()));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        "When you review it, you will be asked:",
        t.dim,
    ));
    lines.extend(para(&s.review_question, width, Style::new()));
    Paragraph::new(lines).render(inset(rows.rest()), buf);
}

pub(super) fn reviewing(parts: &Parts, commitment: CommitmentId, mut rows: Rows, buf: &mut Buffer) {
    let (t, p, s, v) = (parts.ctx.theme, parts.p, parts.s, parts.v);
    let width = inset(rows.area).width;
    let mut lines = para(&s.review_question, width, t.title);
    if let Some(c) = p.commitment(commitment) {
        lines.extend(para(&format!("Your commitment: {}", c.text), width, t.dim));
    }
    lines.push(Line::default());
    lines.push(Line::from("How did it go?"));
    let labels: Vec<String> = Kept::ALL.iter().map(|k| capitalised(k.label())).collect();
    let (list, _) = choices(&labels, Some(v.choice.min(labels.len() - 1)), width, t);
    lines.extend(list);
    lines.push(Line::default());
    top(lines, &mut rows, buf);
    if v.editor.is_none() {
        let note = "Choose one; then you can write what you learned, if you like.";
        Paragraph::new(para(note, width, t.dim)).render(inset(rows.rest()), buf);
    }
    editor(
        parts,
        "What did you learn? (optional)",
        None,
        &mut rows,
        buf,
    );
}

pub(super) fn done(parts: &Parts, mut rows: Rows, buf: &mut Buffer) {
    let (ctx, t, p, s) = (parts.ctx, parts.ctx.theme, parts.p, parts.s);
    let width = inset(rows.area).width;
    let progress = p.progress(&s.id);
    let mut lines = vec![Line::styled(
        match progress.finished {
            Some(at) => format!("Done on {}.", ctx.date(&at)),
            None => "Done.".into(),
        },
        t.title,
    )];
    let answers = ctx
        .wb
        .store()
        .entries_by(p.id)
        .iter()
        .filter(|e| matches!(&e.kind, EntryKind::Reflection { strategy, .. } if *strategy == s.id))
        .count();
    lines.push(Line::from(match answers {
        0 => "You did not save answers to the prompts this time.".to_string(),
        1 => "You saved 1 answer in this strategy.".to_string(),
        n => format!("You saved {n} answers in this strategy."),
    }));
    lines.push(Line::default());
    if let Some(c) = p.commitments.iter().rev().find(|c| c.strategy == s.id) {
        lines.push(Line::styled("Your commitment", t.dim));
        lines.extend(para(&c.text, width, Style::new()));
        if let Some(r) = &c.review {
            let learned = if r.entry.is_some() {
                " What you learned is in your journal."
            } else {
                ""
            };
            let kept = match r.kept {
                Kept::Kept => "You kept it.",
                Kept::Partly => "You partly kept it.",
                Kept::NotKept => "You did not keep it this time, and that is worth knowing too.",
            };
            let msg = format!("{kept}{learned}");
            lines.extend(para(&msg, width, Style::new()));
        }
        lines.push(Line::default());
    }
    let note = "You can go through this strategy again whenever you like; everything you wrote stays in your journal.";
    lines.extend(para(note, width, t.dim));
    Paragraph::new(lines).render(inset(rows.rest()), buf);
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
