//! One strategy, for the active partner: read the guidance, answer the
//! prompts for their role, choose a commitment, practise it, review it.
//! The stage itself is persisted in the partner's progress; this screen
//! only adds what is on screen right now (scroll, focus, the open editor).

use crate::keymap::{Action, Context};
use crate::model::{
    Body, Commitment, CommitmentReview, Entry, EntryKind, Kept, Stage, Timestamp, Transition,
};

use super::{Draft, DraftTarget, Editor, ListView, Screen, Workbook};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StrategyFocus {
    #[default]
    Main,
    Editor,
    /// Unsaved words shown on coming back (the next start, or after
    /// unlocking): the first key may be typed at once, so letters go on
    /// writing them and no letter is a command (`Context::Draft`).
    Draft,
}

#[derive(Debug, Clone, Default)]
pub struct StrategyView {
    /// Index of the strategy in the content pack.
    pub index: usize,
    /// Scroll of the guidance text.
    pub scroll: u16,
    /// The guidance is open over a later stage (key `r`).
    pub show_guidance: bool,
    /// Selected row when choosing a commitment or how well it was kept.
    pub choice: usize,
    pub editor: Option<Editor>,
    pub focus: StrategyFocus,
    /// Opened from the Together list to answer one prompt directly,
    /// wherever the person is in the strategy (their stage is untouched).
    pub answering: Option<Answering>,
    /// Enter was pressed on a commitment practised for less than a week:
    /// reviewing it is asked first (`y`), and Esc leaves it practising.
    pub asking_review: bool,
}

/// One prompt answered out of the strategy's order, and where to go back.
#[derive(Debug, Clone, Default)]
pub struct Answering {
    /// The prompt's place among the partner's prompts for this strategy.
    pub prompt: usize,
    /// The list it was opened from, as it was left.
    pub back: AnswerBack,
}

/// The list one prompt was opened from: the together prompts, or the
/// homework (a therapist's prompt).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerBack {
    Together(ListView),
    Homework(super::HomeworkView),
}

impl Default for AnswerBack {
    fn default() -> Self {
        AnswerBack::Together(ListView::default())
    }
}

impl AnswerBack {
    fn screen(self) -> Screen {
        match self {
            AnswerBack::Together(list) => Screen::Together(list),
            AnswerBack::Homework(v) => Screen::Homework(v),
        }
    }
}

impl StrategyView {
    pub fn new(index: usize) -> Self {
        StrategyView {
            index,
            ..Default::default()
        }
    }
}

/// The stage the screen shows: the partner's own, or the one prompt being
/// answered from the Together list.
pub(super) fn stage(wb: &Workbook, v: &StrategyView) -> Stage {
    if let Some(a) = &v.answering {
        return Stage::Reflecting { prompt: a.prompt };
    }
    match (wb.partner(), wb.content.strategies.get(v.index)) {
        (Some(p), Some(s)) => p.progress(&s.id).stage,
        _ => Stage::NotStarted,
    }
}

/// Open the strategy at one prompt (a together prompt, a therapist's), to
/// answer it now; `back` is the list to return to.
pub(super) fn answer_prompt(
    wb: &mut Workbook,
    strategy: &str,
    prompt: &str,
    back: AnswerBack,
) -> Option<Screen> {
    let index = wb
        .content
        .strategies
        .iter()
        .position(|s| s.id == strategy)?;
    let (p, s) = (wb.partner()?, wb.content.strategies.get(index)?);
    let at = crate::homework::prompts_for(&wb.store, p.id, p.role, s)
        .iter()
        .position(|pr| pr.id == prompt)?;
    let mut view = StrategyView::new(index);
    view.answering = Some(Answering { prompt: at, back });
    open_stage_editor(wb, &mut view, None);
    Some(Screen::Strategy(Box::new(view)))
}

pub(super) fn context(wb: &Workbook, v: &StrategyView) -> Context {
    if v.show_guidance {
        return Context::Reading;
    }
    if v.asking_review {
        return Context::Confirm;
    }
    match (stage(wb, v), v.focus) {
        (_, StrategyFocus::Editor) => Context::Editor,
        (_, StrategyFocus::Draft) => Context::Draft,
        (Stage::NotStarted | Stage::Reading, _) => Context::Reading,
        (Stage::Reflecting { .. }, _) => Context::Prompt,
        (Stage::Committing | Stage::Reviewing { .. }, _) => Context::Choosing,
        (Stage::Practising { .. }, _) => Context::Practising,
        (Stage::Done, _) => Context::Done,
    }
}

/// Open a strategy from home: a first visit starts it.
pub(super) fn open(wb: &mut Workbook, index: usize, now: Timestamp) -> Screen {
    let mut view = StrategyView::new(index);
    if stage(wb, &view) == Stage::NotStarted {
        transition(wb, index, Transition::Open, now);
    }
    open_stage_editor(wb, &mut view, None);
    Screen::Strategy(Box::new(view))
}

/// Apply a transition to the active partner's progress in a strategy.
pub(super) fn transition(wb: &mut Workbook, index: usize, t: Transition, now: Timestamp) -> bool {
    let Some(id) = wb.content.strategies.get(index).map(|s| s.id.clone()) else {
        return false;
    };
    let Some(p) = wb.active.and_then(|a| wb.store.partner_mut(a)) else {
        return false;
    };
    let ok = p.progress.entry(id).or_default().apply(t, now).is_ok();
    if ok {
        wb.changed(now);
    }
    ok
}

fn role_of(wb: &Workbook) -> crate::model::Role {
    wb.partner().map_or(crate::model::Role::Unsaid, |p| p.role)
}

/// The number of prompts the active partner has in this strategy.
fn prompt_count(wb: &Workbook, index: usize) -> usize {
    match (wb.partner(), wb.content.strategies.get(index)) {
        (Some(p), Some(s)) => crate::homework::prompts_for(&wb.store, p.id, p.role, s).len(),
        _ => 0,
    }
}

/// Put the editor the current stage needs (if any) on screen, with the
/// saved text, or with a draft waiting for it.
pub(super) fn open_stage_editor(wb: &Workbook, v: &mut StrategyView, draft: Option<&Draft>) {
    v.editor = None;
    v.focus = StrategyFocus::Main;
    let (Some(p), Some(s)) = (wb.partner(), wb.content.strategies.get(v.index)) else {
        return;
    };
    let waiting = |target: &DraftTarget| -> Option<String> {
        match draft {
            Some(d) if &d.target == target => Some(d.text.clone()),
            _ => wb.pending_draft(target),
        }
    };
    match stage(wb, v) {
        Stage::Reflecting { prompt } => {
            let prompts = crate::homework::prompts_for(&wb.store, p.id, p.role, s);
            let Some(pr) = prompts.get(prompt.min(prompts.len().saturating_sub(1))) else {
                return;
            };
            let target = DraftTarget::Reflection {
                strategy: s.id.clone(),
                prompt: pr.id.clone(),
            };
            let saved = wb
                .store
                .reflection(p.id, &s.id, &pr.id)
                .and_then(|e| e.body.text())
                .unwrap_or_default()
                .to_string();
            let text = waiting(&target).unwrap_or_else(|| saved.clone());
            v.editor = Some(Editor::new(target, &text, &saved));
            v.focus = StrategyFocus::Editor;
        }
        Stage::Committing => {
            let target = DraftTarget::OwnCommitment {
                strategy: s.id.clone(),
            };
            if let Some(text) = waiting(&target) {
                v.choice = s.commitments_for(p.role).len();
                v.editor = Some(Editor::new(target, &text, ""));
                v.focus = StrategyFocus::Editor;
            }
        }
        Stage::Reviewing { commitment } => {
            let target = DraftTarget::Review {
                strategy: s.id.clone(),
                commitment,
            };
            if let Some(text) = waiting(&target) {
                v.editor = Some(Editor::new(target, &text, ""));
                v.focus = StrategyFocus::Editor;
            }
        }
        _ => {}
    }
}

pub(super) fn action(
    wb: &mut Workbook,
    mut v: StrategyView,
    action: Action,
    now: Timestamp,
) -> Screen {
    if v.show_guidance {
        match action {
            Action::Select | Action::Back | Action::ReadGuidance => v.show_guidance = false,
            a => scroll(wb, &mut v, a),
        }
        return Screen::Strategy(Box::new(v));
    }
    if v.focus == StrategyFocus::Draft {
        match action {
            Action::Edit | Action::Select | Action::Save => v.focus = StrategyFocus::Editor,
            // The words stay on screen, unsaved; the prompt's keys act again.
            Action::Back => v.focus = StrategyFocus::Main,
            _ => {}
        }
        if action != Action::Save {
            return Screen::Strategy(Box::new(v));
        }
    }
    // Ctrl+S saves the words on screen, whether or not they have the
    // keyboard (a draft shown to a person back at the keyboard).
    let unsaved_shown = v
        .editor
        .as_ref()
        .is_some_and(super::editor::Editor::is_changed);
    if action == Action::Save && v.focus == StrategyFocus::Main && !unsaved_shown {
        // Nothing unsaved here: Ctrl+S means what it means anywhere else.
        wb.retry_save();
        return Screen::Strategy(Box::new(v));
    }
    if v.focus == StrategyFocus::Editor || action == Action::Save {
        match action {
            Action::Save => save(wb, &mut v, now),
            Action::StopEditing => {
                v.focus = StrategyFocus::Main;
                wb.mark_session_dirty(now);
            }
            _ => {}
        }
        return Screen::Strategy(Box::new(v));
    }
    if action == Action::Back {
        // Unsaved words leave with the person as a draft, never dropped.
        if let Some(e) = v
            .editor
            .as_ref()
            .filter(|e| e.is_changed() && !e.is_blank())
        {
            wb.sync_session_draft(e.draft());
            wb.mark_session_dirty(now);
        }
        return match v.answering {
            Some(a) => a.back.screen(),
            None => wb.home(),
        };
    }
    if v.answering.is_some() && matches!(action, Action::Skip | Action::Previous) {
        // One prompt, out of order: there is no next or previous here.
        wb.info(crate::t!(
            "strategy-prompt-alone",
            back = crate::say!(Prompt, Back)
        ));
        return Screen::Strategy(Box::new(v));
    }
    if action == Action::ReadGuidance {
        v.show_guidance = true;
        v.scroll = 0;
        return Screen::Strategy(Box::new(v));
    }
    let role = wb.partner().map(|p| p.role);
    match stage(wb, &v) {
        Stage::NotStarted | Stage::Reading => match action {
            Action::Select => {
                let prompts = prompt_count(wb, v.index);
                transition(wb, v.index, Transition::BeginReflecting { prompts }, now);
                v.choice = 0;
                open_stage_editor(wb, &mut v, None);
            }
            a => scroll(wb, &mut v, a),
        },
        Stage::Reflecting { .. } => match action {
            Action::Edit | Action::Select => {
                if v.editor.is_none() {
                    open_stage_editor(wb, &mut v, None);
                }
                v.focus = StrategyFocus::Editor;
            }
            Action::Skip => {
                if v.editor
                    .as_ref()
                    .is_some_and(|e| e.is_changed() && !e.is_blank())
                {
                    wb.info(crate::t!(
                        "strategy-unsaved-skip",
                        open = crate::say!(Draft, Edit),
                        save = crate::say!(Draft, Save)
                    ));
                } else {
                    let prompts = prompt_count(wb, v.index);
                    transition(wb, v.index, Transition::NextPrompt { prompts }, now);
                    open_stage_editor(wb, &mut v, None);
                }
            }
            Action::Previous => {
                if v.editor
                    .as_ref()
                    .is_some_and(|e| e.is_changed() && !e.is_blank())
                {
                    wb.info(crate::t!(
                        "strategy-unsaved-first",
                        open = crate::say!(Draft, Edit),
                        save = crate::say!(Draft, Save)
                    ));
                } else if transition(wb, v.index, Transition::PreviousPrompt, now) {
                    open_stage_editor(wb, &mut v, None);
                } else {
                    wb.info(crate::t!("strategy-first-prompt"));
                }
            }
            _ => {}
        },
        Stage::Committing => {
            let suggestions = match (role, wb.content.strategies.get(v.index)) {
                (Some(r), Some(s)) => s.commitments_for(r).len(),
                _ => 0,
            };
            if super::move_selection(&mut v.choice, suggestions + 1, action, 1) {
                return Screen::Strategy(Box::new(v));
            }
            if action == Action::Select {
                if v.choice < suggestions {
                    choose_suggestion(wb, &mut v, now);
                } else {
                    let strategy = wb
                        .content
                        .strategies
                        .get(v.index)
                        .map(|s| s.id.clone())
                        .unwrap_or_default();
                    if v.editor.is_none() {
                        v.editor =
                            Some(Editor::new(DraftTarget::OwnCommitment { strategy }, "", ""));
                    }
                    v.focus = StrategyFocus::Editor;
                }
            }
        }
        Stage::Practising { since, .. } => {
            let early = practised_days(since, now) < super::PRACTICE_DAYS as i64;
            let review = match action {
                // Less than a week in, one Enter must not end the practice.
                Action::Select if early && !v.asking_review => {
                    v.asking_review = true;
                    false
                }
                Action::Select => true,
                Action::Confirm => v.asking_review,
                _ => false,
            };
            if matches!(action, Action::Cancel | Action::Confirm) {
                v.asking_review = false;
            }
            if review {
                transition(wb, v.index, Transition::BeginReview, now);
                v.choice = 0;
                open_stage_editor(wb, &mut v, None);
            }
        }
        Stage::Reviewing { commitment } => {
            if super::move_selection(&mut v.choice, Kept::ALL.len(), action, 1) {
                return Screen::Strategy(Box::new(v));
            }
            if action == Action::Select {
                if v.editor.is_none() {
                    let strategy = wb
                        .content
                        .strategies
                        .get(v.index)
                        .map(|s| s.id.clone())
                        .unwrap_or_default();
                    v.editor = Some(Editor::new(
                        DraftTarget::Review {
                            strategy,
                            commitment,
                        },
                        "",
                        "",
                    ));
                }
                v.focus = StrategyFocus::Editor;
            }
        }
        Stage::Done => {
            if action == Action::Select {
                transition(wb, v.index, Transition::Revisit, now);
                v.scroll = 0;
            }
        }
    }
    Screen::Strategy(Box::new(v))
}

/// Whole days a commitment has been practised by `now`.
pub fn practised_days(since: chrono::NaiveDate, now: Timestamp) -> i64 {
    (now.date_naive() - since).num_days()
}

fn scroll(wb: &Workbook, v: &mut StrategyView, action: Action) {
    let page = wb.page() as u16;
    v.scroll = match action {
        Action::Up => v.scroll.saturating_sub(1),
        Action::Down => v.scroll.saturating_add(1),
        Action::PageUp => v.scroll.saturating_sub(page),
        Action::PageDown => v.scroll.saturating_add(page),
        Action::Top => 0,
        Action::Bottom => u16::MAX,
        _ => v.scroll,
    };
    // The view shows as much as fits; do not let the offset run past the
    // end the renderer measured.
    v.scroll = wb.scroll_within(v.scroll);
}

fn choose_suggestion(wb: &mut Workbook, v: &mut StrategyView, now: Timestamp) {
    let (Some(p), Some(s)) = (wb.partner(), wb.content.strategies.get(v.index)) else {
        return;
    };
    let Some(sugg) = s
        .commitments_for(p.role)
        .get(v.choice)
        .map(|c| (*c).clone())
    else {
        return;
    };
    commit(wb, v, sugg.text, Some(sugg.id), now);
}

/// Record a commitment and start practising it today.
fn commit(
    wb: &mut Workbook,
    v: &mut StrategyView,
    text: String,
    suggestion: Option<String>,
    now: Timestamp,
) {
    let Some(strategy) = wb.content.strategies.get(v.index).map(|s| s.id.clone()) else {
        return;
    };
    let id = wb.store.fresh_id();
    let since = now.date_naive();
    if let Some(p) = wb.active.and_then(|a| wb.store.partner_mut(a)) {
        p.commitments.push(Commitment {
            id,
            strategy,
            text,
            suggestion,
            started: since,
            created: now,
            review: None,
        });
    }
    transition(
        wb,
        v.index,
        Transition::Commit {
            commitment: id,
            since,
        },
        now,
    );
    v.editor = None;
    v.focus = StrategyFocus::Main;
    let strategy = wb
        .content
        .strategies
        .get(v.index)
        .map(|s| s.id.clone())
        .unwrap_or_default();
    wb.clear_pending_draft(&DraftTarget::OwnCommitment { strategy });
    wb.notice_when_saved(&crate::t!("notice-saving"), &crate::t!("notice-saved"));
}

/// Ctrl+S in the editor: keep the words, and move the strategy on.
fn save(wb: &mut Workbook, v: &mut StrategyView, now: Timestamp) {
    let Some(editor) = v.editor.as_mut() else {
        return;
    };
    let text = editor.text();
    let blank = editor.is_blank();
    match editor.target.clone() {
        DraftTarget::Reflection { strategy, prompt } => {
            let Some(author) = wb.active else { return };
            let existing = wb
                .store
                .reflection(author, &strategy, &prompt)
                .map(|e| e.id);
            // A locked answer cannot be read, so it is never written over.
            if existing.is_some_and(|id| {
                wb.store
                    .entry(id)
                    .is_some_and(|e| matches!(e.body, Body::Sealed(_)))
            }) {
                wb.info(crate::t!(
                    "strategy-answer-locked",
                    protect = crate::say!(Home, Protect)
                ));
                return;
            }
            if blank {
                wb.info(match existing {
                    Some(_) => crate::t!("strategy-empty-answer-kept"),
                    None => crate::t!(
                        "strategy-nothing-written",
                        back = crate::say!(Editor, StopEditing),
                        skip = crate::say!(Prompt, Skip)
                    ),
                });
                return;
            }
            if let Some(id) = existing {
                if let Some(e) = wb.store.entry_mut(id)
                    && e.body.text() != Some(text.as_str())
                {
                    e.body = Body::Text(text);
                    e.updated = now;
                }
            } else {
                let heading = wb
                    .content
                    .strategies
                    .get(v.index)
                    .map(|s| crate::homework::prompts_for(&wb.store, author, role_of(wb), s))
                    .and_then(|ps| ps.into_iter().find(|p| p.id == prompt))
                    .map(|p| p.text)
                    .unwrap_or_default();
                add_entry(
                    wb,
                    EntryKind::Reflection { strategy, prompt },
                    heading,
                    text,
                    now,
                );
            }
            editor.mark_saved();
            let target = editor.target.clone();
            wb.clear_pending_draft(&target);
            wb.changed(now);
            // Said once the words are on the disk, as for every save.
            wb.notice_when_saved(&crate::t!("notice-saving"), &crate::t!("notice-saved"));
            if v.answering.is_some() {
                // Answered from the Together list or the homework: the
                // strategy's own place is left where it was.
                v.focus = StrategyFocus::Main;
                return;
            }
            let prompts = prompt_count(wb, v.index);
            transition(wb, v.index, Transition::NextPrompt { prompts }, now);
            open_stage_editor(wb, v, None);
        }
        DraftTarget::OwnCommitment { .. } => {
            if blank {
                wb.info(crate::t!("strategy-commitment-first"));
                return;
            }
            commit(wb, v, text.trim().to_string(), None, now);
        }
        DraftTarget::Review {
            strategy,
            commitment,
        } => {
            let target = editor.target.clone();
            let kept = Kept::ALL.get(v.choice).copied().unwrap_or(Kept::Partly);
            let heading = wb
                .content
                .strategies
                .get(v.index)
                .map(|s| s.review_question.clone())
                .unwrap_or_default();
            let entry = (!blank).then(|| {
                add_entry(
                    wb,
                    EntryKind::Review {
                        strategy,
                        commitment,
                    },
                    heading,
                    text,
                    now,
                )
            });
            if let Some(c) = wb
                .active
                .and_then(|a| wb.store.partner_mut(a))
                .and_then(|p| p.commitments.iter_mut().find(|c| c.id == commitment))
            {
                c.review = Some(CommitmentReview {
                    kept,
                    reviewed: now,
                    entry,
                });
            }
            transition(wb, v.index, Transition::FinishReview, now);
            v.editor = None;
            v.focus = StrategyFocus::Main;
            wb.clear_pending_draft(&target);
            wb.changed(now);
            wb.notice_when_saved(&crate::t!("notice-saving"), &crate::t!("notice-saved"));
        }
        DraftTarget::EditEntry { .. }
        | DraftTarget::CheckInNote
        | DraftTarget::NewEntry { .. }
        | DraftTarget::Reply { .. } => {}
    }
}

/// A new entry by the active partner, with the default visibility.
pub(super) fn add_entry(
    wb: &mut Workbook,
    kind: EntryKind,
    heading: String,
    text: String,
    now: Timestamp,
) -> u64 {
    let id = wb.store.fresh_id();
    let author = wb.active.unwrap_or_default();
    wb.store.entries.push(Entry {
        id,
        author,
        kind,
        heading,
        body: Body::Text(text),
        visibility: wb.new_entry_visibility(),
        created: now,
        updated: now,
    });
    id
}
