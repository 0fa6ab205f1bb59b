//! `age` encryption of a partner's protected entries.
//!
//! Each protecting partner gets an X25519 identity of their own. The identity
//! is kept on disk only sealed with their passphrase (an `age` scrypt
//! recipient), so one passphrase derivation (about a second, by design)
//! unlocks a whole session; entries are sealed to the public recipient, which
//! is fast and needs no passphrase. Everything is ASCII-armored `age`, so the
//! standard tool recovers it without trustmend:
//!
//! ```text
//! age -d identity.age > identity.txt     # asks for the passphrase
//! age -d -i identity.txt entry.age       # prints the entry
//! ```
//!
//! Secrets (the passphrase, the identity) live in `SecretString`s and in the
//! `age` identity, which are zeroized on drop; nothing here implements a
//! `Debug` that could print them.

use std::fmt;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

#[cfg(test)]
mod tests;

/// What a protecting partner's record holds: the identity sealed with their
/// passphrase, and the public recipient their entries are sealed to. Neither
/// reveals anything without the passphrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Protection {
    /// ASCII-armored `age` file (scrypt recipient) holding an `age` identity file.
    pub identity_sealed: String,
    /// The public `age1…` recipient of the identity.
    pub recipient: String,
}

/// A partner's identity, decrypted for this session. Dropping it forgets the
/// secrets (they are zeroized).
pub struct Unlocked {
    identity: age::x25519::Identity,
    /// Kept only so that text sealed with `age -p` (the passphrase directly)
    /// opens too; zeroized on drop like the identity.
    passphrase: SecretString,
}

impl fmt::Debug for Unlocked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Unlocked(<secret>)")
    }
}

/// The passphrase did not open the sealed identity.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnlockError {
    #[error("that passphrase does not unlock these entries")]
    WrongPassphrase,
    #[error("the protection record is damaged ({0}); the entries cannot be unlocked from it")]
    Damaged(String),
}

/// Why a sealed text could not be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    #[error("this entry was sealed for someone else's key or passphrase")]
    NotForThisKey,
    #[error("this entry's sealed text is damaged ({0})")]
    Damaged(String),
    #[error("this entry's text is not valid UTF-8 after opening")]
    NotText,
}

/// Sealing failed (only if the recipient stored in a record is damaged).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("could not seal the entry: {0}")]
pub struct SealError(String);

/// Start protecting: a fresh identity, sealed with `passphrase`. Returns the
/// record to store and the identity already unlocked (no second derivation).
pub fn protect(passphrase: &str) -> Result<(Protection, Unlocked), SealError> {
    protect_with(passphrase, None)
}

/// `protect` with a chosen scrypt work factor (`2^log_n`); tests use a small
/// one so they run fast. `None` lets `age` target about a second here.
pub(crate) fn protect_with(
    passphrase: &str,
    log_n: Option<u8>,
) -> Result<(Protection, Unlocked), SealError> {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let file = Zeroizing::new(format!(
        "# trustmend protection key (an age identity)\n# public key: {recipient}\n{}\n",
        identity.to_string().expose_secret()
    ));
    let mut scrypt = age::scrypt::Recipient::new(secret(passphrase));
    if let Some(log_n) = log_n.filter(|n| (1..64).contains(n)) {
        scrypt.set_work_factor(log_n);
    }
    let identity_sealed =
        age::encrypt_and_armor(&scrypt, file.as_bytes()).map_err(|e| SealError(e.to_string()))?;
    Ok((
        Protection {
            identity_sealed,
            recipient,
        },
        Unlocked {
            identity,
            passphrase: secret(passphrase),
        },
    ))
}

/// Unlock a partner's entries for this session: one passphrase derivation.
pub fn unlock(protection: &Protection, passphrase: &str) -> Result<Unlocked, UnlockError> {
    let scrypt = age::scrypt::Identity::new(secret(passphrase));
    let file = match age::decrypt(&scrypt, protection.identity_sealed.as_bytes()) {
        Ok(bytes) => Zeroizing::new(bytes),
        Err(age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys) => {
            return Err(UnlockError::WrongPassphrase);
        }
        Err(e) => return Err(UnlockError::Damaged(e.to_string())),
    };
    let text = std::str::from_utf8(&file)
        .map_err(|_| UnlockError::Damaged("the identity is not text".into()))?;
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .ok_or_else(|| UnlockError::Damaged("no key in the identity".into()))?;
    let identity = age::x25519::Identity::from_str(line)
        .map_err(|_| UnlockError::Damaged("the key is not an age identity".into()))?;
    if identity.to_public().to_string() != protection.recipient {
        return Err(UnlockError::Damaged(
            "the key does not match the recipient".into(),
        ));
    }
    Ok(Unlocked {
        identity,
        passphrase: secret(passphrase),
    })
}

/// Seal `text` to a partner's public recipient (no passphrase needed).
pub fn seal(recipient: &str, text: &str) -> Result<String, SealError> {
    let recipient = age::x25519::Recipient::from_str(recipient)
        .map_err(|e| SealError(format!("the stored recipient is not valid: {e}")))?;
    age::encrypt_and_armor(&recipient, text.as_bytes()).map_err(|e| SealError(e.to_string()))
}

impl Unlocked {
    /// The public recipient of this identity.
    pub fn recipient(&self) -> String {
        self.identity.to_public().to_string()
    }

    /// Open a sealed text: one sealed to this identity (fast), or one sealed
    /// with this partner's passphrase by `age -p` (takes a derivation).
    pub fn open(&self, sealed: &str) -> Result<String, OpenError> {
        let bytes = match age::decrypt(&self.identity, sealed.as_bytes()) {
            Ok(bytes) => bytes,
            // `age -p` files hold only a scrypt stanza, and `age` wants it alone.
            Err(age::DecryptError::NoMatchingKeys) => {
                let scrypt = age::scrypt::Identity::new(self.passphrase.clone());
                age::decrypt(&scrypt, sealed.as_bytes()).map_err(open_error)?
            }
            Err(e) => return Err(open_error(e)),
        };
        String::from_utf8(bytes).map_err(|e| {
            // Forget the bytes we could not use.
            drop(Zeroizing::new(e.into_bytes()));
            OpenError::NotText
        })
    }
}

fn open_error(e: age::DecryptError) -> OpenError {
    match e {
        age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed => {
            OpenError::NotForThisKey
        }
        other => OpenError::Damaged(other.to_string()),
    }
}

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}
