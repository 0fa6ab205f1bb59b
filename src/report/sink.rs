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

/// A writer of JSON text that lets no raw control character through:
/// `serde_json` escapes those below U+0020 but writes DEL and the C1
/// controls (U+0080–U+009F, such as a terminal's CSI, U+009B) as they are.
/// Each becomes its `\u00XX` escape, which means the same character to
/// every JSON reader. (They can only stand inside strings: everything else
/// in JSON is plain ASCII.) It works on the stream, so a C1 control split
/// between two writes is escaped too.
pub struct JsonControlsEscaped<W: io::Write> {
    out: W,
    /// A 0xC2 lead byte seen at the end of the last write.
    lead: bool,
}

impl<W: io::Write> JsonControlsEscaped<W> {
    pub fn new(out: W) -> Self {
        JsonControlsEscaped { out, lead: false }
    }
}

impl<W: io::Write> io::Write for JsonControlsEscaped<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut start = 0;
        let mut at = 0;
        if self.lead {
            self.lead = false;
            match buf.first() {
                Some(b @ 0x80..=0x9F) => {
                    write!(self.out, "\\u{b:04x}")?;
                    start = 1;
                    at = 1;
                }
                Some(_) => self.out.write_all(&[0xC2])?,
                None => {
                    self.lead = true;
                    return Ok(0);
                }
            }
        }
        while at < buf.len() {
            // Straight to the next byte that may begin one (most text has
            // none): looked for many bytes at a time, not one by one.
            match memchr::memchr2(0x7F, 0xC2, &buf[at..]) {
                Some(next) => at += next,
                None => break,
            }
            match (buf[at], buf.get(at + 1)) {
                (0x7F, _) => {
                    self.out.write_all(&buf[start..at])?;
                    self.out.write_all(b"\\u007f")?;
                    at += 1;
                    start = at;
                }
                (0xC2, Some(b @ 0x80..=0x9F)) => {
                    self.out.write_all(&buf[start..at])?;
                    write!(self.out, "\\u{b:04x}")?;
                    at += 2;
                    start = at;
                }
                (0xC2, None) => {
                    self.out.write_all(&buf[start..at])?;
                    self.lead = true;
                    at += 1;
                    start = at;
                }
                _ => at += 1,
            }
        }
        self.out.write_all(&buf[start..])?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if std::mem::take(&mut self.lead) {
            self.out.write_all(&[0xC2])?;
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Whatever a person typed (C1 controls and DEL included), split
        /// between writes anywhere, the JSON that comes out holds no raw
        /// control character and reads back as exactly what was typed.
        #[test]
        fn json_comes_out_with_no_raw_control_and_means_the_same(
            text in "[a-z\u{7f}\u{80}-\u{9f}\u{a0}é\n ]{0,40}",
            cut in 0usize..200,
        ) {
            let json = serde_json::to_string(&text).unwrap();
            let bytes = json.as_bytes();
            let cut = cut.min(bytes.len());
            let mut out = Vec::new();
            {
                let mut w = JsonControlsEscaped::new(&mut out);
                io::Write::write_all(&mut w, &bytes[..cut]).unwrap();
                io::Write::write_all(&mut w, &bytes[cut..]).unwrap();
                io::Write::flush(&mut w).unwrap();
            }
            let written = String::from_utf8(out).unwrap();
            proptest::prop_assert!(!written.chars().any(char::is_control), "{written:?}");
            let back: String = serde_json::from_str(&written).unwrap();
            proptest::prop_assert_eq!(back, text);
        }
    }

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
