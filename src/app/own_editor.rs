//! Run the person's own editor on a private copy of their words, the way
//! `git commit` does: hand the terminal over, wait, take it back.

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
    tmp_dir: &Path,
) -> Result<String, String> {
    let file = write_private(tmp_dir, text).map_err(|e| {
        format!(
            "Could not make a private file for your editor in {}: {e}.",
            tmp_dir.display()
        )
    })?;
    suspend();
    let outcome = run(command, &file);
    resume(terminal);
    let result = outcome.and_then(|()| {
        std::fs::read_to_string(&file)
            .map_err(|e| format!("Could not read back what your editor wrote ({e})."))
    });
    let _ = std::fs::remove_file(&file);
    result
}

/// `edit` for a command line that has no screen to hand over
/// (`trustmend write`): the editor runs in the terminal as it is.
pub(crate) fn edit_in_place(command: &str, text: &str, tmp_dir: &Path) -> Result<String, String> {
    let file = write_private(tmp_dir, text).map_err(|e| {
        format!(
            "Could not make a private file for your editor in {}: {e}.",
            tmp_dir.display()
        )
    })?;
    let result = run(command, &file).and_then(|()| {
        std::fs::read_to_string(&file)
            .map_err(|e| format!("Could not read back what your editor wrote ({e})."))
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
        .ok_or_else(|| crate::config::NO_EDITOR.to_string())
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
        format!(
            "Could not start your editor ({command}): {e}. Set `editor` in config.toml, or $VISUAL."
        )
    })?;
    if status.success() {
        Ok(())
    } else {
        let code = status
            .code()
            .map_or_else(|| "a signal".to_string(), |c| format!("status {c}"));
        Err(format!("Your editor ({command}) exited with {code}."))
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

/// A new file only its owner can read, in a folder only its owner can open.
fn write_private(dir: &Path, text: &str) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
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
    fn a_failing_editor_is_reported_with_its_status() {
        let dir = tempfile::tempdir().unwrap();
        let f = write_private(dir.path(), "x").unwrap();
        let err = run("exit 3; true", &f).unwrap_err();
        assert!(err.contains("status 3"), "{err}");
        assert!(run("true", &f).is_ok());
    }
}
