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

pub mod armor;
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
    /// The same identity file sealed to the person's recovery key (a second
    /// `age` identity shown to them once when they protect, never stored),
    /// so a forgotten passphrase can be replaced. Absent for protection set
    /// up before recovery keys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_recovery: Option<String>,
}

/// A recovery key as shown to the person once: an `age` identity
/// (`AGE-SECRET-KEY-1…`), wiped from memory when dropped.
pub struct RecoveryKey(Zeroizing<String>);

impl RecoveryKey {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey(<secret>)")
    }
}

/// The identity file sealed inside a protection record.
fn identity_file(identity: &age::x25519::Identity) -> Zeroizing<String> {
    Zeroizing::new(format!(
        "# trustmend protection key (an age identity)\n# public key: {}\n{}\n",
        identity.to_public(),
        identity.to_string().expose_secret()
    ))
}

/// Give `protection` a recovery key for `key`'s identity: a fresh `age`
/// identity that the identity file is sealed to. Returns the key, to be
/// shown once and never stored.
pub fn add_recovery(protection: &mut Protection, key: &Unlocked) -> Result<RecoveryKey, SealError> {
    let recovery = age::x25519::Identity::generate();
    let file = identity_file(&key.identity);
    let sealed = age::encrypt_and_armor(&recovery.to_public(), file.as_bytes())
        .map_err(|_| SealError(SealWhy::Encrypt))?;
    protection.identity_recovery = Some(sealed);
    Ok(RecoveryKey(Zeroizing::new(
        recovery.to_string().expose_secret().to_string(),
    )))
}

/// Open a protection record with its recovery key instead of the passphrase
/// (fast: no passphrase work). Spaces and line breaks in what was typed are
/// ignored, and case too, so a key copied by hand in groups still works.
pub fn recover(protection: &Protection, typed: &str) -> Result<Unlocked, UnlockError> {
    let sealed = protection
        .identity_recovery
        .as_deref()
        .ok_or(UnlockError::Damaged(Damage::NoRecoveryKey))?;
    let compact: Zeroizing<String> = Zeroizing::new(
        typed
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_uppercase(),
    );
    let recovery =
        age::x25519::Identity::from_str(&compact).map_err(|_| UnlockError::WrongPassphrase)?;
    let file = match age::decrypt(&recovery, sealed.as_bytes()) {
        Ok(bytes) => Zeroizing::new(bytes),
        Err(age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed) => {
            return Err(UnlockError::WrongPassphrase);
        }
        Err(e) => return Err(UnlockError::Damaged(Damage::from(e))),
    };
    let identity = identity_in(&file, protection)?;
    Ok(Unlocked {
        identity,
        passphrase: secret(""),
    })
}

/// The identity in an opened identity file, checked against the record.
fn identity_in(file: &[u8], protection: &Protection) -> Result<age::x25519::Identity, UnlockError> {
    let text =
        std::str::from_utf8(file).map_err(|_| UnlockError::Damaged(Damage::IdentityNotText))?;
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .ok_or(UnlockError::Damaged(Damage::NoKey))?;
    let identity = age::x25519::Identity::from_str(line)
        .map_err(|_| UnlockError::Damaged(Damage::NotAnIdentity))?;
    if identity.to_public().to_string() != protection.recipient {
        return Err(UnlockError::Damaged(Damage::KeyMismatch));
    }
    Ok(identity)
}

/// `protection` with its identity sealed again under a new passphrase (after
/// a recovery): the same key, so every sealed record still opens.
pub(crate) fn with_new_passphrase(
    protection: &Protection,
    key: &Unlocked,
    passphrase: &str,
    log_n: Option<u8>,
) -> Result<Protection, SealError> {
    let (fresh, _) = seal_identity(key.identity.clone(), passphrase, log_n)?;
    Ok(Protection {
        identity_sealed: fresh.identity_sealed,
        recipient: protection.recipient.clone(),
        identity_recovery: protection.identity_recovery.clone(),
    })
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

/// The largest scrypt work factor (`2^22`, about 4 GiB of memory) trustmend
/// writes or accepts, the same bound the reference `age` implementation uses.
/// Anything above it was not written by trustmend, and trying it could take
/// minutes and all the memory of the machine.
pub const MAX_WORK_FACTOR: u8 = 22;

/// Why the sealed identity did not open. Nothing is changed by a failed
/// unlock, so the next attempt reads exactly what this one read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnlockError {
    #[error("{}", crate::t!("crypto-wrong-passphrase"))]
    WrongPassphrase,
    #[error("{}", too_much_work(.required, .limit))]
    TooMuchWork { required: u8, limit: u8 },
    #[error("{}", crate::t!("crypto-record-damaged", why = .0.said()))]
    Damaged(Damage),
}

fn too_much_work(required: &u8, limit: &u8) -> String {
    crate::t!(
        "crypto-too-much-work",
        required = u32::from(*required),
        limit = u32::from(*limit)
    )
}

/// Why a sealed text could not be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    #[error("{}", crate::t!("crypto-not-for-this-key"))]
    NotForThisKey,
    #[error("{}", crate::t!("crypto-entry-damaged", why = .0.said()))]
    Damaged(Damage),
    #[error("{}", crate::t!("crypto-not-text"))]
    NotText,
}

/// What is wrong with a sealed text or a protection record, in trustmend's
/// own words (from the catalogue, in the language in use): never the
/// encryption library's English inside a sentence of ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    /// The record has no recovery key to open it with.
    NoRecoveryKey,
    /// The opened identity is not text.
    IdentityNotText,
    /// The opened identity holds no key.
    NoKey,
    /// Its key is not an `age` identity.
    NotAnIdentity,
    /// Its key is not the one the record names.
    KeyMismatch,
    /// Not sealed with a passphrase.
    NoPassphrase,
    /// Not an `age` file at all.
    NotAgeFile,
    /// Its passphrase stanza names no usable work factor.
    NoWorkFactor,
    /// It asks for more passphrase work (2^n rounds) than trustmend accepts.
    TooMuchWork(u8),
    /// Its header is not a valid `age` header.
    Header,
    /// Its header's check does not match: changed or damaged since sealing.
    Changed,
    /// Reading it stopped part-way (cut short, or not readable).
    Unreadable,
    /// Written in a newer format of `age` than this trustmend reads.
    NewerFormat,
    /// The key inside it could not be opened.
    KeyInside,
    /// This person has no protection record.
    NotProtected,
}

impl Damage {
    /// In words, in the language in use.
    pub fn said(self) -> String {
        let (why, required) = match self {
            Damage::NoRecoveryKey => ("no-recovery-key", 0),
            Damage::IdentityNotText => ("identity-not-text", 0),
            Damage::NoKey => ("no-key", 0),
            Damage::NotAnIdentity => ("not-an-identity", 0),
            Damage::KeyMismatch => ("key-mismatch", 0),
            Damage::NoPassphrase => ("no-passphrase", 0),
            Damage::NotAgeFile => ("not-age", 0),
            Damage::NoWorkFactor => ("no-work-factor", 0),
            Damage::TooMuchWork(n) => ("too-much-work", n),
            Damage::Header => ("header", 0),
            Damage::Changed => ("changed", 0),
            Damage::Unreadable => ("unreadable", 0),
            Damage::NewerFormat => ("newer", 0),
            Damage::KeyInside => ("key-inside", 0),
            Damage::NotProtected => ("not-protected", 0),
        };
        crate::t!("crypto-damage", why = why, required = u32::from(required))
    }
}

/// What `age` says went wrong, as our own kind of damage. Never formats
/// age's error: its messages are English, and its message for
/// `ExcessiveWork` can overflow (and panic) when the factor is below what
/// the machine measured.
impl From<age::DecryptError> for Damage {
    fn from(e: age::DecryptError) -> Damage {
        match e {
            age::DecryptError::ExcessiveWork { required, .. } => Damage::TooMuchWork(required),
            age::DecryptError::InvalidHeader => Damage::Header,
            age::DecryptError::InvalidMac => Damage::Changed,
            age::DecryptError::Io(_) => Damage::Unreadable,
            age::DecryptError::UnknownFormat => Damage::NewerFormat,
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                Damage::KeyInside
            }
            _ => Damage::KeyInside,
        }
    }
}

/// Sealing failed (only if the recipient stored in a record is damaged).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("crypto-seal-failed", why = self.0.said()))]
pub struct SealError(SealWhy);

/// Why sealing failed, in our own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SealWhy {
    /// The recipient stored in the record is not a valid one.
    Recipient,
    /// The encryption itself failed.
    Encrypt,
    /// The record could not be written out to be sealed.
    Record,
}

impl SealWhy {
    fn said(self) -> String {
        let why = match self {
            SealWhy::Recipient => "recipient",
            SealWhy::Encrypt => "encrypt",
            SealWhy::Record => "record",
        };
        crate::t!("crypto-seal-why", why = why)
    }
}

impl SealError {
    /// A record that could not be written out to be sealed.
    pub(crate) fn record() -> SealError {
        SealError(SealWhy::Record)
    }
}

/// Whether a text is sealed: an ASCII-armored `age` file (a draft has no
/// `Body` to say so; a sealed record's text is one).
pub fn is_sealed(text: &str) -> bool {
    text.trim_start().starts_with(armor::BEGIN)
}

/// Start protecting: a fresh identity, sealed with `passphrase`. Returns the
/// record to store and the identity already unlocked (no second derivation).
pub fn protect(passphrase: &str) -> Result<(Protection, Unlocked), SealError> {
    protect_with(passphrase, None)
}

/// The largest scrypt work factor (`log2 N`) trustmend seals a new key
/// with: 18, the factor the reference `age` uses for passphrases (a slower
/// machine gets less, so that unlocking stays about a second). scrypt needs
/// `128 × 8 × 2^N` bytes of memory to unlock, so 18 is 256 MiB, where the
/// second `age` would otherwise aim for on a fast machine (20 or more) is
/// 1 GiB or more, too much for a small laptop to give at once. A record
/// written with a larger factor (by an earlier trustmend) is still read
/// with the factor it names, up to [`MAX_WORK_FACTOR`].
pub const WRITE_WORK_FACTOR: u8 = 18;

/// `protect` with a chosen scrypt work factor (`2^log_n`, at most
/// [`WRITE_WORK_FACTOR`]); tests use a small one so they run fast. `None`
/// aims for about a second on this machine, up to [`WRITE_WORK_FACTOR`].
pub(crate) fn protect_with(
    passphrase: &str,
    log_n: Option<u8>,
) -> Result<(Protection, Unlocked), SealError> {
    seal_identity(age::x25519::Identity::generate(), passphrase, log_n)
}

/// `identity` sealed with `passphrase`: the record, and the key unlocked.
fn seal_identity(
    identity: age::x25519::Identity,
    passphrase: &str,
    log_n: Option<u8>,
) -> Result<(Protection, Unlocked), SealError> {
    let recipient = identity.to_public().to_string();
    let file = identity_file(&identity);
    let seal_with = |log_n: u8| {
        let mut scrypt = age::scrypt::Recipient::new(secret(passphrase));
        scrypt.set_work_factor(log_n.clamp(1, WRITE_WORK_FACTOR));
        age::encrypt_and_armor(&scrypt, file.as_bytes()).map_err(|_| SealError(SealWhy::Encrypt))
    };
    let log_n = if let Some(n) = log_n {
        n
    } else {
        // About a second on this machine, as `age` aims for, but never
        // more than WRITE_WORK_FACTOR: timed at 2^PROBE (a few
        // milliseconds), each step up doubling the time.
        const PROBE: u8 = 12;
        let started = std::time::Instant::now();
        seal_with(PROBE)?;
        let took = started.elapsed().as_secs_f64().max(1e-6);
        let steps = (1.0 / took).log2().floor().clamp(0.0, 32.0);
        PROBE.saturating_add(steps as u8)
    };
    let identity_sealed = seal_with(log_n)?;
    Ok((
        Protection {
            identity_sealed,
            recipient,
            identity_recovery: None,
        },
        Unlocked {
            identity,
            passphrase: secret(passphrase),
        },
    ))
}

/// Unlock a partner's entries for this session: one passphrase derivation
/// (about a second, at the work factor the record was written with).
///
/// Pure apart from the CPU time: it reads only its arguments and changes
/// nothing, and all its types are `Send`, so it may run on a worker thread
/// with a clone of the `Protection`.
pub fn unlock(protection: &Protection, passphrase: &str) -> Result<Unlocked, UnlockError> {
    unlock_on(protection, passphrase, age::scrypt::Identity::new)
}

/// `unlock`, with age's passphrase identity made by `machine`. age's own
/// constructor caps the work factor by timing the machine, so a busy machine
/// refuses the factor trustmend chose on a quiet one; the cap is set here
/// from the factor the record itself names instead. Tests pass a `machine`
/// that times as a very busy one would.
pub(crate) fn unlock_on(
    protection: &Protection,
    passphrase: &str,
    machine: impl FnOnce(SecretString) -> age::scrypt::Identity,
) -> Result<Unlocked, UnlockError> {
    let sealed = protection.identity_sealed.as_bytes();
    let scrypt = passphrase_identity(sealed, secret(passphrase), machine)?
        .ok_or(UnlockError::Damaged(Damage::NoPassphrase))?;
    let file = match age::decrypt(&scrypt, sealed) {
        Ok(bytes) => Zeroizing::new(bytes),
        // The passphrase-derived key did not open the file key.
        Err(age::DecryptError::DecryptionFailed) => return Err(UnlockError::WrongPassphrase),
        // Never formatted (see `Damage::from`).
        Err(age::DecryptError::ExcessiveWork { required, .. }) => {
            return Err(UnlockError::TooMuchWork {
                required,
                limit: MAX_WORK_FACTOR,
            });
        }
        Err(age::DecryptError::NoMatchingKeys) => {
            return Err(UnlockError::Damaged(Damage::NoPassphrase));
        }
        Err(e) => return Err(UnlockError::Damaged(Damage::from(e))),
    };
    let identity = identity_in(&file, protection)?;
    Ok(Unlocked {
        identity,
        passphrase: secret(passphrase),
    })
}

/// Seal `text` to a partner's public recipient (no passphrase needed).
pub fn seal(recipient: &str, text: &str) -> Result<String, SealError> {
    let recipient =
        age::x25519::Recipient::from_str(recipient).map_err(|_| SealError(SealWhy::Recipient))?;
    age::encrypt_and_armor(&recipient, text.as_bytes()).map_err(|_| SealError(SealWhy::Encrypt))
}

impl Unlocked {
    /// The public recipient of this identity.
    pub fn recipient(&self) -> String {
        self.identity.to_public().to_string()
    }

    /// Open a sealed text: one sealed to this identity (fast), or one sealed
    /// with this partner's passphrase by `age -p` (takes a derivation).
    pub fn open(&self, sealed: &str) -> Result<String, OpenError> {
        self.open_on(sealed, age::scrypt::Identity::new)
    }

    /// `open`, with age's passphrase identity made by `machine` (see `unlock_on`).
    pub(crate) fn open_on(
        &self,
        sealed: &str,
        machine: impl FnOnce(SecretString) -> age::scrypt::Identity,
    ) -> Result<String, OpenError> {
        let bytes = match age::decrypt(&self.identity, sealed.as_bytes()) {
            Ok(bytes) => bytes,
            // `age -p` files hold only a scrypt stanza, and `age` wants it alone.
            Err(age::DecryptError::NoMatchingKeys) => {
                let scrypt = match passphrase_identity(
                    sealed.as_bytes(),
                    self.passphrase.clone(),
                    machine,
                ) {
                    Ok(Some(scrypt)) => scrypt,
                    // Sealed to someone else's key, not to a passphrase.
                    Ok(None) => return Err(OpenError::NotForThisKey),
                    Err(UnlockError::TooMuchWork { required, .. }) => {
                        return Err(OpenError::Damaged(Damage::TooMuchWork(required)));
                    }
                    Err(UnlockError::Damaged(d)) => return Err(OpenError::Damaged(d)),
                    Err(UnlockError::WrongPassphrase) => return Err(OpenError::NotForThisKey),
                };
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
        other => OpenError::Damaged(Damage::from(other)),
    }
}

/// age's passphrase identity for `sealed`, accepting exactly the work factor
/// its scrypt stanza names (up to `MAX_WORK_FACTOR`), whatever `machine`
/// measured; `None` if it is not sealed with a passphrase at all.
fn passphrase_identity(
    sealed: &[u8],
    passphrase: SecretString,
    machine: impl FnOnce(SecretString) -> age::scrypt::Identity,
) -> Result<Option<age::scrypt::Identity>, UnlockError> {
    let Some(required) = work_factor_of(sealed)? else {
        return Ok(None);
    };
    if required > MAX_WORK_FACTOR {
        return Err(UnlockError::TooMuchWork {
            required,
            limit: MAX_WORK_FACTOR,
        });
    }
    let mut identity = machine(passphrase);
    identity.set_max_work_factor(required);
    Ok(Some(identity))
}

/// The scrypt work factor (`log2 N`) an `age` file sealed with a passphrase
/// was written with, read from its header (armored or not); `None` for a
/// file sealed to keys only.
#[cfg(test)]
pub(crate) fn work_factor(sealed: &str) -> Result<Option<u8>, UnlockError> {
    work_factor_of(sealed.as_bytes())
}

fn work_factor_of(sealed: &[u8]) -> Result<Option<u8>, UnlockError> {
    use std::io::Read;
    let damaged = |why: Damage| UnlockError::Damaged(why);
    // The header is text and ends at the line starting "--- " (its MAC);
    // only its first few kilobytes are read, never the whole payload.
    let mut header = Vec::new();
    let mut reader = age::armor::ArmoredReader::new(sealed).take(4096);
    reader
        .read_to_end(&mut header)
        .map_err(|_| damaged(Damage::NotAgeFile))?;
    let text = String::from_utf8_lossy(&header);
    let mut lines = text.lines();
    if lines.next() != Some("age-encryption.org/v1") {
        return Err(damaged(Damage::NotAgeFile));
    }
    let Some(stanza) = lines
        .take_while(|line| !line.starts_with("--- "))
        .find_map(|line| line.strip_prefix("-> scrypt "))
    else {
        return Ok(None);
    };
    stanza
        .split(' ')
        .nth(1)
        .and_then(|n| n.parse::<u8>().ok())
        .filter(|n| (1..64).contains(n))
        .map(Some)
        .ok_or(damaged(Damage::NoWorkFactor))
}

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

/// Who can open an encrypted export: people holding one of these `age`
/// keys, or anyone with this passphrase (`age -d` asks for it).
pub enum ExportKey {
    Recipients(Vec<age::x25519::Recipient>),
    Passphrase(SecretString),
}

impl fmt::Debug for ExportKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportKey::Recipients(r) => write!(f, "Recipients({})", r.len()),
            ExportKey::Passphrase(_) => f.write_str("Passphrase(<secret>)"),
        }
    }
}

/// Why a recipient given for an export cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecipientError {
    #[error(
        "{0:?} is not an age recipient; a recipient is the public key, one line starting age1 (`age-keygen -y KEYFILE` prints it)"
    )]
    NotARecipient(String),
    /// Never repeats the key itself.
    #[error(
        "that is a secret key, not a recipient: give its public key (age1…, printed by `age-keygen -y KEYFILE`), and keep the secret one to yourself"
    )]
    SecretKey,
}

impl ExportKey {
    /// One line of `--encrypt-to` (or of a recipients file): an `age1…`
    /// recipient.
    pub fn recipient(line: &str) -> Result<age::x25519::Recipient, RecipientError> {
        let line = line.trim();
        if line.to_ascii_uppercase().starts_with("AGE-SECRET-KEY-") {
            return Err(RecipientError::SecretKey);
        }
        age::x25519::Recipient::from_str(line)
            .map_err(|_| RecipientError::NotARecipient(line.to_string()))
    }

    /// A passphrase key; an empty passphrase is refused by the caller.
    pub fn passphrase(passphrase: SecretString) -> ExportKey {
        ExportKey::Passphrase(passphrase)
    }
}

/// Writes an ASCII-armored `age` file into `out`: everything written to it is
/// encrypted as it goes (no second copy of the report in memory), and
/// [`SealedWriter::finish`] writes the end. The armor is trustmend's own
/// ([`armor::Armor`]): it may be flushed at any moment, as the reports do,
/// without changing a line of it.
pub struct SealedWriter<'a>(age::stream::StreamWriter<armor::Armor<&'a mut dyn std::io::Write>>);

impl<'a> SealedWriter<'a> {
    pub fn new(key: &ExportKey, out: &'a mut dyn std::io::Write) -> std::io::Result<Self> {
        let encryptor = match key {
            ExportKey::Recipients(recipients) => {
                age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            }
            ExportKey::Passphrase(passphrase) => {
                Ok(age::Encryptor::with_user_passphrase(passphrase.clone()))
            }
        }
        .map_err(std::io::Error::other)?;
        encryptor
            .wrap_output(armor::Armor::new(out))
            .map(SealedWriter)
    }

    /// Ends the encrypted stream and the armor.
    pub fn finish(self) -> std::io::Result<()> {
        self.0.finish()?.finish().map(drop)
    }
}

impl std::io::Write for SealedWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}
