//! What a panic can still save: the session (where each person was, and
//! their unsaved drafts) as last handed to the writer. The event loop keeps
//! those bytes here; the panic hook writes them atomically and says where
//! everything is. The store is left to the writer thread: writing it from
//! the hook could race a save in flight and put an older copy last.

use std::sync::Mutex;

use crate::store::DataDir;

static LAST_SESSION: Mutex<Option<Vec<u8>>> = Mutex::new(None);

/// Remember the newest serialized session (called for each session save).
pub(super) fn remember_session(bytes: &[u8]) {
    if let Ok(mut last) = LAST_SESSION.lock() {
        *last = Some(bytes.to_vec());
    }
}

/// From the panic hook: write the remembered session, and return what to
/// tell the person. Never blocks (the panicking thread may hold the lock)
/// and never panics.
pub(super) fn save_for_panic(dir: &DataDir) -> String {
    let root = dir.root().display();
    let kept = match LAST_SESSION.try_lock() {
        Ok(mut last) => last.take(),
        Err(_) => None,
    };
    let drafts = match kept {
        Some(bytes) => match dir.write_session_bytes(&bytes) {
            Ok(()) => format!(
                "Your drafts were saved in {}.",
                dir.session_path().display()
            ),
            Err(e) => format!("Your drafts could not be saved: {e}"),
        },
        None => format!(
            "Drafts are autosaved every few seconds in {}.",
            dir.session_path().display()
        ),
    };
    format!(
        "\ntrustmend stopped because of a bug. Your journal is in {root} (store.json, with \
         older copies in backups/). {drafts} Run `trustmend doctor` to check it."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_writes_the_last_session_and_says_where_everything_is() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = DataDir::at(tmp.path().to_path_buf());
        remember_session(b"{\"version\": 1}\n");
        let said = save_for_panic(&dir);
        assert_eq!(
            std::fs::read(dir.session_path()).unwrap(),
            b"{\"version\": 1}\n"
        );
        assert!(said.contains("Your drafts were saved in"), "{said}");
        assert!(said.contains(&tmp.path().display().to_string()), "{said}");
        assert!(said.contains("trustmend doctor"), "{said}");
        // Nothing remembered since: nothing is written again.
        std::fs::remove_file(dir.session_path()).unwrap();
        let said = save_for_panic(&dir);
        assert!(!dir.session_path().exists());
        assert!(said.contains("autosaved every few seconds"), "{said}");
    }
}
