//! Where a long report goes while it is written: a small buffer, handed on
//! to the real destination (a file, stdout) each time it fills, so that
//! exporting a journal of ten thousand entries never holds a second copy of
//! it in memory. The reports push text into [`Chunked::buf`] as into any
//! `String`, and call [`Chunked::spill`] between pieces (entries); writing
//! errors are kept and returned by [`Chunked::finish`].

use std::io;
use std::ops::{Deref, DerefMut};

/// How much text is held before it is handed on.
const CHUNK: usize = 64 * 1024;

pub struct Chunked<'a> {
    buf: String,
    out: &'a mut dyn io::Write,
    error: Option<io::Error>,
}

impl<'a> Chunked<'a> {
    pub fn new(out: &'a mut dyn io::Write) -> Chunked<'a> {
        Chunked {
            buf: String::with_capacity(CHUNK + CHUNK / 4),
            out,
            error: None,
        }
    }

    /// Hands the text on if the buffer is full. After a writing error
    /// nothing more is written (and the text is dropped): [`finish`]
    /// reports the error.
    ///
    /// [`finish`]: Chunked::finish
    pub fn spill(&mut self) {
        if self.buf.len() >= CHUNK {
            self.hand_on();
        }
    }

    fn hand_on(&mut self) {
        if self.error.is_none()
            && let Err(e) = self.out.write_all(self.buf.as_bytes())
        {
            self.error = Some(e);
        }
        self.buf.clear();
    }

    /// Hands on the rest; the first writing error, if any.
    pub fn finish(mut self) -> io::Result<()> {
        self.hand_on();
        match self.error.take() {
            Some(e) => Err(e),
            None => self.out.flush(),
        }
    }
}

impl Deref for Chunked<'_> {
    type Target = String;

    fn deref(&self) -> &String {
        &self.buf
    }
}

impl DerefMut for Chunked<'_> {
    fn deref_mut(&mut self) -> &mut String {
        &mut self.buf
    }
}

/// A report written by `write` into a `String` (for tests and small uses).
pub fn to_string(write: impl FnOnce(&mut dyn io::Write) -> io::Result<()>) -> String {
    let mut bytes = Vec::new();
    // Writing into memory cannot fail, and the reports write only text.
    let _ = write(&mut bytes);
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// JSON text with no raw control character: `serde_json` escapes those
/// below U+0020 but writes DEL and the C1 controls (U+0080–U+009F, such as
/// a terminal's CSI, U+009B) as they are. Each becomes its `\u00XX`
/// escape, which means the same character to every JSON reader. (They can
/// only stand inside strings: everything else in JSON is plain ASCII.)
pub fn json_controls_escaped(json: String) -> String {
    if !json.chars().any(|c| c.is_control() && c != '\n') {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if c.is_control() && c != '\n' {
            use std::fmt::Write as _;
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_arrives_whole_and_in_order_across_many_chunks() {
        let mut out = Vec::new();
        let mut sink = Chunked::new(&mut out);
        let mut expected = String::new();
        for i in 0..20_000 {
            let piece = format!("line {i} ✓\n");
            sink.push_str(&piece);
            expected.push_str(&piece);
            sink.spill();
        }
        sink.finish().unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }

    struct Full;

    impl io::Write for Full {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::StorageFull.into())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_failed_write_is_reported_at_the_end() {
        let mut full = Full;
        let mut sink = Chunked::new(&mut full);
        sink.push_str(&"x".repeat(CHUNK * 2));
        sink.spill();
        let err = sink.finish().unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::StorageFull);
    }
}
