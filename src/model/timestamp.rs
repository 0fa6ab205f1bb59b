//! Reading the journal's timestamps quickly. chrono's own deserializer
//! accepts a relaxed RFC 3339 through its general parser; the journal has
//! tens of thousands of timestamps, all written by trustmend in strict
//! RFC 3339, which `DateTime::parse_from_rfc3339` reads about five times
//! faster. Anything it refuses still goes through the relaxed parser, so
//! every file that read before still reads.
//!
//! Used with `#[serde(deserialize_with = "timestamp::read")]` on the fields
//! there are many of (entries and check-ins); each says, too, where a parse
//! of a mapped file has reached (`crate::mapped`).

use std::fmt;

use chrono::DateTime;
use serde::Deserializer;
use serde::de::{self, Visitor};

use super::Timestamp;

pub(super) fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Timestamp, D::Error> {
    d.deserialize_str(Rfc3339)
}

struct Rfc3339;

impl<'de> Visitor<'de> for Rfc3339 {
    type Value = Timestamp;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date and time such as 2026-03-01T09:00:00+01:00")
    }

    /// Read in place from the file being parsed: the parse has reached it
    /// (every entry and check-in has a timestamp), and what lies well
    /// behind may be let go (see [`crate::mapped`]).
    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Timestamp, E> {
        crate::mapped::reached(s.as_ptr());
        self.visit_str(s)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Timestamp, E> {
        DateTime::parse_from_rfc3339(s)
            .or_else(|_| s.parse())
            .map_err(E::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct At {
        #[serde(deserialize_with = "read")]
        at: Timestamp,
    }

    fn at(json: &str) -> Result<Timestamp, serde_json::Error> {
        serde_json::from_str::<At>(json).map(|a| a.at)
    }

    #[test]
    fn strict_and_relaxed_forms_read_as_chrono_reads_them() {
        for s in [
            "2026-03-01T09:00:00+01:00",
            "2026-03-01T09:00:00.123456789Z",
            "2026-03-01 09:00:00+01:00",
            "2026-03-01t09:00:00z",
        ] {
            let chrono: Timestamp = s.parse().unwrap();
            assert_eq!(at(&format!("{{\"at\": \"{s}\"}}")).unwrap(), chrono, "{s}");
        }
    }

    #[test]
    fn a_bad_timestamp_is_an_error_that_says_where() {
        let err = at("{\"at\": \"yesterday\"}").unwrap_err();
        assert_eq!(
            (err.line(), err.classify()),
            (1, serde_json::error::Category::Data)
        );
        let err = at("{\"at\": 5}").unwrap_err();
        assert!(err.to_string().contains("a date and time"), "{err}");
    }
}
