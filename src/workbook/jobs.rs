//! The slow work the workbook hands to the edge, as values: unlocking a
//! person (their key derived, their records opened) and protecting one
//! (their key made, their records sealed). Each is pure computation (and
//! randomness) that answers with the message the workbook expects; the app
//! runs it on a thread of its own, `walk` and the tests at once.

use std::sync::Arc;

use super::{Msg, Passphrase};
use crate::crypto::Protection;
use crate::model::{CheckIn, Entry, PartnerId, Store};

/// Unlocking a person, as the workbook asked for it (see
/// [`super::Effect::Unlock`]): their key derived, then their sealed entries
/// opened with it. Two are the same when they are for the same person with
/// the very same passphrase typed (never compared by its words).
#[derive(Clone, PartialEq)]
pub struct Unlocking {
    pub partner: PartnerId,
    pub protection: Protection,
    pub passphrase: Passphrase,
    pub sealed: Vec<Arc<Entry>>,
    pub sealed_checkins: Vec<CheckIn>,
}

/// Never the passphrase, nor the sealed records: who, and how many.
impl std::fmt::Debug for Unlocking {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Unlocking")
            .field("partner", &self.partner)
            .field("sealed", &self.sealed.len())
            .field("sealed_checkins", &self.sealed_checkins.len())
            .finish_non_exhaustive()
    }
}

impl Unlocking {
    /// Unlocking `partner` as the workbook holds them now.
    pub fn of(
        store: &Store,
        partner: PartnerId,
        protection: Protection,
        passphrase: Passphrase,
    ) -> Unlocking {
        Unlocking {
            partner,
            protection,
            passphrase,
            sealed: crate::vault::sealed_entries(store, partner),
            sealed_checkins: crate::vault::sealed_checkins(store, partner),
        }
    }

    /// Do it; the answer is the message the workbook expects.
    pub fn run(self) -> Msg {
        let result = crate::crypto::unlock(&self.protection, self.passphrase.expose()).map(|key| {
            let ahead = crate::vault::Ahead {
                entries: crate::vault::open_entries(&key, self.partner, self.sealed),
                checkins: crate::vault::open_checkins(&key, self.partner, self.sealed_checkins),
            };
            crate::vault::Opened {
                key: Arc::new(key),
                ahead,
            }
        });
        Msg::Unlocked(self.partner, result.map(Arc::new).map_err(Arc::new))
    }
}

/// Protecting a person, as the workbook asked for it (see [`Effect::Protect`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Protecting {
    pub partner: PartnerId,
    pub passphrase: Passphrase,
    pub entries: Vec<Arc<Entry>>,
    pub checkins: Vec<CheckIn>,
}

impl Protecting {
    /// Do it, telling `progress` as records are sealed; the answer is the
    /// message the workbook expects.
    pub fn run(self, progress: &mut dyn FnMut(Msg)) -> Msg {
        let partner = self.partner;
        let result = crate::vault::protect_records(
            self.passphrase.expose(),
            self.entries,
            self.checkins,
            &mut |done, total| {
                progress(Msg::Sealing {
                    partner,
                    done,
                    total,
                });
            },
        );
        Msg::Protected(partner, result.map(Arc::new).map_err(|e| e.to_string()))
    }
}
