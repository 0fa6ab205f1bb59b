//! How `store.json` is laid out: one line per field of the store, and one
//! line per partner, entry and check-in, each of those written compactly.
//!
//! A person who opens the file (or compares two backups) sees one entry to
//! a line, which diffs well; but there is no indentation inside entries,
//! which in a journal of ten thousand entries would be a tenth of the file
//! and of the time it takes to read it.

use std::io;

use serde::Serialize;
use serde_json::ser::Formatter;

/// Lines and indentation down to the records of the store's arrays;
/// everything inside a record on one line.
#[derive(Default)]
pub(super) struct OneRecordPerLine {
    /// How many objects and arrays are open.
    depth: usize,
    /// Whether the innermost open one has a value yet.
    written: bool,
}

/// Object and array levels that get their own lines: the store itself, and
/// its arrays of records.
const LINED: usize = 2;

impl OneRecordPerLine {
    fn lined(&self) -> bool {
        self.depth <= LINED
    }

    fn newline<W: ?Sized + io::Write>(&self, w: &mut W) -> io::Result<()> {
        w.write_all(b"\n")?;
        for _ in 0..self.depth {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    /// Before a key or an array value.
    fn begin_item<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        if self.lined() {
            self.newline(w)?;
        }
        Ok(())
    }

    /// An object or array opened with `bracket`.
    fn open<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.written = false;
        w.write_all(bracket)
    }

    /// The innermost object or array closed with `bracket`.
    fn close<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.depth < LINED && self.written {
            self.newline(w)?;
        }
        w.write_all(bracket)
    }
}

impl Formatter for OneRecordPerLine {
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.begin_item(w, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.written = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.begin_item(w, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(if self.lined() { b": " } else { b":" })
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.written = true;
        Ok(())
    }
}

/// `value` written to `out` in this layout, with a final newline.
/// Generic over the writer, so that the serializer's many small writes are
/// plain copies into a buffer rather than calls through a `dyn` (which made
/// writing a large journal half as slow again).
pub(super) fn write<W: io::Write, T: Serialize + ?Sized>(
    mut out: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(&mut out, OneRecordPerLine::default());
    value.serialize(&mut ser)?;
    out.write_all(b"\n").map_err(serde_json::Error::io)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn laid_out(value: &serde_json::Value) -> String {
        let mut out = Vec::new();
        write(&mut out, value).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn each_record_is_one_line_under_its_field() {
        let store = json!({
            "schema_version": 2,
            "entries": [
                {"id": 1, "body": {"text": "a\nb"}, "tags": [1, 2]},
                {"id": 2, "body": {"text": ""}, "tags": []}
            ],
            "checkins": [],
            "next_id": 3
        });
        let text = laid_out(&store);
        assert_eq!(
            text,
            "{\n  \"checkins\": [],\n  \"entries\": [\n    \
             {\"body\":{\"text\":\"a\\nb\"},\"id\":1,\"tags\":[1,2]},\n    \
             {\"body\":{\"text\":\"\"},\"id\":2,\"tags\":[]}\n  ],\n  \
             \"next_id\": 3,\n  \"schema_version\": 2\n}\n"
        );
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, store);
    }

    #[test]
    fn empty_and_scalar_documents_stay_valid() {
        for value in [
            json!({}),
            json!([]),
            json!(5),
            json!({"a": {}}),
            json!([[], [[]]]),
        ] {
            let back: serde_json::Value = serde_json::from_str(&laid_out(&value)).unwrap();
            assert_eq!(back, value);
        }
    }
}
