//! `trustmend export`: its filters, checked before anything is written, and
//! where the export goes (a private file, or standard output).

use std::io::{self, BufRead as _, IsTerminal as _, Write};
use std::path::Path;

use age::secrecy::SecretString;
use anyhow::{Context as _, Result, bail};
use zeroize::Zeroizing;

use crate::cli::ExportFilters;
use crate::content::Content;
use crate::crypto::{ExportKey, SealedWriter};
use crate::model::{EntryId, Store};
use crate::report::Scope;
use crate::report::filter::Filter;
use crate::store::FileSink as _;

pub(super) fn filter<'a>(content: &Content, f: &'a ExportFilters) -> Result<Filter<'a>> {
    if let (Some(since), Some(until)) = (f.since, f.until)
        && since > until
    {
        bail!(crate::t!(
            "export-since-after-until",
            since = since.to_string(),
            until = until.to_string()
        ));
    }
    if let Some(id) = f.strategy.as_deref()
        && content.strategy(id).is_none()
    {
        let ids: Vec<&str> = content.strategies.iter().map(|s| s.id.as_str()).collect();
        bail!(crate::t!(
            "export-not-a-strategy",
            id = format!("{id:?}"),
            ids = ids.join(", ")
        ));
    }
    Ok(Filter {
        since: f.since,
        until: f.until,
        strategy: f.strategy.as_deref(),
        shared_only: f.shared_only,
        selected: None,
    })
}

/// The entries chosen with `--select`, as ids for [`Filter::selected`]:
/// `None` without `--select`. Without numbers, the entries `scope` would
/// export are listed on stderr and the choice is read from stdin (a line).
pub(super) fn select(scope: &Scope<'_>, select: Option<&str>) -> Result<Option<Vec<EntryId>>> {
    let Some(given) = select else {
        return Ok(None);
    };
    let entries = crate::report::visible_entries(scope);
    let (choice, asked) = match given.trim() {
        "" => {
            if entries.is_empty() {
                bail!(crate::t!("export-select-none"));
            }
            let mut err = io::stderr().lock();
            let _ = writeln!(err, "{}", crate::t!("export-select-list"));
            for line in crate::report::select::list(&entries) {
                let _ = writeln!(err, "  {line}");
            }
            let _ = write!(err, "{} ", crate::t!("export-select-ask"));
            let _ = err.flush();
            let mut line = String::new();
            io::stdin()
                .lock()
                .read_line(&mut line)
                .context(crate::t!("export-select-cannot-read"))?;
            (line, true)
        }
        numbers => (numbers.to_string(), false),
    };
    let chosen = crate::report::select::parse(&choice, entries.len()).map_err(|e| {
        let again = if asked {
            crate::t!("export-select-again-asked")
        } else {
            crate::t!("export-select-again")
        };
        anyhow::anyhow!(
            "{}",
            crate::t!("export-select-bad", why = e.to_string(), again = again)
        )
    })?;
    Ok(Some(crate::report::select::ids(&entries, &chosen)))
}

/// `store` with only the entries `--search` finds (with the journal's own
/// matcher, `crate::search`); commitments and check-ins stay as the other
/// filters leave them. A locked entry's words cannot be searched: only its
/// title is.
pub(super) fn searched(store: &'static Store, search: Option<&str>) -> Result<&'static Store> {
    let Some(text) = search else {
        return Ok(store);
    };
    let query = crate::search::Query::new(text);
    if query.is_empty() {
        bail!(crate::t!("export-search-empty", text = format!("{text:?}")));
    }
    let mut found = store.clone();
    found.entries = store
        .entries
        .iter()
        .filter(|e| query.matches(&[&e.heading, e.body.text().unwrap_or_default()]))
        .cloned()
        .collect();
    Ok(Box::leak(Box::new(found)))
}

/// When the export says it was made: now, or the moment `SOURCE_DATE_EPOCH`
/// names (seconds since 1970, the convention for reproducible output) when
/// it is set, so that the same journal exported twice is the same file byte
/// for byte.
pub(super) fn exported_at() -> Result<crate::model::Timestamp> {
    let Some(value) = std::env::var_os("SOURCE_DATE_EPOCH") else {
        return Ok(chrono::Local::now().fixed_offset());
    };
    let seconds = value.to_str().and_then(|v| v.trim().parse::<i64>().ok());
    seconds
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .map(|t| t.fixed_offset())
        .ok_or_else(|| anyhow::anyhow!(crate::t!("export-bad-epoch", value = format!("{value:?}"))))
}

/// Runs `write` into stdout, or into the file at `output`, synced before
/// "Wrote" is said. The file is created readable only by its owner (0600,
/// like the data folder: an export can hold private entries). An existing
/// file is replaced only with `force`, and then atomically: a failed export
/// leaves the old file whole.
pub(super) fn write_output(
    output: Option<&Path>,
    force: bool,
    key: Option<&ExportKey>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    // Encrypted as it is written, when asked: the plain report is never on disk.
    let write = |out: &mut dyn Write| match key {
        None => write(out),
        Some(key) => {
            let mut sealed = SealedWriter::new(key, out)?;
            write(&mut sealed)?;
            sealed.finish()
        }
    };
    let Some(path) = output else {
        return to_stdout(write).context(crate::t!("export-cannot-write-stdout"));
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        bail!(crate::t!(
            "export-no-folder",
            folder = folder.display().to_string()
        ));
    }
    if path.is_dir() {
        bail!(crate::t!(
            "export-is-a-folder",
            path = path.display().to_string(),
            example = path.join("journal.md").display().to_string()
        ));
    }
    if force {
        let mut write = Some(write);
        crate::store::AtomicFile
            .write_atomic_with(path, &mut |out| {
                let mut out = io::BufWriter::new(out);
                match write.take() {
                    Some(write) => write(&mut out)?,
                    None => return Err(io::Error::other("the export was already written")),
                }
                out.flush()
            })
            .with_context(|| {
                crate::t!(
                    "export-cannot-write-unchanged",
                    path = path.display().to_string()
                )
            })?;
    } else {
        let file = create_private(path).map_err(|e| match e.kind() {
            io::ErrorKind::AlreadyExists => anyhow::anyhow!(crate::t!(
                "export-exists",
                path = path.display().to_string()
            )),
            _ => anyhow::Error::new(e).context(super::cannot_create(path)),
        })?;
        let mut out = io::BufWriter::new(file);
        let written = write(&mut out)
            .and_then(|()| {
                out.into_inner()
                    .map_err(std::io::IntoInnerError::into_error)
            })
            .and_then(|file| file.sync_all());
        if let Err(e) = written {
            // Ours, and incomplete: not left behind as if it were an export.
            let _ = std::fs::remove_file(path);
            return Err(anyhow::Error::new(e).context(crate::t!(
                "export-cannot-write-removed",
                path = path.display().to_string()
            )));
        }
    }
    let wrote = crate::t!(
        "export-wrote",
        path = path.display().to_string(),
        encrypted = if key.is_some() { "yes" } else { "no" }
    );
    let _ = writeln!(io::stderr(), "{wrote}");
    Ok(())
}

/// A new file, never an existing one, readable only by its owner whatever
/// the umask.
fn create_private(path: &Path) -> io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
        options.mode(0o600);
        let file = options.open(path)?;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        Ok(file)
    }
    #[cfg(not(unix))]
    options.open(path)
}

/// Runs `write` into stdout. A reader that stopped reading (`| head`, a
/// closed pager) is not an error: there is no one left to tell.
pub(super) fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = write(&mut out).and_then(|()| out.flush());
    match written {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
            // What is still buffered would fail again when dropped.
            let (_, _) = out.into_parts();
            Ok(())
        }
        other => other,
    }
}

/// The key an encrypted export is sealed with, from `--encrypt-to` or
/// `--passphrase`; `None` for a plain export. Asked for before anything is
/// written.
pub(super) fn key(encrypt_to: &[String], passphrase: bool) -> Result<Option<ExportKey>> {
    if passphrase {
        return Ok(Some(ExportKey::passphrase(read_passphrase()?)));
    }
    if encrypt_to.is_empty() {
        return Ok(None);
    }
    let mut recipients = Vec::new();
    for value in encrypt_to {
        let looks_like_a_key = {
            let upper = value.trim().to_ascii_uppercase();
            upper.starts_with("AGE1") || upper.starts_with("AGE-SECRET-KEY-")
        };
        let path = Path::new(value);
        if looks_like_a_key || !path.exists() {
            if !looks_like_a_key {
                bail!(crate::t!(
                    "export-not-a-recipient",
                    value = format!("{value:?}")
                ));
            }
            recipients.push(ExportKey::recipient(value).map_err(|e| {
                anyhow::anyhow!("--encrypt-to: {e}; {}", crate::t!("export-nothing-written"))
            })?);
            continue;
        }
        let text = std::fs::read_to_string(path).with_context(|| {
            crate::t!(
                "export-cannot-read-recipients",
                path = path.display().to_string()
            )
        })?;
        let before = recipients.len();
        for (n, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let col = line.len() - line.trim_start().len() + 1;
            recipients.push(ExportKey::recipient(trimmed).map_err(|e| {
                anyhow::anyhow!(
                    "{}:{}:{col}: {e}; {}",
                    path.display(),
                    n + 1,
                    crate::t!("export-nothing-written")
                )
            })?);
        }
        if recipients.len() == before {
            bail!(crate::t!(
                "export-no-recipient",
                path = path.display().to_string()
            ));
        }
    }
    Ok(Some(ExportKey::Recipients(recipients)))
}

/// The passphrase for `--passphrase`: typed twice on the terminal without
/// being shown, or, when standard input is not a terminal (a script, a
/// password manager), its first line.
pub(super) fn read_passphrase() -> Result<SecretString> {
    if !io::stdin().is_terminal() {
        let passphrase = passphrase_line()?;
        if passphrase.is_empty() {
            bail!(crate::t!("export-stdin-passphrase-empty"));
        }
        return Ok(SecretString::from(passphrase.to_string()));
    }
    let first = hidden(&format!("{} ", crate::t!("export-passphrase")))?;
    if first.is_empty() {
        bail!(crate::t!("export-passphrase-empty"));
    }
    let again = hidden(&format!("{} ", crate::t!("export-passphrase-again")))?;
    if *first != *again {
        bail!(crate::t!("export-passphrases-differ"));
    }
    Ok(SecretString::from(first.to_string()))
}

/// One line typed on the terminal with echo off.
/// One line of standard input (a script's passphrase), without its line
/// ending, wiped from memory when dropped.
pub(super) fn passphrase_line() -> Result<Zeroizing<String>> {
    let mut line = Zeroizing::new(String::new());
    io::stdin()
        .lock()
        .read_line(&mut line)
        .context(crate::t!("export-cannot-read-passphrase-stdin"))?;
    Ok(Zeroizing::new(
        line.trim_end_matches(['\n', '\r']).to_string(),
    ))
}

pub(super) fn hidden(prompt: &str) -> Result<Zeroizing<String>> {
    use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
    use ratatui::crossterm::terminal;

    /// Echo comes back on every way out, errors included.
    struct Raw;
    impl Drop for Raw {
        fn drop(&mut self) {
            let _ = terminal::disable_raw_mode();
            let _ = io::stderr().write_all(b"\r\n");
        }
    }

    let mut err = io::stderr();
    let _ = err.write_all(prompt.as_bytes());
    let _ = err.flush();
    terminal::enable_raw_mode().context(crate::t!("export-cannot-hide"))?;
    let _raw = Raw;
    let mut typed = Zeroizing::new(String::new());
    loop {
        let Event::Key(key) = event::read().context(crate::t!("export-cannot-read-passphrase"))?
        else {
            continue;
        };
        if key.kind == KeyEventKind::Release {
            continue;
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Enter => return Ok(typed),
            KeyCode::Char('c' | 'd') if ctrl => bail!(crate::t!("export-cancelled")),
            KeyCode::Esc => bail!(crate::t!("export-cancelled")),
            KeyCode::Backspace => {
                typed.pop();
            }
            KeyCode::Char(c) if !ctrl => typed.push(c),
            _ => {}
        }
    }
}
