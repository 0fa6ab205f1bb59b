use std::time::Instant;

use super::*;

/// A small scrypt work factor keeps these tests fast; the format is the same.
const FAST: Option<u8> = Some(10);

#[test]
fn a_sealed_entry_opens_after_unlocking_with_the_passphrase() {
    let (protection, _) = protect_with("river stones", FAST).unwrap();
    let sealed = seal(&protection.recipient, "I was afraid to say it out loud.").unwrap();
    assert!(sealed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    assert!(!sealed.contains("afraid"));

    let unlocked = unlock(&protection, "river stones").unwrap();
    assert_eq!(
        unlocked.open(&sealed).unwrap(),
        "I was afraid to say it out loud."
    );
    assert_eq!(unlocked.recipient(), protection.recipient);
}

#[test]
fn the_identity_returned_by_protect_opens_entries_without_a_second_unlock() {
    let (protection, unlocked) = protect_with("river stones", FAST).unwrap();
    let sealed = seal(&protection.recipient, "première fois — 初めて").unwrap();
    assert_eq!(unlocked.open(&sealed).unwrap(), "première fois — 初めて");
}

#[test]
fn a_wrong_passphrase_is_refused_with_a_clear_error() {
    let (protection, _) = protect_with("river stones", FAST).unwrap();
    let err = unlock(&protection, "river stone").unwrap_err();
    assert_eq!(err, UnlockError::WrongPassphrase);
    assert_eq!(
        err.to_string(),
        "that passphrase does not unlock these entries"
    );
    assert_eq!(
        unlock(&protection, "").unwrap_err(),
        UnlockError::WrongPassphrase
    );
}

#[test]
fn one_partner_cannot_open_the_others_entries() {
    let (alex, _) = protect_with("alex's words", FAST).unwrap();
    let (_, sam) = protect_with("sam's words", FAST).unwrap();
    let sealed = seal(&alex.recipient, "only for Alex").unwrap();
    assert_eq!(sam.open(&sealed).unwrap_err(), OpenError::NotForThisKey);
}

#[test]
fn text_sealed_with_the_passphrase_itself_opens_too() {
    let (_, unlocked) = protect_with("river stones", FAST).unwrap();
    let mut scrypt = age::scrypt::Recipient::new(secret("river stones"));
    scrypt.set_work_factor(10);
    let sealed = age::encrypt_and_armor(&scrypt, b"written with age -p").unwrap();
    assert_eq!(unlocked.open(&sealed).unwrap(), "written with age -p");
}

#[test]
fn damaged_records_and_entries_say_so_instead_of_wrong_passphrase() {
    let (mut protection, unlocked) = protect_with("river stones", FAST).unwrap();
    let good = protection.clone();
    protection.identity_sealed = "not an age file".into();
    assert!(matches!(
        unlock(&protection, "river stones"),
        Err(UnlockError::Damaged(_))
    ));
    // A record whose recipient was swapped for someone else's is caught at unlock.
    let (other, _) = protect_with("x", FAST).unwrap();
    let swapped = Protection {
        recipient: other.recipient,
        ..good
    };
    assert!(matches!(
        unlock(&swapped, "river stones"),
        Err(UnlockError::Damaged(_))
    ));
    assert!(matches!(
        unlocked.open("garbage"),
        Err(OpenError::Damaged(_))
    ));
    assert!(seal("age1notarecipient", "x").is_err());
}

#[test]
fn nothing_secret_shows_in_debug_output() {
    let (protection, unlocked) = protect_with("river stones", FAST).unwrap();
    let shown = format!("{unlocked:?} {protection:?}");
    assert!(!shown.contains("river stones"));
    assert!(!shown.contains("AGE-SECRET-KEY"));
}

#[test]
fn the_store_file_never_holds_a_protected_entry_in_plain_text() {
    use crate::model::{Body, Entry, EntryKind, Role, Store, Visibility};
    let when = chrono::DateTime::parse_from_rfc3339("2026-01-02T10:00:00+00:00").unwrap();
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Repairing, when);
    let (protection, _) = protect_with("river stones", FAST).unwrap();
    let secret_text = "the night I finally told the whole truth";
    let id = store.fresh_id();
    store.entries.push(Entry {
        id,
        author: alex,
        kind: EntryKind::Free { strategy: None },
        heading: "What I could not say".into(),
        body: Body::Sealed(seal(&protection.recipient, secret_text).unwrap()),
        visibility: Visibility::Private,
        created: when,
        updated: when,
    });
    store.partner_mut(alex).unwrap().protection = Some(protection);

    let json = serde_json::to_string_pretty(&store).unwrap();
    assert!(json.contains("BEGIN AGE ENCRYPTED FILE"));
    for word in ["finally", "truth", "river stones", "AGE-SECRET-KEY"] {
        assert!(!json.contains(word), "store.json shows {word:?}");
    }
    // And it survives a save and load unchanged.
    let back: Store = serde_json::from_str(&json).unwrap();
    assert_eq!(back, store);
}

/// age's passphrase identity, as `age::scrypt::Identity::new` makes it on a
/// machine so busy that its timing allows only `2^max` of work.
fn busy_machine(max: u8) -> impl Fn(SecretString) -> age::scrypt::Identity {
    move |passphrase| {
        let mut identity = age::scrypt::Identity::new(passphrase);
        identity.set_max_work_factor(max);
        identity
    }
}

#[test]
fn the_right_passphrase_unlocks_however_busy_the_machine_is() {
    for written in [10, 12] {
        let (protection, _) = protect_with("river stones", Some(written)).unwrap();
        assert_eq!(work_factor(&protection.identity_sealed), Ok(Some(written)));
        for machine_max in [1, written - 1, written + 4] {
            // A wrong attempt first: it must change nothing the next one reads.
            let wrong = unlock_on(&protection, "river stone", busy_machine(machine_max));
            assert_eq!(wrong.unwrap_err(), UnlockError::WrongPassphrase);
            let unlocked = unlock_on(&protection, "river stones", busy_machine(machine_max))
                .unwrap_or_else(|e| panic!("written 2^{written}, machine 2^{machine_max}: {e}"));
            assert_eq!(unlocked.recipient(), protection.recipient);
        }
    }
}

#[test]
fn text_sealed_with_age_p_opens_on_a_busy_machine_too() {
    let (_, unlocked) = protect_with("river stones", FAST).unwrap();
    let mut scrypt = age::scrypt::Recipient::new(secret("river stones"));
    scrypt.set_work_factor(11);
    let sealed = age::encrypt_and_armor(&scrypt, b"written with age -p").unwrap();
    assert_eq!(
        unlocked.open_on(&sealed, busy_machine(2)).unwrap(),
        "written with age -p"
    );
}

/// Re-armor `sealed` with its scrypt stanza asking for `2^log_n` of work.
fn with_work_factor(sealed: &str, log_n: u8) -> String {
    use std::io::{Read, Write};
    let mut bytes = vec![];
    age::armor::ArmoredReader::new(sealed.as_bytes())
        .read_to_end(&mut bytes)
        .unwrap();
    let at = bytes.windows(10).position(|w| w == b"-> scrypt ").unwrap();
    let end = at + bytes[at..].iter().position(|b| *b == b'\n').unwrap();
    let line = String::from_utf8(bytes[at..end].to_vec()).unwrap();
    let (head, _) = line.rsplit_once(' ').unwrap();
    let mut out = bytes[..at].to_vec();
    out.extend_from_slice(format!("{head} {log_n}").as_bytes());
    out.extend_from_slice(&bytes[end..]);
    let mut armored = vec![];
    let mut w =
        age::armor::ArmoredWriter::wrap_output(&mut armored, age::armor::Format::AsciiArmor)
            .unwrap();
    w.write_all(&out).unwrap();
    w.finish().unwrap();
    String::from_utf8(armored).unwrap()
}

#[test]
fn a_record_asking_for_too_much_work_is_refused_without_being_called_damaged_or_wrong() {
    let (protection, _) = protect_with("river stones", FAST).unwrap();
    for log_n in [MAX_WORK_FACTOR + 1, 40, 63] {
        let greedy = Protection {
            identity_sealed: with_work_factor(&protection.identity_sealed, log_n),
            ..protection.clone()
        };
        assert_eq!(work_factor(&greedy.identity_sealed), Ok(Some(log_n)));
        let err = unlock(&greedy, "river stones").unwrap_err();
        assert_eq!(
            err,
            UnlockError::TooMuchWork {
                required: log_n,
                limit: MAX_WORK_FACTOR
            }
        );
        assert!(!err.to_string().contains("damaged"), "{err}");
    }
    // The untouched record still opens afterwards.
    assert!(unlock(&protection, "river stones").is_ok());
}

#[test]
fn an_unlock_can_run_on_another_thread() {
    fn send<T: Send + 'static>() {}
    send::<Protection>();
    send::<Unlocked>();
    send::<UnlockError>();
    let (protection, _) = protect_with("river stones", FAST).unwrap();
    let worker = std::thread::spawn(move || unlock(&protection, "river stones"));
    assert!(worker.join().unwrap().is_ok());
}

/// The real cost of an unlock at the default work factor (about a second, by
/// design); run with `cargo test --release --lib crypto -- --ignored --nocapture`.
#[test]
#[ignore = "slow by design: measures the default scrypt work factor"]
fn measure_default_unlock_time() {
    let start = Instant::now();
    let (protection, _) = protect("river stones").unwrap();
    let protect_time = start.elapsed();
    let start = Instant::now();
    let unlocked = unlock(&protection, "river stones").unwrap();
    let unlock_time = start.elapsed();
    let sealed = seal(&protection.recipient, "a journal entry").unwrap();
    let start = Instant::now();
    for _ in 0..100 {
        unlocked.open(&sealed).unwrap();
    }
    let open_time = start.elapsed() / 100;
    let start = Instant::now();
    for _ in 0..100 {
        seal(&protection.recipient, "a journal entry").unwrap();
    }
    let seal_time = start.elapsed() / 100;
    println!(
        "protect {protect_time:?}, unlock {unlock_time:?}, open {open_time:?}/entry, seal {seal_time:?}/entry"
    );
}

/// Issue 22, item 11: a forgotten passphrase is not the end. The recovery
/// key opens the record (typed in groups, in any case), a wrong one does
/// not, and a new passphrase then opens the same key.
#[test]
fn the_recovery_key_opens_the_record_and_a_new_passphrase_replaces_the_old() {
    let (mut protection, key) = protect_with("river stones", Some(10)).unwrap();
    let recovery = add_recovery(&mut protection, &key).unwrap();
    assert!(recovery.expose().starts_with("AGE-SECRET-KEY-1"));
    let sealed = seal(&protection.recipient, "what I could not say").unwrap();

    let grouped = crate::ui::group_recovery_key(recovery.expose()).to_lowercase();
    let opened = recover(&protection, &grouped).unwrap();
    assert_eq!(opened.open(&sealed).unwrap(), "what I could not say");
    let (other, other_key) = protect_with("someone else", Some(10)).unwrap();
    let mut other = other;
    let other_recovery = add_recovery(&mut other, &other_key).unwrap();
    assert_eq!(
        recover(&protection, other_recovery.expose()).err(),
        Some(UnlockError::WrongPassphrase)
    );
    assert_eq!(
        recover(&protection, "not a key at all").err(),
        Some(UnlockError::WrongPassphrase)
    );

    let renewed = with_new_passphrase(&protection, &opened, "a new morning", Some(10)).unwrap();
    assert_eq!(renewed.recipient, protection.recipient);
    assert_eq!(renewed.identity_recovery, protection.identity_recovery);
    let again = unlock(&renewed, "a new morning").unwrap();
    assert_eq!(again.open(&sealed).unwrap(), "what I could not say");
    assert_eq!(
        unlock(&renewed, "river stones").err(),
        Some(UnlockError::WrongPassphrase)
    );
}

#[test]
fn a_new_key_is_never_sealed_with_more_passphrase_work_than_a_small_laptop_can_give() {
    // Asked for 2^20 (1 GiB to unlock), trustmend writes 2^18 (256 MiB).
    let (protection, unlocked) = protect_with("river stones", Some(20)).unwrap();
    assert_eq!(
        work_factor(&protection.identity_sealed),
        Ok(Some(WRITE_WORK_FACTOR))
    );
    const { assert!(WRITE_WORK_FACTOR <= 18) };
    let again = unlock(&protection, "river stones").unwrap();
    assert_eq!(again.recipient(), unlocked.recipient());
}

/// An encrypted export written as the reports write it (pieces of text,
/// then a flush before the end), at sizes around each 64 KiB boundary
/// (age encrypts in 64 KiB chunks): every armor line is 64 columns but the
/// last, and it opens to exactly what was written.
#[test]
fn an_encrypted_export_opens_at_every_size_around_the_64_kib_chunks() {
    use std::io::Write as _;
    let identity = age::x25519::Identity::generate();
    let key = ExportKey::Recipients(vec![identity.to_public()]);
    let text: Vec<u8> = (0..5 * 65_536 + 200)
        .map(|i: usize| b"trust, slowly. "[i % 15])
        .collect();
    let mut sizes = vec![0, 1, 100, 40_000];
    for k in 1..=4 {
        let edge = k * 65_536;
        sizes.extend([
            edge - 17,
            edge - 1,
            edge,
            edge + 1,
            edge + 47,
            edge + 48,
            edge + 4_000,
        ]);
    }
    for size in sizes {
        for piece in [1_000, 65_536, 70_000] {
            let mut out = Vec::new();
            let mut sealed = SealedWriter::new(&key, &mut out).unwrap();
            for chunk in text[..size].chunks(piece) {
                sealed.write_all(chunk).unwrap();
            }
            // What `report::sink::Chunked::finish` does before the end.
            sealed.flush().unwrap();
            sealed.finish().unwrap();
            let armored = String::from_utf8(out).unwrap();
            let lines: Vec<&str> = armored.lines().collect();
            let body = &lines[1..lines.len() - 1];
            for (i, line) in body.iter().enumerate() {
                let full = i + 1 < body.len();
                assert!(
                    if full {
                        line.len() == 64
                    } else {
                        line.len() <= 64
                    },
                    "size {size}, pieces of {piece}: line {} is {} columns",
                    i + 2,
                    line.len()
                );
            }
            let back = age::decrypt(&identity, armored.as_bytes())
                .unwrap_or_else(|e| panic!("size {size}, pieces of {piece}: {e}"));
            assert!(back == text[..size], "size {size}, pieces of {piece}");
        }
    }
}

/// Sealed entries of a protected partner (written whole, never flushed
/// midway) open at every size around the 64 KiB chunks too.
#[test]
fn a_long_sealed_entry_opens_at_every_size_around_the_64_kib_chunks() {
    let (protection, unlocked) = protect_with("river stones", FAST).unwrap();
    for k in 1..=3 {
        for size in [k * 65_536 - 1, k * 65_536, k * 65_536 + 1, k * 65_536 + 49] {
            let text = "a".repeat(size);
            let sealed = seal(&protection.recipient, &text).unwrap();
            let lines: Vec<&str> = sealed.lines().collect();
            assert!(
                lines[1..lines.len() - 2].iter().all(|l| l.len() == 64),
                "size {size}"
            );
            assert_eq!(unlocked.open(&sealed).unwrap(), text, "size {size}");
        }
    }
}

/// Every way a sealed text or a record can be damaged, in our words.
const ALL_DAMAGE: [Damage; 15] = [
    Damage::NoRecoveryKey,
    Damage::IdentityNotText,
    Damage::NoKey,
    Damage::NotAnIdentity,
    Damage::KeyMismatch,
    Damage::NoPassphrase,
    Damage::NotAgeFile,
    Damage::NoWorkFactor,
    Damage::TooMuchWork(30),
    Damage::Header,
    Damage::Changed,
    Damage::Unreadable,
    Damage::NewerFormat,
    Damage::KeyInside,
    Damage::NotProtected,
];

/// Damaged texts and records are said in trustmend's own words, in the
/// language in use: never the encryption library's English inside a
/// notice (age's own messages, such as "Header MAC is invalid").
#[test]
fn damage_is_said_in_our_own_words_in_the_language() {
    use crate::i18n::{Lang, in_language};
    let (mut protection, unlocked) = protect_with("river stones", FAST).unwrap();
    let sealed = seal(&unlocked.recipient(), "a private thought").unwrap();
    // Damaged in several ways: cut short, a character changed in its
    // header, not armored at all.
    let lines: Vec<&str> = sealed.lines().collect();
    let cut = lines[..lines.len() - 2].join("\n");
    let mut flipped = lines.clone();
    let second: String = flipped[1]
        .chars()
        .enumerate()
        .map(|(i, c)| match (i, c) {
            (5, 'A') => 'B',
            (5, _) => 'A',
            _ => c,
        })
        .collect();
    flipped[1] = &second;
    let flipped = flipped.join("\n");
    let damaged = [cut.as_str(), flipped.as_str(), "garbage"];
    for lang in [Lang::EN, Lang::ES] {
        in_language(lang, || {
            let ours: Vec<String> = ALL_DAMAGE
                .iter()
                .map(|d| crate::t!("crypto-entry-damaged", why = d.said()))
                .collect();
            for text in damaged {
                let err = unlocked.open(text).unwrap_err();
                let said = err.to_string();
                assert!(
                    err == OpenError::NotForThisKey || ours.contains(&said),
                    "{lang:?}: {said:?} is not one of ours"
                );
            }
        });
    }
    let said = in_language(Lang::ES, || {
        ALL_DAMAGE
            .iter()
            .map(|d| d.said())
            .chain([
                UnlockError::WrongPassphrase.to_string(),
                OpenError::NotText.to_string(),
                OpenError::NotForThisKey.to_string(),
                seal("age1notarecipient", "x").unwrap_err().to_string(),
            ])
            .collect::<Vec<_>>()
    });
    for s in &said {
        for english in ["the ", " is ", " not ", "it ", "could", "header", "invalid"] {
            assert!(!s.contains(english), "{english:?} in {s:?}");
        }
    }
    protection.identity_sealed = "not an age file".into();
    let err = unlock(&protection, "river stones").unwrap_err();
    assert_eq!(err, UnlockError::Damaged(Damage::NotAgeFile));
    assert_eq!(
        in_language(Lang::ES, || err.to_string()),
        "la protección está dañada (no es un archivo de age); con ella no se pueden abrir las entradas"
    );
    assert_eq!(
        in_language(Lang::EN, || err.to_string()),
        "the protection record is damaged (it is not an age file); the entries cannot be unlocked from it"
    );
}
