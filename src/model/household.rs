//! How many people one workbook is for: one person, or a couple. A third
//! person is refused (by the picker's "Someone new…", by `trustmend partner
//! add`), rather than joining and quietly turning off what the couple
//! shares: couples mode, the shared view and the together prompts are
//! made for two.

use super::Store;

/// The most people one workbook holds.
pub const MAX_PARTNERS: usize = 2;

/// A workbook that already holds [`MAX_PARTNERS`] people.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("partner-workbook-full", names = names.as_str()))]
pub struct Full {
    /// The people already here, as "Alex and Sam".
    pub names: String,
}

impl Store {
    /// Whether one more person may join: `Err` says why not, and how to
    /// start a workbook of their own instead.
    pub fn room_for_another(&self) -> Result<(), Full> {
        if self.partners.len() < MAX_PARTNERS {
            return Ok(());
        }
        let names: Vec<&str> = self.partners.iter().map(|p| p.name.as_str()).collect();
        let names = crate::i18n::and_list(&names);
        Err(Full {
            names: crate::text::printable(&names).into_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    #[test]
    fn one_or_two_people_fit_and_a_third_is_told_how_to_start_their_own() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00")
            .unwrap_or_else(|e| panic!("{e}"));
        let mut store = Store::default();
        assert_eq!(store.room_for_another(), Ok(()));
        store.add_partner("Alex", Role::Hurt, at);
        assert_eq!(store.room_for_another(), Ok(()));
        store.add_partner("Sam", Role::Repairing, at);
        let full = store.room_for_another().err().map(|e| e.to_string());
        let full = full.unwrap_or_default();
        for words in ["Alex and Sam", "one person or a couple", "--data-dir"] {
            assert!(full.contains(words), "{words:?} missing from {full:?}");
        }
    }
}
