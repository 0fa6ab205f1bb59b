//! The journal (list, read, edit, share or make private, delete) and the
//! shared view, in words. Which entries are listed and who may change one
//! are the journal's and `privacy`'s rules; this only says them.

use std::fmt::Write as _;

use super::Words;
use super::{Part, Writing, back, choice, go_to, key_choice, pick};
use crate::keymap::Action;
use crate::model::{Entry, EntryId, Timestamp, Visibility};
use crate::text::printable;
use crate::workbook::kind;
use crate::workbook::{JournalMode, JournalView, ListView, Seen, visible_entries};

/// Entries listed at a time, so a long journal is read in pages.
pub(super) const PAGE: usize = 10;

/// A date and time in the person's `date_format`, as every door writes it.
pub(super) fn when(seen: Seen, t: &Timestamp) -> String {
    seen.config.date_time(t)
}

/// The strategy an entry belongs to, by its title.
fn strategy_title(seen: Seen, e: &Entry) -> String {
    e.kind
        .strategy()
        .and_then(|id| seen.content.strategy(id))
        .map_or_else(|| crate::t!("title-journal"), |s| s.title.clone())
}

/// Who wrote an entry, by name; "Someone" for a person no longer here.
fn author(seen: Seen, e: &Entry) -> String {
    seen.store.partner(e.author).map_or_else(
        || crate::t!("walk-someone"),
        |p| printable(&p.name).into_owned(),
    )
}

/// Who may read an entry, in words.
fn reach(seen: Seen, e: &Entry) -> String {
    crate::t!(
        "reach",
        reach = crate::privacy::reach(seen.content, e).label()
    )
}

/// Its first words, on one line.
fn first_words(seen: Seen, e: &Entry) -> String {
    crate::text::one_line(&seen.readable_text(&e.body), 60)
}

pub(super) fn journal(seen: Seen, j: &JournalView) -> Part {
    let ids = visible_entries(seen.here());
    let entry = |id: EntryId| seen.store.entry(id);
    match &j.mode {
        JournalMode::List => list(seen, &ids, j.selected),
        JournalMode::Read { entry: id, .. } => match entry(*id) {
            Some(e) => read(seen, e),
            None => (String::new(), vec![back("back to the list")], None),
        },
        JournalMode::Edit(editor) => {
            let what = match editor.target {
                crate::model::DraftTarget::NewEntry { .. } => "new",
                crate::model::DraftTarget::Reply { .. } => "reply",
                _ => "edit",
            };
            let mut t = crate::t!("walk-journal-editing", what = what);
            t.push('\n');
            let _ = writeln!(t, "{}", printable(&editor.text()));
            t.push('\n');
            t.push_str(&crate::t!("walk-journal-type-whole"));
            (t, Vec::new(), Some(Writing::Lines))
        }
        JournalMode::Draft(editor) => {
            let mut t = crate::t!("walk-journal-draft");
            t.push('\n');
            let _ = writeln!(t, "{}", printable(&editor.text()));
            let choices = vec![
                key_choice("e", "go on writing", vec![Action::Edit]),
                back("keep them as a draft and go to the list"),
            ];
            (t, choices, None)
        }
        JournalMode::ConfirmShare { .. } => {
            // The same question as the full screen's (it names the partner).
            let t = crate::workbook::share_question(seen.here());
            let choices = vec![
                key_choice("y", "yes, share it", vec![Action::Confirm]),
                key_choice("n", "no, keep it private", vec![Action::Cancel]),
            ];
            (t, choices, None)
        }
        JournalMode::Link { .. } => {
            let mut t = crate::t!("walk-journal-link");
            t.push('\n');
            let mut choices = vec![key_choice("0", "no strategy: just write", pick(0))];
            for (i, st) in seen.content.strategies.iter().enumerate() {
                choices.push(choice(&(i + 1).to_string(), &st.title, pick(i + 1)));
            }
            choices.push(back("back to the list"));
            (t, choices, None)
        }
        JournalMode::ConfirmDelete { entry: id } => {
            let mut t = crate::t!("journal-delete");
            if let Some(e) = entry(*id) {
                let _ = write!(t, "\n{}: {}", when(seen, &e.created), first_words(seen, e));
            }
            let choices = vec![
                key_choice("y", "yes, delete it", vec![Action::Confirm]),
                key_choice("n", "no, keep it", vec![Action::Cancel]),
            ];
            (t, choices, None)
        }
    }
}

/// One page of the list, around the selected entry; a number reads one.
fn list(seen: Seen, ids: &[EntryId], selected: usize) -> Part {
    let mut t = String::new();
    let mut choices = Vec::new();
    if ids.is_empty() {
        t.push_str(&crate::t!("walk-journal-empty"));
        choices.extend(new_entry());
        choices.push(back("back home"));
        return (t, choices, None);
    }
    let from = (selected.min(ids.len() - 1) / PAGE) * PAGE;
    let to = (from + PAGE).min(ids.len());
    let _ = writeln!(
        t,
        "{}",
        crate::t!(
            "walk-journal-count",
            n = ids.len(),
            from = (from + 1),
            to = to
        )
    );
    for (row, id) in ids.iter().enumerate().take(to).skip(from) {
        let Some(e) = seen.store.entry(*id) else {
            continue;
        };
        let label = format!(
            "{} · {} · {}: {}",
            when(seen, &e.created),
            strategy_title(seen, e),
            reach(seen, e),
            first_words(seen, e)
        );
        choices.push(choice(&(row + 1).to_string(), &label, pick(row)));
    }
    if to < ids.len() {
        // The next page: the cursor onto its first entry.
        choices.push(key_choice("m", "more entries (older)", go_to(to)));
    }
    if from > 0 {
        choices.push(key_choice(
            "l",
            "the entries before these (newer)",
            go_to(from - PAGE),
        ));
    }
    choices.extend(new_entry());
    choices.push(back("back home"));
    (t, choices, None)
}

/// "Write a new entry", once the workbook offers free entries.
///
/// Hook: the journal branch adds free entries to the state machine; when
/// it lands, this returns `Some(key_choice("w", "write a new entry",
/// vec![Action::…]))` with the action the full screen's journal key sends.
/// The editor it opens is a `JournalMode::Edit` already spoken by
/// [`journal`], and `walk::write` saves it; nothing else changes here.
#[allow(
    clippy::unnecessary_wraps,
    reason = "one of the page's optional choices"
)]
fn new_entry() -> Option<super::Choice> {
    Some(key_choice("w", "write a new entry", vec![Action::NewEntry]))
}

/// One entry: what it answers, when, who may read it, and its words.
fn read(seen: Seen, e: &Entry) -> Part {
    let mut t = String::new();
    if !e.heading.trim().is_empty() {
        let _ = writeln!(t, "{}", printable(&e.heading));
    }
    let _ = write!(
        t,
        "{} · {} · {}",
        when(seen, &e.created),
        strategy_title(seen, e),
        reach(seen, e)
    );
    if e.updated.date_naive() != e.created.date_naive() {
        t.push_str(&crate::t!(
            "walk-journal-edited",
            when = when(seen, &e.updated)
        ));
    }
    let _ = write!(t, "\n\n{}", printable(&seen.readable_text(&e.body)));
    let share = match e.visibility {
        Visibility::Private => "share it with your partner",
        Visibility::Shared => "make it private again",
    };
    let choices = vec![
        key_choice("e", "edit it", vec![Action::Edit]),
        key_choice("v", share, vec![Action::Toggle]),
        // The list keeps this entry selected, so Delete asks about it.
        key_choice("d", "delete it", vec![Action::Back, Action::Delete]),
        back("back to the list"),
    ];
    (t, choices, None)
}

/// Both partners' shared entries, read-only: the chosen one is read out.
pub(super) fn shared(seen: Seen, list: &ListView) -> Part {
    let Some(me) = seen.me else {
        return (String::new(), vec![back("back home")], None);
    };
    let entries = crate::privacy::shared_entries(seen.store, me);
    let mut t = String::new();
    let mut choices = Vec::new();
    if entries.is_empty() {
        t.push_str(&crate::t!("walk-shared-none"));
        return (t, vec![back("back home")], None);
    }
    let selected = list.selected.min(entries.len() - 1);
    if let Some(e) = entries.get(selected) {
        let _ = writeln!(
            t,
            "{}",
            crate::t!(
                "walk-shared-entry",
                n = (selected + 1),
                all = entries.len(),
                who = author(seen, e),
                when = when(seen, &e.created)
            )
        );
        if !e.heading.trim().is_empty() {
            let _ = writeln!(t, "{}", printable(&e.heading));
        }
        let _ = write!(t, "{}", printable(&seen.readable_text(&e.body)));
        // The replies under it, as the full screen shows them.
        for r in crate::privacy::replies_to(seen.store, me, e.id) {
            let _ = write!(
                t,
                "\n{}",
                crate::t!(
                    "walk-shared-reply",
                    who = author(seen, r),
                    when = when(seen, &r.created),
                    text = printable(&seen.readable_text(&r.body)).into_owned()
                )
            );
        }
        if crate::privacy::can_reply(seen.store, me, e) {
            choices.push(key_choice(
                "r",
                "reply (shared by nature: you both read it)",
                vec![Action::Reply],
            ));
            choices.push(key_choice("i", "say \"I read this\"", vec![Action::ReadIt]));
        }
    }
    for (row, e) in entries.iter().enumerate() {
        if row == selected {
            continue;
        }
        let label = format!(
            "{}, {}: {}",
            author(seen, e),
            when(seen, &e.created),
            first_words(seen, e)
        );
        choices.push(choice(&(row + 1).to_string(), &label, go_to(row)));
    }
    choices.push(back("back home"));
    (t, choices, None)
}

impl Words for kind::Journal {
    fn page(state: &Self::State, seen: Seen) -> Part {
        journal(seen, state)
    }
}

impl Words for kind::Shared {
    fn page(state: &Self::State, seen: Seen) -> Part {
        shared(seen, state)
    }
}
