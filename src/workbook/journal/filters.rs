//! The journal's filter chips: by strategy, by kind, by who may read an
//! entry, by how recent it is. Pure: each chip is a value, `1`–`4` step a
//! chip through its values, `0` clears them all.

use chrono::Duration;

use crate::content::Content;
use crate::model::{Entry, EntryKind, Timestamp, Visibility};
use crate::privacy::{self, Reach};

/// The four chips, in the order (and with the keys) they are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chip {
    Strategy,
    Kind,
    Visibility,
    Date,
}

impl Chip {
    pub const ALL: [Chip; 4] = [Chip::Strategy, Chip::Kind, Chip::Visibility, Chip::Date];

    /// The chip a digit key steps (`1`–`4`).
    pub fn for_digit(d: u8) -> Option<Chip> {
        Chip::ALL.get(usize::from(d).checked_sub(1)?).copied()
    }

    pub fn key(self) -> char {
        match self {
            Chip::Strategy => '1',
            Chip::Kind => '2',
            Chip::Visibility => '3',
            Chip::Date => '4',
        }
    }
}

/// What an entry is, as the kind chip tells them apart. (Check-in notes
/// are not journal entries: they stay with the check-ins.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An answer to a strategy's prompt, written alone.
    Prompt,
    /// Written freely, not for a prompt.
    Free,
    /// An answer to a together prompt.
    Together,
    /// What was learned reviewing a commitment.
    Review,
    /// A reply to an entry the other partner shared.
    Reply,
}

impl Kind {
    const ALL: [Kind; 5] = [
        Kind::Prompt,
        Kind::Free,
        Kind::Together,
        Kind::Review,
        Kind::Reply,
    ];

    pub fn of(content: &Content, e: &Entry) -> Kind {
        match &e.kind {
            EntryKind::Free { .. } => Kind::Free,
            EntryKind::Review { .. } => Kind::Review,
            EntryKind::Reply { .. } => Kind::Reply,
            EntryKind::Reflection { .. } => match privacy::reach(content, e) {
                Reach::Together => Kind::Together,
                _ => Kind::Prompt,
            },
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Kind::Prompt => "prompt answers",
            Kind::Free => "free entries",
            Kind::Together => "together",
            Kind::Review => "reviews",
            Kind::Reply => "replies",
        }
    }
}

/// How far back the date chip reaches, from the moment it was set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Week,
    Month,
    Year,
}

impl Period {
    const ALL: [Period; 3] = [Period::Week, Period::Month, Period::Year];

    fn days(self) -> i64 {
        match self {
            Period::Week => 7,
            Period::Month => 30,
            Period::Year => 365,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Period::Week => "past 7 days",
            Period::Month => "past 30 days",
            Period::Year => "past year",
        }
    }
}

/// The strategy chip: one strategy, or entries linked to none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Linked {
    To(String),
    Nothing,
}

/// The chips' values; `None` is "all" for each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub strategy: Option<Linked>,
    pub kind: Option<Kind>,
    pub visibility: Option<Visibility>,
    /// The period, and the moment it reaches back to.
    pub since: Option<(Period, Timestamp)>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// Whether `e` passes every chip.
    pub fn keeps(&self, content: &Content, e: &Entry) -> bool {
        let strategy = match &self.strategy {
            None => true,
            Some(Linked::To(id)) => e.kind.strategy() == Some(id.as_str()),
            Some(Linked::Nothing) => e.kind.strategy().is_none(),
        };
        strategy
            && self.kind.is_none_or(|k| Kind::of(content, e) == k)
            && self.visibility.is_none_or(|v| e.visibility == v)
            && self.since.is_none_or(|(_, from)| e.created >= from)
    }

    /// Step `chip` to its next value, back to "all" after the last.
    /// `entries` are those the person may read: the strategy chip offers
    /// only strategies that have some, in the content's order.
    pub fn step<'a>(
        &mut self,
        chip: Chip,
        content: &Content,
        entries: impl Iterator<Item = &'a Entry>,
        now: Timestamp,
    ) {
        match chip {
            Chip::Strategy => {
                let mut used = vec![false; content.strategies.len()];
                let mut unlinked = false;
                for e in entries {
                    match e.kind.strategy().and_then(|id| content.strategy_index(id)) {
                        Some(i) => used[i] = true,
                        None => unlinked |= e.kind.strategy().is_none(),
                    }
                }
                let mut values: Vec<Option<Linked>> = vec![None];
                values.extend(
                    content
                        .strategies
                        .iter()
                        .zip(&used)
                        .filter(|(_, used)| **used)
                        .map(|(s, _)| Some(Linked::To(s.id.clone()))),
                );
                if unlinked {
                    values.push(Some(Linked::Nothing));
                }
                self.strategy = next(&values, &self.strategy);
            }
            Chip::Kind => {
                let values: Vec<Option<Kind>> =
                    std::iter::once(None).chain(Kind::ALL.map(Some)).collect();
                self.kind = next(&values, &self.kind);
            }
            Chip::Visibility => {
                let values = [None, Some(Visibility::Private), Some(Visibility::Shared)];
                self.visibility = next(&values, &self.visibility);
            }
            Chip::Date => {
                let values: Vec<Option<Period>> =
                    std::iter::once(None).chain(Period::ALL.map(Some)).collect();
                let period = next(&values, &self.since.map(|(p, _)| p));
                self.since = period.map(|p| (p, now - Duration::days(p.days())));
            }
        }
    }

    /// Whether `chip` is set to something other than "all".
    pub fn is_set(&self, chip: Chip) -> bool {
        match chip {
            Chip::Strategy => self.strategy.is_some(),
            Chip::Kind => self.kind.is_some(),
            Chip::Visibility => self.visibility.is_some(),
            Chip::Date => self.since.is_some(),
        }
    }

    /// What `chip` shows: its value in a few words.
    pub fn label(&self, chip: Chip, content: &Content) -> String {
        match chip {
            Chip::Strategy => match &self.strategy {
                None => crate::t!("search-strategy-all"),
                Some(Linked::Nothing) => crate::t!("search-strategy-none"),
                Some(Linked::To(id)) => content
                    .strategy(id)
                    .map_or_else(|| id.clone(), |s| s.title.clone()),
            },
            Chip::Kind => {
                let kind = match self.kind {
                    None => "all",
                    Some(Kind::Prompt) => "prompt",
                    Some(Kind::Free) => "free",
                    Some(Kind::Together) => "together",
                    Some(Kind::Review) => "review",
                    Some(Kind::Reply) => "reply",
                };
                crate::t!("search-kind", kind = kind)
            }
            Chip::Visibility => {
                let visibility = match self.visibility {
                    None => "both",
                    Some(Visibility::Private) => "private",
                    Some(Visibility::Shared) => "shared",
                };
                crate::t!("search-visibility", visibility = visibility)
            }
            Chip::Date => {
                let since = match self.since.map(|(p, _)| p) {
                    None => "any",
                    Some(Period::Week) => "week",
                    Some(Period::Month) => "month",
                    Some(Period::Year) => "year",
                };
                crate::t!("search-since", since = since)
            }
        }
    }
}

/// The value after `now` among `values` (the first when `now` is the last
/// or no longer among them).
fn next<T: Clone + PartialEq>(values: &[T], now: &T) -> T {
    let at = values.iter().position(|v| v == now);
    let i = at.map_or(0, |i| (i + 1) % values.len().max(1));
    values
        .get(i)
        .or(values.first())
        .cloned()
        .unwrap_or_else(|| now.clone())
}

#[cfg(test)]
mod tests;
