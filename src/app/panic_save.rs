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
            Ok(()) => crate::t!(
                "panic-drafts-saved",
                path = dir.session_path().display().to_string()
            ),
            Err(e) => crate::t!("panic-drafts-not-saved", why = e.to_string()),
        },
        None => crate::t!(
            "panic-drafts-autosaved",
            path = dir.session_path().display().to_string()
        ),
    };
    format!(
        "\n{}",
        crate::t!("panic-stopped", root = root.to_string(), drafts = drafts)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The remembered session is one for the process: one test at a time.
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

    #[test]
    fn a_panic_writes_the_last_session_and_says_where_everything_is() {
        let _one = ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
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

    /// What a panic says is in the language in use, with the same folders.
    #[test]
    fn a_panic_says_where_everything_is_in_spanish() {
        use crate::i18n::{Lang, in_language};
        let _one = ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let tmp = tempfile::tempdir().unwrap();
        let dir = DataDir::at(tmp.path().to_path_buf());
        let said = in_language(Lang::ES, || save_for_panic(&dir));
        assert!(
            said.starts_with("\ntrustmend se detuvo por un error del programa."),
            "{said}"
        );
        assert!(said.contains(&tmp.path().display().to_string()), "{said}");
        assert!(said.contains("trustmend doctor"), "{said}");
        for english in ["Your", "Drafts", "stopped", "Run", "journal"] {
            assert!(!said.contains(english), "{english}: {said}");
        }
        let en = in_language(Lang::EN, || save_for_panic(&dir));
        assert_eq!(
            en,
            format!(
                "\ntrustmend stopped because of a bug. Your journal is in {} (store.json, with older copies in backups/). Drafts are autosaved every few seconds in {}. Run `trustmend doctor` to check it.",
                tmp.path().display(),
                dir.session_path().display()
            )
        );
    }

    /// What quitting says when the last changes could not be saved is in
    /// the language; its English is what it always said.
    #[test]
    fn not_saved_at_quitting_in_both_languages() {
        use crate::i18n::{Lang, in_language};
        let said = |lang| {
            in_language(lang, || {
                crate::t!("app-not-saved", folder = "/data", why = "disk full")
            })
        };
        assert_eq!(
            said(Lang::EN),
            "your last changes could not be saved in /data:\ndisk full\nNo copy of them could be written anywhere else either, so what was typed since the last save is not on the disk and could not be kept. What was saved before is unchanged there. Free some space (or fix the folder's permissions) before writing again."
        );
        assert!(
            said(Lang::ES).starts_with(
                "tus últimos cambios no se pudieron guardar en /data:\ndisk full\nTampoco"
            ),
            "{}",
            said(Lang::ES)
        );
    }
}
