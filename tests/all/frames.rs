//! Whole frames: the app wraps each frame in a synchronized update, and the
//! tests' screen shows only whole frames, so a check that reads one row
//! after waiting for another never sees a frame half written.

use crate::common::{FRAME_BEGINS as BEGIN, FRAME_ENDS as END, Frames, Tui, keys};

fn count(bytes: &[u8], what: &[u8]) -> usize {
    bytes.windows(what.len()).filter(|w| *w == what).count()
}

#[test]
fn a_half_written_frame_is_held_until_it_ends() {
    let mut frames = Frames::default();
    // Bytes outside a frame go straight through.
    assert_eq!(frames.whole(b"plain"), b"plain");
    // A frame's start and its first rows are held…
    assert_eq!(frames.whole(b"\x1b[?2026hrow 1\r\n"), b"");
    assert_eq!(frames.whole(b"row 2\r\n"), b"");
    // …and shown with its end, with what came before it.
    assert_eq!(
        frames.whole(b"row 3\x1b[?2026lafter"),
        b"\x1b[?2026hrow 1\r\nrow 2\r\nrow 3\x1b[?2026lafter"
    );
    // A marker cut between two reads is held until it is whole.
    assert_eq!(frames.whole(b"x\x1b[?20"), b"x");
    assert_eq!(frames.whole(b"26hy"), b"");
    assert_eq!(frames.whole(b"\x1b[?2026l"), b"\x1b[?2026hy\x1b[?2026l");
    // A whole frame, then a half one: the whole one is shown.
    assert_eq!(
        frames.whole(b"\x1b[?2026ha\x1b[?2026l\x1b[?2026hb"),
        b"\x1b[?2026ha\x1b[?2026l"
    );
}

#[test]
fn every_frame_the_app_draws_is_one_synchronized_update() {
    let dir = tempfile::tempdir().unwrap();
    let mut tui = Tui::start(dir.path(), &[]);
    tui.create_profile("Alex");
    tui.reach_home();
    tui.send("j");
    // Every key handled and its frame written whole (nothing more comes).
    tui.keys_read();
    let bytes = tui.bytes_after(0);
    tui.send(keys::CTRL_C);
    assert!(tui.wait_exit());
    let (begins, ends) = (count(&bytes, BEGIN), count(&bytes, END));
    assert!(begins >= 3, "frames: {begins}");
    assert_eq!(begins, ends, "every frame begun is ended");
    // And each frame's cells are written between the two.
    let first_begin = bytes.windows(BEGIN.len()).position(|w| w == BEGIN).unwrap();
    let first_text = bytes.windows(5).position(|w| w == b"trust").unwrap();
    assert!(
        first_begin < first_text,
        "the first frame is inside an update"
    );
}
