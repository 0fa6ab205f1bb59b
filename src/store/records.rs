//! A snapshot read with its entries and check-ins handed over one at a
//! time, each looked at and dropped before the next is read: for whoever
//! needs to look at every record of a file without holding the file's
//! journal beside the one already in memory (the look for plain words at
//! start and in `doctor`, and `doctor`'s look at each backup).
//!
//! Everything else the snapshot holds is read as the whole read reads it
//! (each field with its own type, the same defaults, a field given twice
//! refused), so that a snapshot this accepts is one the whole read accepts
//! too; anything this refuses (damage, another schema version) is left to
//! the whole read, which says why or upgrades it.

use std::borrow::Cow;

use serde::de::{self, DeserializeSeed, Deserializer as _, MapAccess, SeqAccess, Visitor};

use crate::model::{CheckIn, Entry, SCHEMA_VERSION, Store};

/// Whoever is handed a snapshot's records one at a time (each dropped once
/// every reader has looked at it).
pub trait Records {
    fn entry(&mut self, entry: &Entry);
    fn checkin(&mut self, checkin: &CheckIn);
}

/// Two readers of one snapshot, each handed every record in turn: so a
/// file two of them must look at is read once.
pub struct Both<'a>(pub &'a mut dyn Records, pub &'a mut dyn Records);

impl Records for Both<'_> {
    fn entry(&mut self, entry: &Entry) {
        self.0.entry(entry);
        self.1.entry(entry);
    }

    fn checkin(&mut self, checkin: &CheckIn) {
        self.0.checkin(checkin);
        self.1.checkin(checkin);
    }
}

/// `bytes` (a snapshot in the current format) read, each entry and
/// check-in handed to `records` as it is read: returns the store without
/// them. `None` if the bytes are not such a snapshot.
pub(crate) fn each_record(bytes: &[u8], records: &mut dyn Records) -> Option<Store> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let store = de.deserialize_map(Snapshot(records)).ok()?;
    de.end().ok()?;
    (store.schema_version == SCHEMA_VERSION).then_some(store)
}

struct Snapshot<'a>(&'a mut dyn Records);

impl<'de> Visitor<'de> for Snapshot<'_> {
    type Value = Store;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a journal")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Store, A::Error> {
        let records = self.0;
        let mut store = Store::default();
        let mut version = None;
        let mut seen: Vec<String> = Vec::new();
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            if seen.iter().any(|k| k == key.as_ref()) {
                return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
            }
            seen.push(key.to_string());
            // The fields of `Store`, with the same types; one it does not
            // name is kept as the whole read keeps it.
            match key.as_ref() {
                "schema_version" => version = Some(map.next_value()?),
                "partners" => store.partners = map.next_value()?,
                "entries" => map.next_value_seed(Each(&mut |e| records.entry(e)))?,
                "checkins" => map.next_value_seed(Each(&mut |c| records.checkin(c)))?,
                "assignments" => store.assignments = map.next_value()?,
                "next_id" => store.next_id = map.next_value()?,
                "generation" => store.generation = map.next_value()?,
                other => {
                    let value = map.next_value()?;
                    store.unknown.insert(other.to_string(), value);
                }
            }
        }
        store.schema_version = version.ok_or_else(|| de::Error::missing_field("schema_version"))?;
        Ok(store)
    }
}

/// A list of records, each handed over as it is read, then dropped.
struct Each<'a, T>(&'a mut dyn FnMut(&T));

impl<'de, T: serde::Deserialize<'de>> DeserializeSeed<'de> for Each<'_, T> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, T: serde::Deserialize<'de>> Visitor<'de> for Each<'_, T> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a list of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(record) = seq.next_element::<T>()? {
            (self.0)(&record);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records kept in a store, as the whole read keeps them.
    impl Records for Store {
        fn entry(&mut self, entry: &Entry) {
            self.entries.push(entry.clone());
        }

        fn checkin(&mut self, checkin: &CheckIn) {
            self.checkins.push(checkin.clone());
        }
    }

    /// A store with every field of `Store` set, as the app saves it.
    fn full() -> Store {
        let mut store = crate::synthetic::store(
            &crate::content::Content::bundled().unwrap_or_else(|e| panic!("{e}")),
            300,
        );
        store.generation = 7;
        store.next_id += 5;
        store.unknown.insert(
            "from_a_newer_trustmend".into(),
            serde_json::json!({"a": [1]}),
        );
        assert!(!store.assignments.is_empty() && !store.checkins.is_empty());
        store
    }

    /// What is handed over and what is returned are, together, what the
    /// whole read reads: every entry and check-in, in order, and every
    /// other field (a field `Store` gains and this reader does not name
    /// fails here).
    #[test]
    fn the_entries_handed_over_and_the_rest_are_the_whole_read() {
        let store = full();
        let bytes = crate::store::to_json(&store).unwrap_or_else(|e| panic!("{e}"));
        let whole: Store = serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{e}"));
        let mut handed = Store::default();
        let rest = each_record(&bytes, &mut handed);
        let Some(mut rest) = rest else {
            panic!("not read");
        };
        assert!(rest.entries.is_empty() && rest.checkins.is_empty());
        assert_eq!(handed.entries, whole.entries);
        assert_eq!(handed.checkins, whole.checkins);
        rest.entries = handed.entries;
        rest.checkins = handed.checkins;
        assert_eq!(rest, whole);
    }

    /// Damage, another version and a field given twice are left to the
    /// whole read.
    #[test]
    fn what_the_whole_read_refuses_or_upgrades_is_not_read() {
        let bytes = crate::store::to_json(&full()).unwrap_or_else(|e| panic!("{e}"));
        let text = String::from_utf8(bytes).unwrap_or_else(|e| panic!("{e}"));
        let older = text.replacen(
            &format!("\"schema_version\": {SCHEMA_VERSION}"),
            "\"schema_version\": 1",
            1,
        );
        assert_ne!(older, text);
        let twice = text.replacen("\"generation\"", "\"next_id\": 3,\n  \"generation\"", 1);
        assert_ne!(twice, text);
        let cut = &text[..text.len() / 2];
        let wrong = text.replacen("\"next_id\":", "\"next_id\": \"soon\", \"x\":", 1);
        for bad in [older.as_str(), twice.as_str(), cut, wrong.as_str()] {
            let mut handed = Store::default();
            assert!(
                each_record(bad.as_bytes(), &mut handed).is_none(),
                "{}",
                &bad[..80]
            );
        }
    }
}
