//! The check-ins, shared rather than copied: a copy of the store (the one
//! handed to the background writer on every save) shares the one list, and
//! the list is copied only when a check-in is added while a save still
//! holds it (once a day). On disk it is a plain JSON array.

use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::CheckIn;

#[derive(Debug, Clone, Default)]
pub struct CheckIns(Arc<Vec<CheckIn>>);

impl CheckIns {
    /// Whether `other` is this very list (so, unchanged), without comparing
    /// a single check-in.
    pub fn same_list(&self, other: &CheckIns) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for CheckIns {
    type Target = Vec<CheckIn>;

    fn deref(&self) -> &Vec<CheckIn> {
        &self.0
    }
}

/// Writable: copied first if a save still holds it.
impl DerefMut for CheckIns {
    fn deref_mut(&mut self) -> &mut Vec<CheckIn> {
        Arc::make_mut(&mut self.0)
    }
}

impl PartialEq for CheckIns {
    fn eq(&self, other: &CheckIns) -> bool {
        self.same_list(other) || self.0 == other.0
    }
}

impl From<Vec<CheckIn>> for CheckIns {
    fn from(list: Vec<CheckIn>) -> CheckIns {
        CheckIns(Arc::new(list))
    }
}

impl Serialize for CheckIns {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for CheckIns {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<CheckIns, D::Error> {
        Vec::deserialize(deserializer).map(CheckIns::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checkin(trust: u8) -> CheckIn {
        let at = chrono::DateTime::parse_from_rfc3339("2026-03-01T21:00:00+01:00").unwrap();
        CheckIn::sample(1, at, trust)
    }

    #[test]
    fn a_copy_shares_the_list_until_one_of_them_changes() {
        let mut mine = CheckIns::from(vec![checkin(4)]);
        let saving = mine.clone();
        assert!(mine.same_list(&saving));
        mine.push(checkin(7));
        assert!(!mine.same_list(&saving));
        assert_eq!(saving.len(), 1, "the copy being saved keeps what it had");
        assert_eq!(mine.len(), 2);
        let json = serde_json::to_string(&mine).unwrap();
        assert_eq!(
            json,
            serde_json::to_string(&vec![checkin(4), checkin(7)]).unwrap()
        );
        assert_eq!(serde_json::from_str::<CheckIns>(&json).unwrap(), mine);
    }
}
