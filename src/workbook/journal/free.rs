//! A free journal entry: `n` in the journal (or "New entry" on home), a
//! strategy to link it to if the person wants one, then the same editor,
//! drafts, autosave, sealing and `Ctrl+O` as any answer. The title is the
//! entry's first line when it starts with "# ", so it is sealed with the
//! words for a protected partner (the `heading` field is never sealed).

use crate::keymap::Action;
use crate::model::EntryKind;

use super::super::page::{Ctx, Here};
use super::{DraftTarget, Editor, JournalMode};

pub use crate::model::{split_title, title_of};

/// `n`: an unsaved new entry comes back as it was (with what to say:
/// that it did); otherwise the choice of a strategy comes first.
pub(in crate::workbook) fn start(here: Here) -> (JournalMode, Option<String>) {
    let waiting = here
        .me
        .and_then(|me| here.session.for_partner(me))
        .and_then(|s| {
            s.drafts.iter().find(|d| {
                matches!(d.target, DraftTarget::NewEntry { .. })
                    && !crate::vault::is_sealed(&d.text)
            })
        });
    if let Some(d) = waiting {
        let editor = Editor::new(d.target.clone(), &d.text, "");
        let said = crate::t!("journal-draft-back");
        return (JournalMode::Edit(Box::new(editor)), Some(said));
    }
    (JournalMode::Link { selected: 0 }, None)
}

/// The editor for a new entry belonging to `strategy` (or none).
pub(in crate::workbook) fn editor(strategy: Option<String>) -> Editor {
    let mut editor = Editor::new(DraftTarget::NewEntry { strategy }, "", "");
    editor
        .area
        .set_placeholder_text(crate::t!("journal-new-placeholder"));
    editor
}

/// The choice before writing: "No strategy" first, then each strategy.
pub(super) fn link_action(ctx: &mut Ctx, mut selected: usize, action: Action) -> JournalMode {
    let count = ctx.content.strategies.len() + 1;
    if super::super::move_selection(&mut selected, count, action, ctx.page()) {
        return JournalMode::Link { selected };
    }
    match action {
        Action::Select => {
            let strategy = selected
                .checked_sub(1)
                .and_then(|i| ctx.content.strategies.get(i))
                .map(|s| s.id.clone());
            let reach = match ctx.here().new_entry_visibility() {
                crate::model::Visibility::Private => crate::t!("journal-new-private"),
                crate::model::Visibility::Shared => crate::t!(
                    "journal-new-shared",
                    share = crate::say!(JournalList, Toggle)
                ),
            };
            ctx.info(reach);
            JournalMode::Edit(Box::new(editor(strategy)))
        }
        Action::Back => JournalMode::List,
        _ => JournalMode::Link { selected },
    }
}

/// Ctrl+S on a new entry: it joins the journal, private unless the settings
/// say otherwise, and is shown as it will be read.
pub(super) fn save(
    ctx: &mut Ctx,
    mut editor: Box<Editor>,
    strategy: Option<String>,
) -> JournalMode {
    if editor.is_blank() {
        ctx.info(crate::t!(
            "journal-nothing-written",
            back = crate::say!(Editor, StopEditing)
        ));
        return JournalMode::Edit(editor);
    }
    let text = editor.text();
    let kind = EntryKind::Free {
        strategy: strategy.map(Into::into),
    };
    let id = super::super::strategy::add_entry(ctx, kind, Default::default(), text);
    editor.mark_saved();
    ctx.forget_draft(&editor.target);
    ctx.changed();
    ctx.notice_when_saved(&crate::t!("notice-saving"), &crate::t!("notice-saved"));
    JournalMode::Read {
        entry: id,
        scroll: 0,
    }
}
