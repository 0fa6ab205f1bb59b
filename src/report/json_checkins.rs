//! The check-ins in the JSON export: the partner's own, with their notes
//! (it is their export), and never another partner's.

use serde::Serialize;

use crate::model::{PartnerId, Store, Timestamp};

#[derive(Debug, Clone, Serialize)]
pub struct CheckInOut<'a> {
    pub at: Timestamp,
    /// `null` where the person skipped the number.
    pub mood: Option<u8>,
    pub trust: Option<u8>,
    pub sleep: Option<u8>,
    pub appetite: Option<u8>,
    pub stress: Option<u8>,
    pub feelings: Vec<&'a str>,
    pub body_signs: Vec<&'a str>,
    pub note: Option<&'a str>,
}

/// `me`'s check-ins, oldest first.
pub fn own(store: &Store, me: PartnerId) -> Vec<CheckInOut<'_>> {
    let mut out: Vec<CheckInOut> = store
        .checkins
        .iter()
        .filter(|c| c.author == me)
        .map(|c| CheckInOut {
            at: c.at,
            mood: c.mood,
            trust: c.trust,
            sleep: c.sleep,
            appetite: c.appetite,
            stress: c.stress,
            feelings: c.feelings.iter().map(String::as_str).collect(),
            body_signs: c.body_signs.iter().map(String::as_str).collect(),
            note: c.note.as_deref().map(super::note_shown),
        })
        .collect();
    out.sort_by_key(|c| c.at);
    out
}
