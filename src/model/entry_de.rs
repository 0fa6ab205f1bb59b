//! Reading an [`Entry`]: the same fields, defaults and errors serde's derive
//! gives, without the buffering its `flatten` needs for the kind's fields.
//! A journal has tens of thousands of entries, and this is most of the
//! time it takes to open one.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};

use super::{
    Body, CommitmentId, Common, Commons, Entry, EntryId, EntryKind, PartnerId, Timestamp,
    Visibility,
};

/// Read alone: its heading and ids are its own.
impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Entry, D::Error> {
        d.deserialize_map(EntryVisitor(&mut Commons::default()))
    }
}

/// Reads an entry whose heading and ids are kept once among those of the
/// entries read with it (see [`super::common`]).
pub(super) struct Among<'a>(pub &'a mut Commons);

impl Entry {
    /// The entry written as JSON in `json`, its heading and ids kept once
    /// among those of the entries read with the same `commons` (a
    /// protected person's entries, opened one by one as they unlock).
    pub fn read_among(json: &str, commons: &mut Commons) -> serde_json::Result<Entry> {
        let mut d = serde_json::Deserializer::from_str(json);
        let entry = de::DeserializeSeed::deserialize(Among(commons), &mut d)?;
        d.end()?;
        Ok(entry)
    }
}

impl<'de> de::DeserializeSeed<'de> for Among<'_> {
    type Value = Entry;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Entry, D::Error> {
        d.deserialize_map(EntryVisitor(self.0))
    }
}

/// An id that may be `null`, kept among the texts met so far.
struct MaybeCommon<'a>(&'a mut Commons);

impl<'de> de::DeserializeSeed<'de> for MaybeCommon<'_> {
    type Value = Option<Common>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<Common>, D::Error> {
        d.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for MaybeCommon<'_> {
    type Value = Option<Common>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<Common>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<Common>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<Common>, D::Error> {
        de::DeserializeSeed::deserialize(self.0, d).map(Some)
    }
}

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum Field {
    Id,
    Author,
    Kind,
    Strategy,
    Prompt,
    Commitment,
    Heading,
    Body,
    Visibility,
    Created,
    Updated,
    To,
    /// A field this version does not know: skipped, as the derive did.
    #[serde(other)]
    Other,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Reflection,
    Review,
    Free,
    Reply,
}

/// A timestamp read as [`super::timestamp::read`] reads it.
struct At(Timestamp);

impl<'de> Deserialize<'de> for At {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<At, D::Error> {
        super::timestamp::read(d).map(At)
    }
}

struct EntryVisitor<'a>(&'a mut Commons);

/// `value` into `slot`, refusing a field given twice.
fn set<T, E: de::Error>(slot: &mut Option<T>, value: T, name: &'static str) -> Result<(), E> {
    if slot.is_some() {
        return Err(E::duplicate_field(name));
    }
    *slot = Some(value);
    Ok(())
}

fn needed<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

impl<'de> Visitor<'de> for EntryVisitor<'_> {
    type Value = Entry;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a journal entry")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entry, A::Error> {
        let mut id: Option<EntryId> = None;
        let mut author: Option<PartnerId> = None;
        let mut kind: Option<Kind> = None;
        let mut strategy: Option<Option<Common>> = None;
        let mut prompt: Option<Common> = None;
        let mut commitment: Option<CommitmentId> = None;
        let mut heading: Option<Common> = None;
        let mut body: Option<Body> = None;
        let mut visibility: Option<Visibility> = None;
        let mut created: Option<Timestamp> = None;
        let mut updated: Option<Timestamp> = None;
        let mut to: Option<EntryId> = None;
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::Id => set(&mut id, map.next_value()?, "id")?,
                Field::Author => set(&mut author, map.next_value()?, "author")?,
                Field::Kind => set(&mut kind, map.next_value()?, "kind")?,
                Field::Strategy => set(
                    &mut strategy,
                    map.next_value_seed(MaybeCommon(self.0))?,
                    "strategy",
                )?,
                Field::Prompt => set(&mut prompt, map.next_value_seed(&mut *self.0)?, "prompt")?,
                Field::Commitment => set(&mut commitment, map.next_value()?, "commitment")?,
                Field::Heading => set(&mut heading, map.next_value_seed(&mut *self.0)?, "heading")?,
                Field::Body => set(&mut body, map.next_value()?, "body")?,
                Field::Visibility => set(&mut visibility, map.next_value()?, "visibility")?,
                Field::Created => set(&mut created, map.next_value::<At>()?.0, "created")?,
                Field::Updated => set(&mut updated, map.next_value::<At>()?.0, "updated")?,
                Field::To => set(&mut to, map.next_value()?, "to")?,
                Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let strategy = strategy.flatten();
        let kind = match needed(kind, "kind")? {
            Kind::Reflection => EntryKind::Reflection {
                strategy: needed(strategy, "strategy")?,
                prompt: needed(prompt, "prompt")?,
            },
            Kind::Review => EntryKind::Review {
                strategy: needed(strategy, "strategy")?,
                commitment: needed(commitment, "commitment")?,
            },
            Kind::Free => EntryKind::Free { strategy },
            Kind::Reply => EntryKind::Reply {
                to: needed(to, "to")?,
            },
        };
        Ok(Entry {
            id: needed(id, "id")?,
            author: needed(author, "author")?,
            kind,
            heading: needed(heading, "heading")?,
            body: needed(body, "body")?,
            visibility: visibility.unwrap_or_default(),
            created: needed(created, "created")?,
            updated: needed(updated, "updated")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        chrono::DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn entry(kind: EntryKind) -> Entry {
        Entry {
            id: 7,
            author: 2,
            kind,
            heading: "What \"happened\"?\n".into(),
            body: Body::Text("words\n\nmore \u{1b} words".into()),
            visibility: Visibility::Shared,
            created: at("2026-03-01T09:00:00+01:00"),
            updated: at("2026-03-02T10:30:00.5-04:00"),
        }
    }

    fn kinds() -> Vec<EntryKind> {
        vec![
            EntryKind::Reflection {
                strategy: "patience".into(),
                prompt: "p1".into(),
            },
            EntryKind::Review {
                strategy: "patience".into(),
                commitment: 41,
            },
            EntryKind::Free { strategy: None },
            EntryKind::Free {
                strategy: Some("empathy".into()),
            },
            EntryKind::Reply { to: 3 },
        ]
    }

    #[test]
    fn every_kind_reads_back_as_it_was_written() {
        for kind in kinds() {
            let e = entry(kind);
            let json = serde_json::to_string_pretty(&e).unwrap();
            assert_eq!(serde_json::from_str::<Entry>(&json).unwrap(), e, "{json}");
        }
    }

    #[test]
    fn fields_in_any_order_unknown_ones_skipped_and_visibility_private_by_default() {
        let json = r#"{"updated": "2026-03-01T09:00:00Z", "future": {"x": [1, 2]},
            "prompt": "p1", "body": {"text": "hi"}, "heading": "", "kind": "reflection",
            "created": "2026-03-01T09:00:00Z", "strategy": "patience", "author": 1, "id": 3}"#;
        let e: Entry = serde_json::from_str(json).unwrap();
        assert_eq!(e.visibility, Visibility::Private);
        assert_eq!(e.kind.strategy(), Some("patience"));
        assert_eq!(e.id, 3);
    }

    fn refused(json: &str) -> String {
        serde_json::from_str::<Entry>(json).unwrap_err().to_string()
    }

    #[test]
    fn a_missing_doubled_or_unknown_field_value_is_refused_by_name() {
        let base = r#""id": 1, "author": 1, "heading": "", "body": {"text": ""},
            "created": "2026-03-01T09:00:00Z", "updated": "2026-03-01T09:00:00Z""#;
        let msg = refused(&format!(
            r#"{{{base}, "kind": "reflection", "strategy": "s"}}"#
        ));
        assert!(msg.contains("missing field `prompt`"), "{msg}");
        let msg = refused(&format!(r#"{{{base}, "kind": "poem"}}"#));
        assert!(msg.contains("unknown variant `poem`"), "{msg}");
        assert!(msg.contains("reflection"), "{msg}");
        let msg = refused(&format!(r#"{{{base}, "kind": "free", "id": 2}}"#));
        assert!(msg.contains("duplicate field `id`"), "{msg}");
        let msg = refused(&format!(r#"{{{base}, "kind": "reply"}}"#));
        assert!(msg.contains("missing field `to`"), "{msg}");
        let msg = refused(&format!(r"{{{base}}}"));
        assert!(msg.contains("missing field `kind`"), "{msg}");
        let msg = refused(r#"{"id": "one"}"#);
        assert!(msg.contains("invalid type"), "{msg}");
    }
}
