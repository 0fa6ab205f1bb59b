//! Acting as a protected person from the command line: every door that
//! reads or writes as them (`status`, `export`, `write --as`) asks for their
//! passphrase first, as the workbook does. Without it, nothing of theirs is
//! opened: they are not there (see `vault`).

use std::io::IsTerminal as _;

use anyhow::{Result, bail};

use crate::crypto::{UnlockError, Unlocked};

use crate::model::{PartnerId, Session, Store};
use crate::vault::{self, Sealer};

/// Where the passphrase comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ask {
    /// One line of standard input when it is not a terminal (a script),
    /// else typed at the terminal without being shown.
    StdinOrTerminal,
    /// Only the terminal: standard input carries something else (the words
    /// of `trustmend write`).
    TerminalOnly,
}

/// `store` with every protected person sealed, and `partner` opened with
/// their passphrase if they protect their entries. Fails, opening nothing,
/// on a wrong or missing passphrase. Returns the sealer that holds the
/// sealed copies, for writing the store again without sealing it all anew.
pub(super) fn open_as(store: &mut Store, partner: PartnerId, ask: Ask) -> Result<Sealer> {
    let mut sealer = Sealer::default();
    let mut session = Session::default();
    vault::seal_everyone(&mut sealer, store, &mut session)
        .map_err(|e| anyhow::anyhow!("{e}; {}", crate::t!("door-nothing-read")))?;
    if let Some(opened) = unlock_as(store, partner, ask)? {
        let failed = vault::open_partner(
            &mut sealer,
            store,
            &mut session,
            partner,
            &opened.key,
            &vault::Ahead::default(),
        );
        if failed > 0 {
            eprintln!(
                "trustmend: {}",
                crate::t!("door-records-left-out", n = failed)
            );
        }
    }
    Ok(sealer)
}

/// A protected person opened at a door: their key, and the passphrase that
/// opened it (a copy of their words is sealed with it, so `age -d` opens it).
pub(super) struct Opened {
    pub key: Unlocked,
    pub passphrase: age::secrecy::SecretString,
}

/// The key of `partner` if they protect their entries (`None` if they do
/// not), from their passphrase.
pub(super) fn unlock_as(store: &Store, partner: PartnerId, ask: Ask) -> Result<Option<Opened>> {
    let Some(p) = store.partner(partner) else {
        return Ok(None);
    };
    let Some(protection) = p.protection.clone() else {
        return Ok(None);
    };
    let name = crate::text::printable(&p.name).into_owned();
    let stdin = std::io::stdin();
    let typed = if ask == Ask::StdinOrTerminal && !stdin.is_terminal() {
        super::export::passphrase_line()?
    } else if stdin.is_terminal() || std::fs::File::open("/dev/tty").is_ok() {
        super::export::hidden(&format!(
            "{} ",
            crate::t!("door-passphrase-prompt", name = name.clone())
        ))?
    } else {
        bail!(crate::t!("door-needs-terminal", name = name));
    };
    if typed.is_empty() {
        bail!(crate::t!("door-no-passphrase", name = name));
    }
    match crate::crypto::unlock(&protection, &typed) {
        Ok(key) => Ok(Some(Opened {
            key,
            passphrase: age::secrecy::SecretString::from(typed.to_string()),
        })),
        Err(UnlockError::WrongPassphrase) => bail!(crate::t!("door-wrong-passphrase", name = name)),
        Err(e) => bail!(crate::t!(
            "door-cannot-open",
            name = name,
            why = e.to_string()
        )),
    }
}
