//! A large file read in place (mapped), its pages let go behind the reader.
//!
//! A journal of 100,000 entries is a 130 MiB file. Mapped, its pages count
//! as the process's memory until they are let go, beside the journal read
//! out of them: every command that read the journal peaked at 2.2 to 2.3
//! times the file (issue 29), the writer's first look at a protected
//! journal at more. While [`letting_go`] runs a parse over a map, each
//! timestamp the parse reads in place says where it has reached
//! ([`reached`], called by `model::timestamp::read`: every entry and
//! check-in has one), and the whole [`STEP`]s before it are let go. The
//! parser only moves forward; a page read again (an error's line and column
//! are counted from the start) is read from the file again, the same bytes.
//!
//! The window is the thread's own: a parse on another thread (the writer's
//! look) has its own, and a timestamp read from anything else (a `Value`,
//! another file) lies outside it and lets nothing go.

use std::cell::Cell;

/// Let go in steps of this much (a multiple of every page size).
pub(crate) const STEP: usize = 8 << 20;

/// The map being read on this thread: where it lies and how much of it, from
/// the start, has been let go.
#[derive(Clone, Copy)]
struct Window {
    base: usize,
    len: usize,
    gone: usize,
}

thread_local! {
    static READING: Cell<Option<Window>> = const { Cell::new(None) };
    /// How much the last read on this thread let go, for the tests.
    static LAST: Cell<usize> = const { Cell::new(0) };
}

/// `read` run with the pages of `map` that it has passed let go as it goes.
pub(crate) fn letting_go<R>(map: &memmap2::Mmap, read: impl FnOnce() -> R) -> R {
    /// Puts back the window there was before, however `read` ends.
    struct Restore(Option<Window>);

    impl Drop for Restore {
        fn drop(&mut self) {
            READING.with(|r| r.set(self.0));
        }
    }

    let window = Window {
        base: map.as_ptr() as usize,
        len: map.len(),
        gone: 0,
    };
    let restore = Restore(READING.with(|r| r.replace(Some(window))));
    let out = read();
    let gone = READING.with(Cell::get).map_or(0, |w| w.gone);
    drop(restore);
    LAST.with(|l| l.set(gone));
    out
}

/// How many bytes the last [`letting_go`] on this thread let go.
#[cfg(test)]
pub(crate) fn last_let_go() -> usize {
    LAST.with(Cell::get)
}

/// The parse on this thread has reached `at`: if it lies in the map being
/// read, the whole steps before it are let go. Anywhere else, nothing.
pub(crate) fn reached(at: *const u8) {
    READING.with(|r| {
        let Some(mut window) = r.get() else {
            return;
        };
        let Some(offset) = (at as usize).checked_sub(window.base) else {
            return;
        };
        if offset > window.len {
            return;
        }
        let until = offset / STEP * STEP;
        if until <= window.gone {
            return;
        }
        #[cfg(unix)]
        // SAFETY: `base` is the start of a map (page-aligned) that
        // `letting_go` holds borrowed until it returns, and this window is
        // taken away before it does; `gone` and `until` are whole steps
        // within its length. The map is read-only and of a file trustmend
        // never changes in place (see `store::read_file`): a page let go is
        // only read again from the same file, with the same bytes, and
        // nothing holds it on the understanding that it stays resident.
        unsafe {
            libc::madvise(
                (window.base + window.gone) as *mut libc::c_void,
                until - window.gone,
                libc::MADV_DONTNEED,
            );
        }
        window.gone = until;
        r.set(Some(window));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapped(len: usize) -> (tempfile::TempDir, memmap2::Mmap) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big");
        let bytes: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &bytes).unwrap();
        let file = std::fs::File::open(&path).unwrap();
        let map = unsafe { memmap2::Mmap::map(&file) }.unwrap();
        (dir, map)
    }

    #[test]
    fn the_whole_steps_behind_the_reader_are_let_go_and_read_again_the_same() {
        let (_dir, map) = mapped(3 * STEP + 100);
        let base = map.as_ptr();
        let sum = letting_go(&map, || {
            let mut sum = 0u64;
            for at in (0..map.len()).step_by(4096) {
                sum += u64::from(map[at]);
                reached(base.wrapping_add(at));
            }
            // A page let go, read again: the file's own byte.
            assert_eq!(map[5], 5);
            assert_eq!(map[STEP + 7], ((STEP + 7) % 251) as u8);
            sum
        });
        assert_eq!(last_let_go(), 3 * STEP, "every whole step passed");
        let expected: u64 = (0..map.len())
            .step_by(4096)
            .map(|at| (at % 251) as u64)
            .sum();
        assert_eq!(sum, expected);
    }

    #[test]
    fn nothing_is_let_go_outside_the_map_or_outside_a_read() {
        let (_dir, map) = mapped(2 * STEP + 1);
        let other = [0u8; 16];
        // Outside any read: nothing to let go, and nothing kept.
        reached(map.as_ptr().wrapping_add(2 * STEP));
        letting_go(&map, || {
            reached(other.as_ptr());
            reached(map.as_ptr().wrapping_add(STEP - 1));
            // Backwards never lets go again or less.
            reached(map.as_ptr());
        });
        assert_eq!(last_let_go(), 0);
        // A read inside a read keeps its own window, and the outer one is
        // put back after.
        let (_dir2, inner) = mapped(STEP + 1);
        letting_go(&map, || {
            letting_go(&inner, || reached(inner.as_ptr().wrapping_add(STEP)));
            assert_eq!(last_let_go(), STEP);
            reached(map.as_ptr().wrapping_add(2 * STEP));
        });
        assert_eq!(last_let_go(), 2 * STEP);
        assert!(READING.with(Cell::get).is_none(), "no window left behind");
    }
}
