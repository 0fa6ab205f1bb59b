//! [`Common`]: a short text that many entries of a journal hold alike (the
//! prompt an entry answers, its strategy's and its prompt's ids), kept once
//! and pointed to by every entry holding it instead of copied into each.
//!
//! A journal of 100,000 entries answers a few dozen prompts: copied, their
//! words and ids took about 17 MB of memory; kept once, a few kilobytes.
//! Entries read together share them ([`Commons`], used by the read of a
//! list of entries); an entry made or read alone has its own.
//!
//! Its words are overwritten with zeros when the last entry holding them
//! lets them go: a heading can be a person's own title, and the words of a
//! locked person are not left behind in memory (see `vault::forget`).

use std::borrow::Borrow;
use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use zeroize::Zeroize;

#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Common(Arc<str>);

impl Common {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `other` is the same kept text, not only the same words.
    pub fn is_shared_with(&self, other: &Common) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }

    /// The words overwritten with zeros if nothing else holds them.
    fn wipe_if_last(&mut self) -> bool {
        match Arc::get_mut(&mut self.0) {
            Some(words) => {
                words.zeroize();
                true
            }
            None => false,
        }
    }
}

/// The last one holding the words wipes them.
impl Drop for Common {
    fn drop(&mut self) {
        self.wipe_if_last();
    }
}

/// No heading: one empty text for all (a sealed entry, a reply, a free
/// entry without a title), not an allocation each.
impl Default for Common {
    fn default() -> Common {
        static EMPTY: OnceLock<Arc<str>> = OnceLock::new();
        Common(EMPTY.get_or_init(|| Arc::from("")).clone())
    }
}

impl Deref for Common {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Common {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Common {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Common {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Common {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl From<&str> for Common {
    fn from(s: &str) -> Common {
        Common(Arc::from(s))
    }
}

impl From<String> for Common {
    fn from(s: String) -> Common {
        // Through a zeroized copy: the `String`'s own buffer is wiped, not
        // left to the allocator with the words in it.
        let common = Common::from(s.as_str());
        drop(zeroize::Zeroizing::new(s));
        common
    }
}

impl From<&String> for Common {
    fn from(s: &String) -> Common {
        Common::from(s.as_str())
    }
}

impl From<Common> for String {
    fn from(c: Common) -> String {
        c.as_str().to_owned()
    }
}

impl PartialEq<str> for Common {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Common {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Common {
    fn eq(&self, other: &String) -> bool {
        &*self.0 == other.as_str()
    }
}

impl PartialEq<Common> for str {
    fn eq(&self, other: &Common) -> bool {
        self == &*other.0
    }
}

impl PartialEq<Common> for &str {
    fn eq(&self, other: &Common) -> bool {
        *self == &*other.0
    }
}

impl PartialEq<Common> for String {
    fn eq(&self, other: &Common) -> bool {
        self.as_str() == &*other.0
    }
}

impl Serialize for Common {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// Read alone: words of its own.
impl<'de> Deserialize<'de> for Common {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Common, D::Error> {
        Commons::default().deserialize(d)
    }
}

/// The texts entries read together hold, each kept once: reading a text
/// already met gives the same [`Common`] again. Made for one read and let
/// go after it, so nothing outlives the entries holding it.
///
/// Hashed with `foldhash`: the standard library's hash took 4.6% of
/// reading a journal of 100,000 entries (`perf`).
#[derive(Default)]
pub struct Commons(HashSet<Common, foldhash::fast::RandomState>);

impl Commons {
    /// `text` as met before, or kept from now on.
    pub fn get(&mut self, text: &str) -> Common {
        if let Some(known) = self.0.get(text) {
            return known.clone();
        }
        let new = Common::from(text);
        self.0.insert(new.clone());
        new
    }
}

/// Reads a string into a [`Common`] through the texts met so far.
impl<'de> DeserializeSeed<'de> for &mut Commons {
    type Value = Common;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Common, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for &mut Commons {
    type Value = Common;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Common, E> {
        Ok(self.get(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_read_together_are_kept_once_and_alone_each_their_own() {
        let mut commons = Commons::default();
        let a = commons.get("What do you need?");
        let b = commons.get("What do you need?");
        let c = commons.get("Something else");
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert!(!Arc::ptr_eq(&a.0, &c.0));
        assert_eq!(a, "What do you need?");

        let read: Vec<Common> = serde_json::from_str(r#"["x", "x"]"#).unwrap();
        assert!(!Arc::ptr_eq(&read[0].0, &read[1].0));
        assert_eq!(serde_json::to_string(&read).unwrap(), r#"["x","x"]"#);
    }

    #[test]
    fn no_heading_is_one_empty_text_for_all() {
        let (a, b) = (Common::default(), Common::default());
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(a, "");
    }

    #[test]
    fn escaped_text_is_read_as_it_says() {
        let mut commons = Commons::default();
        let mut d = serde_json::Deserializer::from_str(r#""a \"b\"\n\u00e9""#);
        let read = (&mut commons).deserialize(&mut d).unwrap();
        assert_eq!(read, "a \"b\"\né");
    }

    #[test]
    fn the_last_holder_wipes_the_words_and_no_other_does() {
        let mut a = Common::from("secret title");
        let mut b = a.clone();
        assert!(!a.wipe_if_last());
        assert_eq!(b, "secret title");
        drop(a);
        assert!(b.wipe_if_last());
        assert_eq!(b.as_str(), "\0".repeat(12));
    }
}
