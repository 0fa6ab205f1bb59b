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
        .map(|b| {
            let (keys, hint) = crate::i18n::key_hint((b.label, b.hint));
            crate::t!("strategy-key-to", keys = keys, hint = hint)
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Lines at the top of a stage, in the inset column.
fn top(lines: Vec<Line<'static>>, rows: &mut Rows, buf: &mut Buffer) {
    let area = inset(rows.take(lines.len()));
    Paragraph::new(lines).render(area, buf);
}

/// The editor (if open) in the rest of the rows, as wide as the terminal.
fn editor(parts: &Parts, title: &str, note: Option<String>, rows: &mut Rows, buf: &mut Buffer) {
    let Some(ed) = &parts.v.editor else { return };
    let note = if parts.v.focus == StrategyFocus::Draft {
        Some(crate::t!(
            "editor-not-saved-draft",
            open = crate::say!(Draft, Edit)
        ))
    } else {
        note.or(ed.is_changed().then(|| crate::t!("editor-not-saved")))
    };
    EditorBox {
        area: &ed.area,
        title,
        note: note.as_deref(),
        focused: parts.v.focus == StrategyFocus::Editor,
        padded: true,
    }
    .render(parts.ctx, boxed(rows.rest()), buf);
}

pub(super) fn reflecting(parts: &Parts, prompt: usize, mut rows: Rows, buf: &mut Buffer) {
    let (t, p, s) = (parts.ctx.theme, parts.p, parts.s);
    let width = inset(rows.area).width;
    let prompts = crate::homework::prompts_for(parts.ctx.seen.store, p.id, p.role, s);
    let index = prompt.min(prompts.len().saturating_sub(1));
    let Some(pr) = prompts.get(index) else { return };
    let mut lines = vec![Line::styled(
        crate::t!("prompt-of", n = (index + 1), all = prompts.len())
            + &crate::homework::added_by(parts.ctx.seen.store, p.id, s, &pr.id)
                .map(|by| crate::t!("prompt-from", name = crate::text::one_line(&by, 30)))
                .unwrap_or_default(),
        t.dim,
    )];
    lines.extend(para(&pr.text, width, t.title));
    let together = crate::privacy::answers_together(parts.ctx.seen.content, &s.id, &pr.id);
    if together {
        let note = crate::privacy::together_note(parts.ctx.seen.store);
        lines.extend(para(&note, width, t.dim));
    }
    lines.push(Line::default());
    top(lines, &mut rows, buf);
    if parts.v.focus == StrategyFocus::Main {
        let hint = inset(rows.take_bottom(1));
        Line::styled(prompt_hint(), t.accent).render(hint, buf);
    }
    let saved = parts.ctx.seen.store.reflection(p.id, &s.id, &pr.id);
    // Said before a word is written: who will read this answer (the one
    // rule is `privacy::answers_together`).
    let visibility = saved.map_or(parts.ctx.seen.new_entry_visibility(), |e| e.visibility);
    let title = if together {
        let partners = parts.ctx.seen.store.partners.len();
        // The box's top border holds its title between two corners and a
        // space each side: the whole sentence where it fits, else its short
        // form (still saying who reads it), else just "together" (the note
        // above the box says the rest). Never cut.
        let room = usize::from(boxed(rows.area).width).saturating_sub(4);
        [
            crate::privacy::together_reach(parts.ctx.seen.store),
            crate::t!("together-reach-short", partners = partners),
            crate::t!("reach", reach = "together"),
        ]
        .into_iter()
        .map(|reach| crate::t!("answer-box", reach = reach))
        .find(|title| unicode_width::UnicodeWidthStr::width(title.as_str()) <= room)
        .unwrap_or_else(|| crate::t!("answer-box", reach = crate::t!("reach", reach = "together")))
    } else {
        crate::t!(
            "answer-box",
            reach = crate::t!("visibility", visibility = visibility.label())
        )
    };
    let is_saved = saved.is_some()
        && parts.v.editor.as_ref().is_some_and(|e| !e.is_changed())
        && parts
            .ctx
            .seen
            .saves()
            .is_durable(crate::workbook::SaveTarget::Store);
    editor(
        parts,
        &title,
        is_saved.then(|| crate::t!("editor-saved")),
        &mut rows,
        buf,
    );
}

pub(super) fn committing(parts: &Parts, mut rows: Rows, buf: &mut Buffer) {
    let (t, p, s, v) = (parts.ctx.theme, parts.p, parts.s, parts.v);
    let width = inset(rows.area).width;
    let mut lines = para(&crate::t!("commit-choose"), width, t.title);
    let note = crate::t!("commit-note");
    lines.extend(para(&note, width, t.dim));
    lines.push(Line::default());
    top(lines, &mut rows, buf);
    let mut items: Vec<String> = s
        .commitments_for(p.role)
        .iter()
        .map(|c| c.text.clone())
        .collect();
    items.push(crate::t!("commit-own"));
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
    editor(parts, &crate::t!("commit-own-box"), None, &mut rows, buf);
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
    let mut lines = vec![Line::styled(crate::t!("commitment-yours"), t.dim)];
    match p.commitment(commitment) {
        Some(c) => lines.extend(para(&c.text, width, t.title)),
        None => lines.push(Line::styled(crate::t!("commitment-missing"), t.dim)),
    }
    lines.push(Line::default());
    lines.push(Line::from(crate::t!(
        "practising-since",
        date = parts.ctx.day(since)
    )));
    if parts.v.asking_review {
        let now = parts.ctx.seen.last_seen().map_or(since, |t| t.date_naive());
        let days = (now - since).num_days().max(0);
        let ask = crate::t!(
            "practising-ask",
            yes = crate::say!(Confirm, Confirm),
            no = crate::say!(Confirm, Cancel, all),
            days = days
        );
        lines.extend(para(&ask, width, t.accent));
    } else {
        let note = crate::t!("practising-note");
        lines.extend(para(&note, width, Style::new()));
    }
    lines.push(Line::default());
    lines.push(Line::styled(crate::t!("practising-asked"), t.dim));
    lines.extend(para(&s.review_question, width, Style::new()));
    Paragraph::new(lines).render(inset(rows.rest()), buf);
}

pub(super) fn reviewing(parts: &Parts, commitment: CommitmentId, mut rows: Rows, buf: &mut Buffer) {
    let (t, p, s, v) = (parts.ctx.theme, parts.p, parts.s, parts.v);
    let width = inset(rows.area).width;
    let mut lines = para(&s.review_question, width, t.title);
    if let Some(c) = p.commitment(commitment) {
        lines.extend(para(
            &crate::t!("review-commitment", text = c.text.as_str()),
            width,
            t.dim,
        ));
    }
    lines.push(Line::default());
    lines.push(Line::from(crate::t!("review-how")));
    let labels: Vec<String> = Kept::ALL
        .iter()
        .map(|k| crate::t!("kept", kept = kept_key(*k)))
        .collect();
    let (list, _) = choices(&labels, Some(v.choice.min(labels.len() - 1)), width, t);
    lines.extend(list);
    lines.push(Line::default());
    top(lines, &mut rows, buf);
    if v.editor.is_none() {
        let note = crate::t!("review-note");
        Paragraph::new(para(&note, width, t.dim)).render(inset(rows.rest()), buf);
    }
    editor(
        parts,
        &crate::t!("review-learned-box"),
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
            Some(at) => crate::t!("done-on", date = ctx.date(&at)),
            None => crate::t!("done"),
        },
        t.title,
    )];
    let answers = ctx
        .seen
        .store
        .entries_of(p.id)
        .iter()
        .filter(|e| matches!(&e.kind, EntryKind::Reflection { strategy, .. } if *strategy == s.id))
        .count();
    lines.push(Line::from(crate::t!("done-answers", n = answers)));
    lines.push(Line::default());
    if let Some(c) = p.commitments.iter().rev().find(|c| c.strategy == s.id) {
        lines.push(Line::styled(crate::t!("commitment-yours"), t.dim));
        lines.extend(para(&c.text, width, Style::new()));
        if let Some(r) = &c.review {
            let learned = if r.entry.is_some() {
                crate::t!("done-learned")
            } else {
                String::new()
            };
            let kept = crate::t!("done-kept", kept = kept_key(r.kept));
            let msg = format!("{kept}{learned}");
            lines.extend(para(&msg, width, Style::new()));
        }
        lines.push(Line::default());
    }
    let note = crate::t!("done-again");
    lines.extend(para(&note, width, t.dim));
    Paragraph::new(lines).render(inset(rows.rest()), buf);
}

/// How the catalogue's `kept` selectors name how a commitment went.
fn kept_key(k: Kept) -> &'static str {
    match k {
        Kept::Kept => "kept",
        Kept::Partly => "partly",
        Kept::NotKept => "not",
    }
}
