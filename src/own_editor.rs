//! Run the person's own editor on a private copy of their words, the way
//! `git commit` does: hand the terminal over, wait, take it back.
//!
//! The copy lives in a private folder ([`folder`]) on a memory file system
//! when the system has one (`$XDG_RUNTIME_DIR`, else `/dev/shm`), never in
//! the data folder: its words are plain while the editor is open, and an
//! editor or a trustmend that is killed leaves them (and the editor's swap
//! file beside them). Every start that takes the lock removes what is
//! there ([`remove_leftovers`]), and `doctor` names it ([`leftovers`]).

use std::io::{Write, stdout};
use std::path::{Path, PathBuf};
use std::process::Command;

use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

/// Suspend the screen, edit `text` with `command`, restore the screen.
/// `Ok` holds the file's text after a clean exit; `Err` says, in words for
/// the person, why nothing came back. The temporary file is always removed.
pub fn edit(
    terminal: &mut ratatui::DefaultTerminal,
    command: &str,
    text: &str,
    data_root: &Path,
) -> Result<String, String> {
    let file = private_copy(data_root, text)?;
    suspend();
    let outcome = run(command, &file);
    resume(terminal);
    let result = outcome.and_then(|()| {
        std::fs::read_to_string(&file)
            .map_err(|e| crate::t!("editor-read-back", why = e.to_string()))
    });
    let _ = std::fs::remove_file(&file);
    result
}

/// `edit` for a command line that has no screen to hand over
/// (`trustmend write`): the editor runs in the terminal as it is.
pub(crate) fn edit_in_place(command: &str, text: &str, data_root: &Path) -> Result<String, String> {
    let file = private_copy(data_root, text)?;
    let result = run(command, &file).and_then(|()| {
        std::fs::read_to_string(&file)
            .map_err(|e| crate::t!("editor-read-back", why = e.to_string()))
    });
    let _ = std::fs::remove_file(&file);
    result
}

/// The command line of the person's editor (see
/// [`crate::config::Config::editor_command`]), or why there is none.
pub(crate) fn command(config: &crate::config::Config) -> Result<String, String> {
    config
        .editor_command(
            std::env::var("VISUAL").ok().as_deref(),
            std::env::var("EDITOR").ok().as_deref(),
            on_path(crate::config::FALLBACK_EDITOR),
        )
        .ok_or_else(crate::config::no_editor)
}

/// Whether a program of this name is in a folder of `$PATH`.
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|dir| {
            let file = dir.join(program);
            std::fs::metadata(&file).is_ok_and(|m| m.is_file() && executable(&m))
        })
    })
}

#[cfg(unix)]
fn executable(m: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    m.permissions().mode() & 0o111 != 0
}

#[cfg(not(unix))]
fn executable(_: &std::fs::Metadata) -> bool {
    true
}

fn suspend() {
    let _ = execute!(
        stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
}

fn resume(terminal: &mut ratatui::DefaultTerminal) {
    let _ = enable_raw_mode();
    let _ = execute!(
        stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        EnableMouseCapture
    );
    // The editor drew over everything: draw the whole screen again. Not
    // `clear()`, which asks the terminal where its cursor is and gives up
    // on terminals that do not answer; this also catches a resize made
    // while the editor was open.
    if let Ok(size) = terminal.size() {
        let _ = terminal.resize(ratatui::layout::Rect::from((
            ratatui::layout::Position::ORIGIN,
            size,
        )));
    }
}

/// Through the shell, as git does, so `code --wait` or `emacs -nw` work.
fn run(command: &str, file: &Path) -> Result<(), String> {
    let status = shell(command, file).status().map_err(|e| {
        crate::t!(
            "editor-could-not-start",
            command = command,
            why = e.to_string()
        )
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(match status.code() {
            Some(code) => crate::t!("editor-exited", command = command, code = code),
            None => crate::t!("editor-stopped-by-signal", command = command),
        })
    }
}

#[cfg(unix)]
fn shell(command: &str, file: &Path) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("{command} \"$@\""))
        .arg(command)
        .arg(file);
    cmd
}

#[cfg(not(unix))]
fn shell(command: &str, file: &Path) -> Command {
    let mut words = command.split_whitespace();
    let mut cmd = Command::new(words.next().unwrap_or("notepad"));
    cmd.args(words).arg(file);
    cmd
}

/// The copy of `text` for the editor, in the workbook's private folder.
fn private_copy(data_root: &Path, text: &str) -> Result<PathBuf, String> {
    let dir = folder(data_root);
    write_private(&dir, text).map_err(|e| {
        crate::t!(
            "editor-private-file",
            folder = dir.display().to_string(),
            why = e.to_string()
        )
    })
}

/// The own editor's private folder for the workbook in `data_root`: on a
/// memory file system when there is one (`$XDG_RUNTIME_DIR`, which is the
/// user's own; else `/dev/shm`), else in the temporary folder; one per data
/// folder (named by a hash of its path) and per user, so two workbooks or
/// two users never share one.
pub fn folder(data_root: &Path) -> PathBuf {
    let runtime = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute() && p.is_dir());
    let shm = Path::new("/dev/shm");
    let base = runtime.unwrap_or_else(|| {
        if cfg!(target_os = "linux") && shm.is_dir() {
            shm.to_path_buf()
        } else {
            std::env::temp_dir()
        }
    });
    let root = std::fs::canonicalize(data_root).unwrap_or_else(|_| data_root.to_path_buf());
    base.join(format!(
        "trustmend-{}-{:016x}",
        user(),
        fnv(root.as_os_str())
    ))
}

#[cfg(unix)]
fn user() -> u32 {
    // SAFETY: geteuid has no arguments and cannot fail.
    unsafe { libc::geteuid() }
}

#[cfg(not(unix))]
fn user() -> u32 {
    0
}

/// FNV-1a: a name that stays the same across builds (std's hasher may not).
fn fnv(s: &std::ffi::OsStr) -> u64 {
    s.as_encoded_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
}

/// Files a killed editor (or a killed trustmend) left: in the private
/// folder (its copy of the words, an editor's swap or backup file such as
/// `.entry-….md.swp`), and in the data folder's `tmp/`, where trustmend
/// before 0.2 kept them. Only ever there while an editor runs, which needs
/// the lock: whoever holds the lock may remove them.
pub fn leftovers(data_root: &Path) -> Vec<PathBuf> {
    [folder(data_root), data_root.join("tmp")]
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flat_map(std::iter::Iterator::flatten)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink()))
        .map(|e| e.path())
        .collect()
}

/// Removes [`leftovers`] (the caller holds the lock); returns those removed.
pub fn remove_leftovers(data_root: &Path) -> Vec<PathBuf> {
    leftovers(data_root)
        .into_iter()
        .filter(|p| std::fs::remove_file(p).is_ok())
        .collect()
}

/// A new file only its owner can read, in a folder only its owner can open.
/// The folder is made here; one that is already there is used only when it
/// is a real folder of this user that no one else may open (in a shared
/// place such as `/dev/shm`, someone else could have made it first).
fn write_private(dir: &Path, text: &str) -> std::io::Result<PathBuf> {
    make_private_folder(dir)?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let path = dir.join(format!("entry-{}-{stamp}.md", std::process::id()));
    let mut f = options.open(&path)?;
    f.write_all(text.as_bytes())?;
    if !text.is_empty() {
        f.write_all(b"\n")?;
    }
    f.sync_all()?;
    Ok(path)
}

#[cfg(unix)]
fn make_private_folder(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
    match std::fs::DirBuilder::new().mode(0o700).create(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    let meta = std::fs::symlink_metadata(dir)?;
    if !meta.is_dir() || meta.uid() != user() {
        return Err(std::io::Error::other(
            "it is not a folder of yours; remove it and try again",
        ));
    }
    if meta.permissions().mode() & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn make_private_folder(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn the_private_file_is_for_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let tmp = dir.path().join("tmp");
        let f = write_private(&tmp, "words").unwrap();
        assert_eq!(std::fs::read_to_string(&f).unwrap(), "words\n");
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&f), 0o600);
        assert_eq!(mode(&tmp), 0o700);
    }

    #[test]
    fn the_folder_is_outside_the_data_folder_and_one_per_workbook() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        assert!(
            !folder(&a).starts_with(dir.path()),
            "{}",
            folder(&a).display()
        );
        assert_ne!(folder(&a), folder(&b));
        assert_eq!(folder(&a), folder(&a));
    }

    #[test]
    fn a_folder_others_may_open_is_made_private_before_use() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let open = dir.path().join("open");
        std::fs::create_dir(&open).unwrap();
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
        write_private(&open, "x").unwrap();
        let mode = std::fs::metadata(&open).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
        // A link in its place is refused.
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&open, &link).unwrap();
        assert!(write_private(&link, "x").is_err());
    }

    #[test]
    fn a_failing_editor_is_reported_with_its_status() {
        let dir = tempfile::tempdir().unwrap();
        let f = write_private(dir.path(), "x").unwrap();
        let err = run("exit 3; true", &f).unwrap_err();
        assert!(err.contains("status 3"), "{err}");
        assert!(run("true", &f).is_ok());
    }
}
