//! `trustmend write [TEXT]`: quick capture from the shell, as jrnl users
//! expect. The words become a private free entry of one partner, saved as
//! the app saves (write-ahead, under the same lock), and sealed first when
//! that partner protects their entries: sealing needs only their public
//! recipient, never the passphrase.

use std::io::{IsTerminal, Read};

use anyhow::{Context as _, Result, bail};
use chrono::Local;

use crate::cli::Cli;
use crate::model::{PartnerId, Store, Visibility};
use crate::store::DataDir;
use crate::store::saver::Saver;
use crate::vault::Sealer;

/// Where the words come from.
enum Source {
    /// Typed after `write`.
    Given(String),
    /// Piped in (standard input is not a terminal).
    Stdin,
    /// The person's own editor ($VISUAL, $EDITOR, `editor` in config.toml).
    Editor,
}

pub(super) fn run(cli: &Cli, text: &[String], as_name: Option<&str>) -> Result<()> {
    let source = if !text.is_empty() {
        Source::Given(text.join(" "))
    } else if !std::io::stdin().is_terminal() {
        Source::Stdin
    } else {
        Source::Editor
    };
    // The settings are read as every door reads them: one that cannot be
    // used stops here, before anything is written; a warning is said.
    let settings = super::settings::load(cli)?;
    super::settings::warn(
        &settings,
        &crate::settings::load_content(cli.content.as_deref())?,
    );
    let dir = DataDir::resolve(cli.data_dir.clone())?;
    // The lock first, so nobody types into an editor only to be refused.
    let lock = dir.lock().context(crate::t!("write-locked"))?;
    dir.open_for_writing(&lock)?;
    let Some(store) = dir.load_store()? else {
        bail!(crate::t!(
            "write-no-workbook",
            dir = dir.root().display().to_string()
        ));
    };
    let author = author(&store, as_name.or(cli.profile.as_deref()))?;
    let protected = store
        .partner(author)
        .is_some_and(|p| p.protection.is_some());
    // Writing as a protected person needs their passphrase (from standard
    // input only when the words are given on the command line).
    let ask = match source {
        Source::Given(_) => super::door::Ask::StdinOrTerminal,
        _ => super::door::Ask::TerminalOnly,
    };
    drop(super::door::unlock_as(&store, author, ask)?);
    let text = match source {
        Source::Given(text) => text,
        Source::Stdin => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .context(crate::t!("write-cannot-read-stdin"))?;
            text
        }
        Source::Editor if protected => bail!(crate::t!("write-protected-no-editor")),
        Source::Editor => {
            let command = crate::own_editor::command(&settings.loaded.config)
                .map_err(|why| anyhow::anyhow!("{why} {}", crate::t!("write-nothing-saved")))?;
            crate::own_editor::edit_in_place(&command, "", dir.root())
                .map_err(|why| anyhow::anyhow!("{why} {}", crate::t!("write-nothing-saved")))?
        }
    };
    let text = text.trim_end();
    if text.trim().is_empty() {
        bail!(crate::t!("write-no-words"));
    }
    let name = store.partner(author).map_or(String::new(), |p| {
        crate::text::printable(&p.name).into_owned()
    });
    let id = save(&dir, store, author, text)?;
    println!(
        "{}",
        crate::t!(
            "write-saved",
            name = name,
            sealed = if protected { "yes" } else { "no" },
            file = dir.store_path().display().to_string(),
            id = id.to_string()
        )
    );
    Ok(())
}

/// The new entry in `store`, saved as the app saves: the change appended
/// to the log and fsynced (durable), the protected partner's words sealed
/// before they reach the saver. Returns the entry's id.
fn save(dir: &DataDir, mut store: Store, author: PartnerId, text: &str) -> Result<u64> {
    let mut saver = Saver::new(dir.clone());
    saver.start_from(store.clone());
    let now = Local::now().fixed_offset();
    let id = store.add_free_entry(author, text, Visibility::Private, now);
    let for_disk = Sealer::default()
        .store_for_disk(&store)
        .map_err(|e| anyhow::anyhow!("{e}; {}", crate::t!("write-not-sealed")))?
        .into_owned();
    saver.save(for_disk).context(crate::t!("write-not-saved"))?;
    Ok(id)
}

/// Who writes: the one partner there is, or the one named (`--as`, or
/// `--profile`). With two and no name, refuse rather than guess: the
/// entry would be private to the wrong person.
fn author(store: &Store, name: Option<&str>) -> Result<PartnerId> {
    let names = || {
        store
            .partners
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
    };
    if let Some(name) = name {
        return store.partner_by_name(name).map(|p| p.id).with_context(|| {
            crate::t!(
                "write-no-one-called",
                name = format!("{name:?}"),
                names = names().join(", ")
            )
        });
    }
    match store.partners.as_slice() {
        [] => bail!(crate::t!("cmd-no-one-yet")),
        [only] => Ok(only.id),
        _ => bail!(crate::t!(
            "write-shared-by",
            names = super::and_list(&names())
        )),
    }
}
