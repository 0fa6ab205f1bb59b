//! One strategy, for the active partner: read the guidance, answer the
//! prompts for their role, choose a commitment, practise it, review it.
//! The stage itself is persisted in the partner's progress; this screen
//! only adds what is on screen right now (scroll, focus, the open editor).

use crate::keymap::{Action, Context};
use crate::model::{
    Body, Commitment, CommitmentReview, Common, Entry, EntryKind, Kept, Stage, Timestamp,
    Transition,
};

use super::Location;
use super::kind;
use super::page::Page;
use super::page::{Ctx, Go, Here};
use super::{Draft, DraftTarget, Editor, ListView, Screen};
use crate::content::Content;

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
impl Here<'_> {
    /// The stage a strategy screen shows (see `stage`).
    pub(crate) fn strategy_stage(self, v: &StrategyView) -> Stage {
        stage(self, v)
    }
}

pub(super) fn stage(here: Here, v: &StrategyView) -> Stage {
    if let Some(a) = &v.answering {
        return Stage::Reflecting { prompt: a.prompt };
    }
    match (here.partner(), here.content.strategies.get(v.index)) {
        (Some(p), Some(s)) => p.progress(&s.id).stage,
        _ => Stage::NotStarted,
    }
}

/// Open the strategy at one prompt (a together prompt, a therapist's), to
/// answer it now; `back` is the list to return to.
pub(super) fn answer_prompt(
    here: Here,
    strategy: &str,
    prompt: &str,
    back: AnswerBack,
) -> Option<Screen> {
    let index = here
        .content
        .strategies
        .iter()
        .position(|s| s.id == strategy)?;
    let (p, s) = (here.partner()?, here.content.strategies.get(index)?);
    let at = crate::homework::prompts_for(here.store, p.id, p.role, s)
        .iter()
        .position(|pr| pr.id == prompt)?;
    let mut view = StrategyView::new(index);
    view.answering = Some(Answering { prompt: at, back });
    open_stage_editor(here, &mut view, None);
    Some(Screen::Strategy(Box::new(view)))
}

pub(super) fn context(here: Here, v: &StrategyView) -> Context {
    if v.show_guidance {
        return Context::Reading;
    }
    if v.asking_review {
        return Context::Confirm;
    }
    match (stage(here, v), v.focus) {
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
pub(super) fn open(ctx: &mut Ctx, index: usize) -> Screen {
    let mut view = StrategyView::new(index);
    if stage(ctx.here(), &view) == Stage::NotStarted {
        transition(ctx, index, Transition::Open);
    }
    open_stage_editor(ctx.here(), &mut view, None);
    Screen::Strategy(Box::new(view))
}

/// Apply a transition to the active partner's progress in a strategy.
pub(super) fn transition(ctx: &mut Ctx, index: usize, t: Transition) -> bool {
    let Some(id) = ctx.content.strategies.get(index).map(|s| s.id.clone()) else {
        return false;
    };
    let now = ctx.now;
    let Some(p) = ctx.partner_mut() else {
        return false;
    };
    let ok = p.progress.entry(id).or_default().apply(t, now).is_ok();
    if ok {
        ctx.changed();
    }
    ok
}

fn role_of(here: Here) -> crate::model::Role {
    here.partner()
        .map_or(crate::model::Role::Unsaid, |p| p.role)
}

/// The number of prompts the active partner has in this strategy.
fn prompt_count(here: Here, index: usize) -> usize {
    match (here.partner(), here.content.strategies.get(index)) {
        (Some(p), Some(s)) => crate::homework::prompts_for(here.store, p.id, p.role, s).len(),
        _ => 0,
    }
}

/// Put the editor the current stage needs (if any) on screen, with the
/// saved text, or with a draft waiting for it.
pub(super) fn open_stage_editor(here: Here, v: &mut StrategyView, draft: Option<&Draft>) {
    v.editor = None;
    v.focus = StrategyFocus::Main;
    let (Some(p), Some(s)) = (here.partner(), here.content.strategies.get(v.index)) else {
        return;
    };
    let waiting = |target: &DraftTarget| -> Option<String> {
        match draft {
            Some(d) if &d.target == target => Some(d.text.clone()),
            _ => here.pending_draft(target),
        }
    };
    match stage(here, v) {
        Stage::Reflecting { prompt } => {
            let prompts = crate::homework::prompts_for(here.store, p.id, p.role, s);
            let Some(pr) = prompts.get(prompt.min(prompts.len().saturating_sub(1))) else {
                return;
            };
            let target = DraftTarget::Reflection {
                strategy: s.id.clone(),
                prompt: pr.id.clone(),
            };
            let saved = here
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

impl Page for kind::Strategy {
    fn context(state: &Self::State, here: Here) -> Context {
        context(here, state)
    }

    fn location(state: &Self::State, content: &Content) -> Location {
        Location::Strategy {
            id: (content.strategies.get(state.index))
                .map(|s| s.id.clone())
                .unwrap_or_default(),
        }
    }

    fn update(v: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        let now = ctx.now;
        if v.show_guidance {
            match action {
                Action::Select | Action::Back | Action::ReadGuidance => v.show_guidance = false,
                a => scroll(ctx, v, a),
            }
            return Go::Stay;
        }
        if v.focus == StrategyFocus::Draft {
            match action {
                Action::Edit | Action::Select | Action::Save => v.focus = StrategyFocus::Editor,
                // The words stay on screen, unsaved; the prompt's keys act again.
                Action::Back => v.focus = StrategyFocus::Main,
                _ => {}
            }
            if action != Action::Save {
                return Go::Stay;
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
            return Go::RetrySave;
        }
        if v.focus == StrategyFocus::Editor || action == Action::Save {
            match action {
                Action::Save => save(ctx, v),
                Action::StopEditing => {
                    v.focus = StrategyFocus::Main;
                    ctx.session_changed();
                }
                _ => {}
            }
            return Go::Stay;
        }
        if action == Action::Back {
            // Unsaved words leave with the person as a draft, never dropped.
            if let Some(e) = v.editor.as_ref().filter(|e| e.has_unsaved_words()) {
                ctx.keep_draft(e.draft());
                ctx.session_changed();
            }
            return match &v.answering {
                Some(a) => Go::To(a.back.screen()),
                None => Go::Home,
            };
        }
        if v.answering.is_some() && matches!(action, Action::Skip | Action::Previous) {
            // One prompt, out of order: there is no next or previous here.
            ctx.info(crate::t!(
                "strategy-prompt-alone",
                back = crate::say!(Prompt, Back)
            ));
            return Go::Stay;
        }
        if action == Action::ReadGuidance {
            v.show_guidance = true;
            v.scroll = 0;
            return Go::Stay;
        }
        let role = ctx.partner().map(|p| p.role);
        match stage(ctx.here(), v) {
            Stage::NotStarted | Stage::Reading => match action {
                Action::Select => {
                    let prompts = prompt_count(ctx.here(), v.index);
                    transition(ctx, v.index, Transition::BeginReflecting { prompts });
                    v.choice = 0;
                    open_stage_editor(ctx.here(), v, None);
                }
                a => scroll(ctx, v, a),
            },
            Stage::Reflecting { .. } => match action {
                Action::Edit | Action::Select => {
                    if v.editor.is_none() {
                        open_stage_editor(ctx.here(), v, None);
                    }
                    v.focus = StrategyFocus::Editor;
                }
                Action::Skip => {
                    if v.editor.as_ref().is_some_and(Editor::has_unsaved_words) {
                        ctx.info(crate::t!(
                            "strategy-unsaved-skip",
                            open = crate::say!(Draft, Edit),
                            save = crate::say!(Draft, Save)
                        ));
                    } else {
                        let prompts = prompt_count(ctx.here(), v.index);
                        transition(ctx, v.index, Transition::NextPrompt { prompts });
                        open_stage_editor(ctx.here(), v, None);
                    }
                }
                Action::Previous => {
                    if v.editor.as_ref().is_some_and(Editor::has_unsaved_words) {
                        ctx.info(crate::t!(
                            "strategy-unsaved-first",
                            open = crate::say!(Draft, Edit),
                            save = crate::say!(Draft, Save)
                        ));
                    } else if transition(ctx, v.index, Transition::PreviousPrompt) {
                        open_stage_editor(ctx.here(), v, None);
                    } else {
                        ctx.info(crate::t!("strategy-first-prompt"));
                    }
                }
                _ => {}
            },
            Stage::Committing => {
                let suggestions = match (role, ctx.content.strategies.get(v.index)) {
                    (Some(r), Some(s)) => s.commitments_for(r).len(),
                    _ => 0,
                };
                if super::move_selection(&mut v.choice, suggestions + 1, action, 1) {
                    return Go::Stay;
                }
                if action == Action::Select {
                    if v.choice < suggestions {
                        choose_suggestion(ctx, v);
                    } else {
                        let strategy = ctx
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
                    transition(ctx, v.index, Transition::BeginReview);
                    v.choice = 0;
                    open_stage_editor(ctx.here(), v, None);
                }
            }
            Stage::Reviewing { commitment } => {
                if super::move_selection(&mut v.choice, Kept::ALL.len(), action, 1) {
                    return Go::Stay;
                }
                if action == Action::Select {
                    if v.editor.is_none() {
                        let strategy = ctx
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
                    transition(ctx, v.index, Transition::Revisit);
                    v.scroll = 0;
                }
            }
        }
        Go::Stay
    }
}

/// Whole days a commitment has been practised by `now`.
pub fn practised_days(since: chrono::NaiveDate, now: Timestamp) -> i64 {
    (now.date_naive() - since).num_days()
}

fn scroll(ctx: &Ctx, v: &mut StrategyView, action: Action) {
    let page = ctx.page() as u16;
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
    v.scroll = ctx.scroll_within(v.scroll);
}

fn choose_suggestion(ctx: &mut Ctx, v: &mut StrategyView) {
    let (Some(p), Some(s)) = (ctx.partner(), ctx.content.strategies.get(v.index)) else {
        return;
    };
    let Some(sugg) = s
        .commitments_for(p.role)
        .get(v.choice)
        .map(|c| (*c).clone())
    else {
        return;
    };
    commit(ctx, v, sugg.text, Some(sugg.id));
}

/// Record a commitment and start practising it today.
fn commit(ctx: &mut Ctx, v: &mut StrategyView, text: String, suggestion: Option<String>) {
    let Some(strategy) = ctx.content.strategies.get(v.index).map(|s| s.id.clone()) else {
        return;
    };
    let now = ctx.now;
    let id = ctx.store.fresh_id();
    let since = now.date_naive();
    if let Some(p) = ctx.partner_mut() {
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
        ctx,
        v.index,
        Transition::Commit {
            commitment: id,
            since,
        },
    );
    v.editor = None;
    v.focus = StrategyFocus::Main;
    let strategy = ctx
        .content
        .strategies
        .get(v.index)
        .map(|s| s.id.clone())
        .unwrap_or_default();
    ctx.forget_draft(&DraftTarget::OwnCommitment { strategy });
    ctx.notice_when_saved(&crate::t!("notice-saving"), &crate::t!("notice-saved"));
}

/// Ctrl+S in the editor: keep the words, and move the strategy on.
fn save(ctx: &mut Ctx, v: &mut StrategyView) {
    let now = ctx.now;
    let Some(editor) = v.editor.as_mut() else {
        return;
    };
    let text = editor.text();
    let blank = editor.is_blank();
    match editor.target.clone() {
        DraftTarget::Reflection { strategy, prompt } => {
            let Some(author) = ctx.me else { return };
            let existing = ctx
                .store
                .reflection(author, &strategy, &prompt)
                .map(|e| e.id);
            // A locked answer cannot be read, so it is never written over.
            if existing.is_some_and(|id| {
                ctx.store
                    .entry(id)
                    .is_some_and(|e| matches!(e.body, Body::Sealed(_)))
            }) {
                ctx.info(crate::t!(
                    "strategy-answer-locked",
                    protect = crate::say!(Home, Protect)
                ));
                return;
            }
            if blank {
                ctx.info(match existing {
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
                if let Some(e) = ctx.store.entry_mut(id)
                    && e.body.text() != Some(text.as_str())
                {
                    e.body = Body::Text(text);
                    e.updated = now;
                }
            } else {
                let heading = ctx
                    .content
                    .strategies
                    .get(v.index)
                    .map(|s| {
                        crate::homework::prompts_for(ctx.store, author, role_of(ctx.here()), s)
                    })
                    .and_then(|ps| ps.into_iter().find(|p| p.id == prompt))
                    .map(|p| p.text)
                    .unwrap_or_default();
                add_entry(
                    ctx,
                    EntryKind::Reflection {
                        strategy: strategy.into(),
                        prompt: prompt.into(),
                    },
                    heading.into(),
                    text,
                );
            }
            editor.mark_saved();
            let target = editor.target.clone();
            ctx.forget_draft(&target);
            ctx.changed();
            // Said once the words are on the disk, as for every save.
            ctx.notice_when_saved(&crate::t!("notice-saving"), &crate::t!("notice-saved"));
            if v.answering.is_some() {
                // Answered from the Together list or the homework: the
                // strategy's own place is left where it was.
                v.focus = StrategyFocus::Main;
                return;
            }
            let prompts = prompt_count(ctx.here(), v.index);
            transition(ctx, v.index, Transition::NextPrompt { prompts });
            open_stage_editor(ctx.here(), v, None);
        }
        DraftTarget::OwnCommitment { .. } => {
            if blank {
                ctx.info(crate::t!("strategy-commitment-first"));
                return;
            }
            commit(ctx, v, text.trim().to_string(), None);
        }
        DraftTarget::Review {
            strategy,
            commitment,
        } => {
            let target = editor.target.clone();
            let kept = Kept::ALL.get(v.choice).copied().unwrap_or(Kept::Partly);
            let heading = ctx
                .content
                .strategies
                .get(v.index)
                .map(|s| s.review_question.clone())
                .unwrap_or_default();
            let entry = (!blank).then(|| {
                add_entry(
                    ctx,
                    EntryKind::Review {
                        strategy: strategy.into(),
                        commitment,
                    },
                    heading.into(),
                    text,
                )
            });
            if let Some(c) = ctx
                .partner_mut()
                .and_then(|p| p.commitments.iter_mut().find(|c| c.id == commitment))
            {
                c.review = Some(CommitmentReview {
                    kept,
                    reviewed: now,
                    entry,
                });
            }
            transition(ctx, v.index, Transition::FinishReview);
            v.editor = None;
            v.focus = StrategyFocus::Main;
            ctx.forget_draft(&target);
            ctx.changed();
            ctx.notice_when_saved(&crate::t!("notice-saving"), &crate::t!("notice-saved"));
        }
        DraftTarget::EditEntry { .. }
        | DraftTarget::CheckInNote
        | DraftTarget::NewEntry { .. }
        | DraftTarget::Reply { .. } => {}
    }
}

/// A new entry by the active partner, with the default visibility.
pub(super) fn add_entry(ctx: &mut Ctx, kind: EntryKind, heading: Common, text: String) -> u64 {
    let visibility = ctx.here().new_entry_visibility();
    let (id, now) = (ctx.store.fresh_id(), ctx.now);
    let author = ctx.me.unwrap_or_default();
    ctx.store.entries.push(Entry {
        id,
        author,
        kind,
        heading,
        body: Body::Text(text),
        visibility,
        created: now,
        updated: now,
    });
    id
}
