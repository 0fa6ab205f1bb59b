//! Reports: what a partner's work looks like outside the app — the
//! `status` summary and the Markdown, HTML and JSON exports, which all
//! render one [`model::Report`].
//!
//! Everything here is pure (model in, text out: a `String`, or for the long
//! exports any writer, fed a chunk at a time through [`sink`]); the caller
//! reads the store, passes the clock in, and says where the text goes. Who may see what is
//! decided once, in [`visible_entries`], and every report goes through it.

use chrono::{Datelike as _, NaiveDate, Timelike as _};

use crate::content::{Content, Strategy};
use crate::model::{
    Commitment, Entry, EntryKind, Partner, PartnerId, Role, Store, StrategyProgress, Timestamp,
};

pub mod filter;
pub mod html;
pub mod json;
pub mod markdown;
pub mod model;
pub mod select;
pub mod sink;
pub mod status;
mod status_checkins;
mod words;

/// What a sealed (age-encrypted) body is shown as: the ciphertext never
/// leaves the store through a report.
pub fn locked() -> String {
    words::word("report-locked-entry", "", || {
        crate::t!("report-locked-entry")
    })
}

/// A check-in note as a report shows it: its words, or, while it is still
/// sealed, a note that says so.
pub fn note_shown(note: &str) -> std::borrow::Cow<'_, str> {
    if crate::vault::is_sealed(note) {
        std::borrow::Cow::Owned(crate::t!("report-locked-note"))
    } else {
        std::borrow::Cow::Borrowed(note)
    }
}

/// A check-in's number as a report shows it: the number, or "skipped" (in
/// the language in use) where the person left it out.
pub(crate) fn shown(value: Option<u8>) -> String {
    match value {
        Some(v) => v.to_string(),
        None => words::word("report-skipped", "", || crate::t!("report-skipped")),
    }
}

/// One report's view of the store: the pack, the data, and whose report it is.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    pub content: &'a Content,
    pub store: &'a Store,
    pub partner: PartnerId,
    /// What part of the journal the report covers (everything by default).
    pub filter: filter::Filter<'a>,
}

impl<'a> Scope<'a> {
    /// The partner the report is for, if the store has them.
    pub fn me(&self) -> Option<&'a Partner> {
        self.store.partner(self.partner)
    }

    /// A partner's name as a report shows it.
    pub fn name_of(&self, id: PartnerId) -> std::borrow::Cow<'a, str> {
        match self.store.partner(id) {
            Some(p) => std::borrow::Cow::Borrowed(p.name.as_str()),
            None => std::borrow::Cow::Owned(crate::t!("report-former-partner")),
        }
    }
}

/// Which entries a report may include: the partner's own entries, plus
/// entries with [`crate::model::Visibility::Shared`] written by anyone (while
/// couples mode is on, as [`crate::privacy::can_read`] decides) — never another
/// partner's private entries. Oldest first, so a report reads as it was
/// written. Sealed bodies are included; each report shows them as [`locked`].
pub fn visible_entries<'a>(scope: &Scope<'a>) -> Vec<&'a Entry> {
    let mut out: Vec<&Entry> = scope
        .store
        .entries
        .iter()
        .filter(|e| crate::privacy::can_read(scope.store, scope.partner, e))
        .filter(|e| scope.filter.entry(e))
        .collect();
    out.sort_by_key(|e| e.written_order());
    out
}

/// One strategy's part of a report, in content order.
#[derive(Debug)]
pub(crate) struct Section<'a> {
    /// 1-based, as the workbook numbers it.
    pub number: usize,
    pub strategy: &'a Strategy,
    pub progress: StrategyProgress,
    /// The partner's own commitments for this strategy (commitments are
    /// never shared).
    pub commitments: Vec<&'a Commitment>,
    pub entries: Vec<&'a Entry>,
}

/// The visible entries grouped by strategy; `other` holds entries tied to no
/// strategy, or to one the current pack no longer has.
#[derive(Debug)]
pub(crate) struct Grouped<'a> {
    pub sections: Vec<Section<'a>>,
    pub other: Vec<&'a Entry>,
}

pub(crate) fn group<'a>(scope: &Scope<'a>, me: &'a Partner) -> Grouped<'a> {
    let entries = visible_entries(scope);
    let sections = scope
        .content
        .strategies
        .iter()
        .enumerate()
        .filter(|(_, strategy)| scope.filter.strategy(&strategy.id))
        .map(|(i, strategy)| Section {
            number: i + 1,
            strategy,
            progress: me.progress(&strategy.id),
            commitments: me
                .commitments
                .iter()
                .filter(|c| c.strategy == strategy.id && scope.filter.commitment(c))
                .collect(),
            entries: entries
                .iter()
                .copied()
                .filter(|e| e.kind.strategy() == Some(strategy.id.as_str()))
                .collect(),
        })
        .collect();
    let other = entries
        .into_iter()
        .filter(|e| {
            e.kind
                .strategy()
                .is_none_or(|id| scope.content.strategy(id).is_none())
        })
        .collect();
    Grouped { sections, other }
}

/// How a report names a role next to the partner's name ("was hurt").
pub(crate) fn role_phrase(role: Role) -> Option<String> {
    let id = match role {
        Role::Hurt => "hurt",
        Role::Repairing => "repairing",
        Role::Both => "both",
        Role::Unsaid => return None,
    };
    Some(crate::t!("report-role", role = id))
}

/// A column of a report's tables ("When", "Mood"), by its id in
/// `report-column`.
pub(crate) fn column(id: &str) -> String {
    crate::t!("report-column", column = id)
}

/// The check-in table's columns, each number with its scale ("Mood (1–5)").
pub(crate) fn checkin_columns() -> [String; 9] {
    let scaled = |id: &str, low: u8, high: u8| format!("{} ({low}–{high})", column(id));
    [
        column("when"),
        scaled("mood", 1, 5),
        scaled("trust", 0, 10),
        scaled("sleep", 1, 5),
        scaled("appetite", 1, 5),
        scaled("stress", 1, 5),
        column("feelings"),
        column("body-signs"),
        column("note"),
    ]
}

/// How a reviewed commitment was kept: "partly kept (reviewed 4 March 2026)".
pub(crate) fn reviewed(kept: crate::model::Kept, at: Timestamp) -> String {
    let kept = match kept {
        crate::model::Kept::Kept => "kept",
        crate::model::Kept::Partly => "partly",
        crate::model::Kept::NotKept => "not",
    };
    crate::t!(
        "report-reviewed",
        kept = crate::t!("report-kept", kept = kept),
        date = human_date(at.date_naive())
    )
}

/// A stable, machine-readable name for an entry's kind.
pub(crate) fn kind_id(kind: &EntryKind) -> &'static str {
    match kind {
        EntryKind::Reflection { .. } => "reflection",
        EntryKind::Review { .. } => "review",
        EntryKind::Free { .. } => "free",
        EntryKind::Reply { .. } => "reply",
    }
}

/// "1 March 2026", "1 de marzo de 2026": a day as `walk` and the screens
/// say it in the language in use ([`crate::i18n::long_date`]).
pub(crate) fn human_date(date: NaiveDate) -> String {
    if crate::i18n::language() == crate::i18n::Lang::EN {
        return format!(
            "{} {} {}",
            date.day(),
            MONTHS[date.month0() as usize],
            date.year()
        );
    }
    words::day(date)
}

/// "1 March 2026, 09:00", in the time zone the moment was recorded in.
pub(crate) fn human_time(at: Timestamp) -> String {
    if crate::i18n::language() == crate::i18n::Lang::EN {
        return format!(
            "{}, {:02}:{:02}",
            human_date(at.date_naive()),
            at.hour(),
            at.minute()
        );
    }
    let date = human_date(at.date_naive());
    let time = format!("{:02}:{:02}", at.hour(), at.minute());
    words::sentence("report-date-time", &[&date, &time], |v| {
        crate::t!("report-date-time", date = v[0], time = v[1])
    })
}

/// What chrono's `%B` writes. In English, these two run for every entry of
/// an export, and spelling the date out directly is several times quicker
/// than interpreting a format string each time (a test checks they agree).
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[cfg(test)]
mod agree;
#[cfg(test)]
pub(crate) mod fixture;
#[cfg(test)]
mod in_spanish;
#[cfg(test)]
mod tests;
