//! trustmend's protected entries and the standard `age` command-line tool
//! (Debian package `age`, installed by `.ci/run`) understand each other, so a
//! partner can recover their words if trustmend is ever gone.
//!
//! `age` reads passphrases only from a terminal, so it runs in a pseudo-terminal.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use trustmend::crypto;

const PASSPHRASE: &str = "lanterns on the water";

fn age_cli() -> &'static str {
    let found = Command::new("age").arg("--version").output();
    assert!(
        found.is_ok_and(|o| o.status.success()),
        "the `age` command is needed for this test: apt-get install -y age"
    );
    "age"
}

/// Run `age args` in a pseudo-terminal, typing `passphrase` at each prompt
/// that asks for one (`prompts` of them). Returns whether it succeeded and
/// what it printed to the terminal.
fn age_in_pty(dir: &Path, args: &[&str], passphrase: &str, prompts: usize) -> (bool, String) {
    in_pty(age_cli(), dir, args, &vec![passphrase; prompts])
}

/// trustmend in a pseudo-terminal, typing each of `answers` at a prompt
/// that asks for a passphrase.
fn in_pty_answers(dir: &Path, args: &[&str], answers: &[&str]) -> (bool, String) {
    in_pty(BIN, dir, args, answers)
}

/// `program args` in a pseudo-terminal, as [`age_in_pty`], typing
/// `answers` in turn; trustmend's data folder is `dir`.
fn in_pty(program: &str, dir: &Path, args: &[&str], answers: &[&str]) -> (bool, String) {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    cmd.cwd(dir);
    cmd.env("TRUSTMEND_DATA_DIR", dir);
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let seen = Arc::new(Mutex::new(String::new()));
    let mut reader = pair.master.try_clone_reader().unwrap();
    let sink = Arc::clone(&seen);
    thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    let mut writer = pair.master.take_writer().unwrap();
    let start = Instant::now();
    let mut answered = 0;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            thread::sleep(Duration::from_millis(100));
            return (status.success(), seen.lock().unwrap().clone());
        }
        let asked = seen.lock().unwrap().matches("passphrase").count();
        if answered < answers.len() && asked > answered {
            thread::sleep(Duration::from_millis(100));
            writer.write_all(answers[answered].as_bytes()).unwrap();
            writer.write_all(b"\r").unwrap();
            writer.flush().unwrap();
            answered += 1;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "age did not finish: {}",
            seen.lock().unwrap()
        );
        thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_protected_entry_is_recovered_with_the_age_command_and_the_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (protection, _) = crypto::protect(PASSPHRASE).unwrap();
    let entry = "What I want you to know: I am still here, and I am trying.";
    let sealed = crypto::seal(&protection.recipient, entry).unwrap();
    std::fs::write(dir.path().join("identity.age"), &protection.identity_sealed).unwrap();
    std::fs::write(dir.path().join("entry.age"), &sealed).unwrap();

    // Step 1: the identity, with the passphrase typed at age's prompt.
    let (ok, screen) = age_in_pty(
        dir.path(),
        &["-d", "-o", "identity.txt", "identity.age"],
        PASSPHRASE,
        1,
    );
    assert!(ok, "age -d of the identity failed: {screen}");
    let identity = std::fs::read_to_string(dir.path().join("identity.txt")).unwrap();
    assert!(identity.contains("AGE-SECRET-KEY-1"));
    assert!(identity.contains(&protection.recipient));

    // Step 2: the entry, with that identity file.
    let out = Command::new(age_cli())
        .args(["-d", "-i", "identity.txt", "entry.age"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), entry);
}

#[test]
fn the_age_command_refuses_the_identity_with_a_wrong_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (protection, _) = crypto::protect(PASSPHRASE).unwrap();
    std::fs::write(dir.path().join("identity.age"), &protection.identity_sealed).unwrap();
    let (ok, _) = age_in_pty(
        dir.path(),
        &["-d", "-o", "identity.txt", "identity.age"],
        "not the passphrase",
        1,
    );
    assert!(!ok);
    assert!(
        !dir.path().join("identity.txt").exists() || {
            std::fs::read_to_string(dir.path().join("identity.txt"))
                .unwrap()
                .is_empty()
        }
    );
}

#[test]
fn text_encrypted_with_age_p_opens_in_trustmend_with_the_same_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let words = "Written outside trustmend, on a hard day.\nSecond line.";
    std::fs::write(dir.path().join("note.txt"), words).unwrap();
    // `age -p` asks twice: the passphrase, then to confirm it.
    let (ok, screen) = age_in_pty(
        dir.path(),
        &["-p", "-a", "-o", "note.age", "note.txt"],
        PASSPHRASE,
        2,
    );
    assert!(ok, "age -p failed: {screen}");
    let sealed = std::fs::read_to_string(dir.path().join("note.age")).unwrap();
    assert!(sealed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));

    let (protection, _) = crypto::protect(PASSPHRASE).unwrap();
    let unlocked = crypto::unlock(&protection, PASSPHRASE).unwrap();
    assert_eq!(unlocked.open(&sealed).unwrap(), words);
    // Someone else's passphrase does not open it.
    let (other, _) = crypto::protect("another person entirely").unwrap();
    let other = crypto::unlock(&other, "another person entirely").unwrap();
    assert!(other.open(&sealed).is_err());
}

const BIN: &str = env!("CARGO_BIN_EXE_trustmend");

/// One person with a private entry, as `trustmend export` reads it.
fn workbook() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("store.json"),
        r#"{
  "schema_version": 1,
  "partners": [
    {"id": 1, "name": "Alex", "role": "hurt", "created": "2026-03-01T09:00:00+01:00"}
  ],
  "entries": [
    {"id": 1, "author": 1, "kind": "free", "heading": "For our session", "body": {"text": "ALEX-PRIVATE-WORDS"},
     "visibility": "private", "created": "2026-03-01T10:00:00+01:00", "updated": "2026-03-01T10:00:00+01:00"}
  ],
  "next_id": 2
}
"#,
    )
    .unwrap();
    dir
}

fn trustmend(dir: &Path, args: &[&str], stdin: &str) -> std::process::Output {
    let mut cmd = crate::common::command();
    cmd.args(args)
        .current_dir(dir)
        .env("TRUSTMEND_DATA_DIR", dir);
    crate::common::fed(cmd, stdin)
}

fn age_decrypt_with(dir: &Path, identity: &str, file: &str) -> String {
    let out = Command::new(age_cli())
        .args(["-d", "-i", identity, file])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "age -d -i {identity} {file}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn keygen(dir: &Path, name: &str) -> String {
    let identity = age::x25519::Identity::generate();
    use age::secrecy::ExposeSecret as _;
    std::fs::write(
        dir.join(name),
        format!("{}\n", identity.to_string().expose_secret()),
    )
    .unwrap();
    identity.to_public().to_string()
}

#[test]
fn an_export_encrypted_to_a_recipient_opens_with_the_age_command_and_its_key() {
    let dir = workbook();
    let therapist = keygen(dir.path(), "therapist.key");
    for format in ["markdown", "html", "json"] {
        let file = format!("report.{format}.age");
        let out = trustmend(
            dir.path(),
            &[
                "export",
                "--format",
                format,
                "--encrypt-to",
                &therapist,
                "-o",
                &file,
            ],
            "",
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let sealed = std::fs::read_to_string(dir.path().join(&file)).unwrap();
        assert!(
            sealed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"),
            "{sealed}"
        );
        assert!(!sealed.contains("ALEX-PRIVATE-WORDS"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(dir.path().join(&file))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let report = age_decrypt_with(dir.path(), "therapist.key", &file);
        assert!(report.contains("ALEX-PRIVATE-WORDS"), "{format}: {report}");
    }
    // To standard output too.
    let out = trustmend(dir.path(), &["export", "--encrypt-to", &therapist], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(dir.path().join("stdout.age"), &out.stdout).unwrap();
    assert!(
        age_decrypt_with(dir.path(), "therapist.key", "stdout.age").contains("ALEX-PRIVATE-WORDS")
    );
}

#[test]
fn a_file_of_recipients_lets_each_of_them_open_the_export() {
    let dir = workbook();
    let lee = keygen(dir.path(), "lee.key");
    let rivera = keygen(dir.path(), "rivera.key");
    std::fs::write(
        dir.path().join("recipients.txt"),
        format!("# the practice\n{lee}\n\n  {rivera}  \n"),
    )
    .unwrap();
    let out = trustmend(
        dir.path(),
        &[
            "export",
            "--encrypt-to",
            "recipients.txt",
            "-o",
            "report.age",
        ],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for key in ["lee.key", "rivera.key"] {
        assert!(age_decrypt_with(dir.path(), key, "report.age").contains("ALEX-PRIVATE-WORDS"));
    }
}

#[test]
fn a_recipient_that_is_not_one_is_refused_before_anything_is_written() {
    let dir = workbook();
    std::fs::write(dir.path().join("bad.txt"), "age1valid-looking-but-not\n").unwrap();
    for (value, says) in [
        ("age1nope", "is not an age recipient"),
        (
            "no-such-file.txt",
            "neither an age recipient (age1…) nor a file",
        ),
        ("bad.txt", "bad.txt:1:"),
        ("AGE-SECRET-KEY-1QQQ", "a secret key"),
    ] {
        let out = trustmend(
            dir.path(),
            &["export", "--encrypt-to", value, "-o", "report.age"],
            "",
        );
        assert!(!out.status.success(), "{value}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{value}: {err}");
        assert!(
            !err.contains("AGE-SECRET-KEY-1QQQ"),
            "a secret is repeated back: {err}"
        );
        assert!(!dir.path().join("report.age").exists(), "{value}");
    }
}

#[test]
fn an_export_with_a_passphrase_from_stdin_opens_with_age_and_that_passphrase() {
    let dir = workbook();
    let out = trustmend(
        dir.path(),
        &[
            "export",
            "--format",
            "html",
            "--passphrase",
            "-o",
            "report.age",
        ],
        &format!("{PASSPHRASE}\n"),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sealed = std::fs::read_to_string(dir.path().join("report.age")).unwrap();
    assert!(!sealed.contains("ALEX-PRIVATE-WORDS"));
    let (ok, screen) = age_in_pty(
        dir.path(),
        &["-d", "-o", "report.html", "report.age"],
        PASSPHRASE,
        1,
    );
    assert!(ok, "{screen}");
    let html = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    assert!(html.contains("ALEX-PRIVATE-WORDS"));

    // An empty passphrase is refused, and nothing is written.
    let out = trustmend(
        dir.path(),
        &["export", "--passphrase", "-o", "empty.age"],
        "\n",
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty"));
    assert!(!dir.path().join("empty.age").exists());
}

#[test]
fn an_export_with_a_passphrase_typed_at_the_terminal_is_not_echoed_and_opens_with_age() {
    let dir = workbook();
    let (ok, screen) = in_pty_answers(
        dir.path(),
        &["export", "--passphrase", "-o", "report.age"],
        &[PASSPHRASE, PASSPHRASE],
    );
    assert!(ok, "{screen}");
    assert!(
        !screen.contains(PASSPHRASE),
        "the passphrase was shown: {screen}"
    );
    let (ok, screen) = age_in_pty(
        dir.path(),
        &["-d", "-o", "report.md", "report.age"],
        PASSPHRASE,
        1,
    );
    assert!(ok, "{screen}");
    assert!(
        std::fs::read_to_string(dir.path().join("report.md"))
            .unwrap()
            .contains("ALEX-PRIVATE-WORDS")
    );

    // Two different passphrases: nothing is written.
    let (ok, screen) = in_pty_answers(
        dir.path(),
        &["export", "--passphrase", "-o", "differ.age"],
        &[PASSPHRASE, "something else"],
    );
    assert!(!ok);
    assert!(screen.contains("differ"), "{screen}");
    assert!(!dir.path().join("differ.age").exists());
}

/// Issue 22: a protected person's records are sealed whole, and the `age`
/// command opens them with the passphrase or with the recovery key (shown
/// once when protecting): an entry with its title and words, and the
/// person's own record with their commitments.
#[test]
fn a_whole_sealed_record_opens_with_age_by_passphrase_and_by_recovery_key() {
    use trustmend::model::{Body, Entry, EntryKind, Role, Store, Visibility};
    let dir = tempfile::tempdir().unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+00:00").unwrap();
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, now);
    let id = store.fresh_id();
    store.entries.push(Entry {
        id,
        author: alex,
        kind: EntryKind::Free { strategy: None },
        heading: "THE-NIGHT-I-FOUND-OUT".into(),
        body: Body::Text("I am still here, and I am trying.".into()),
        visibility: Visibility::Private,
        created: now,
        updated: now,
    });
    store.partners[0].move_on.insert("gut-feeling".into());
    let (_, recovery) = trustmend::vault::protect_partner(&mut store, alex, PASSPHRASE).unwrap();
    let disk = trustmend::vault::Sealer::default()
        .store_for_disk(&store)
        .unwrap()
        .into_owned();
    let protection = disk.partners[0].protection.clone().unwrap();
    let Body::Sealed(entry) = &disk.entries[0].body else {
        panic!("the entry is not sealed");
    };
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write("identity.age", &protection.identity_sealed);
    write(
        "recovery.age",
        protection.identity_recovery.as_deref().unwrap(),
    );
    write("recovery.txt", &format!("{}\n", recovery.expose()));
    write("entry.age", entry);
    write("profile.age", disk.partners[0].sealed.as_deref().unwrap());
    let age = |args: &[&str]| {
        let out = Command::new(age_cli())
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "age {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    // By the recovery key.
    age(&[
        "-d",
        "-i",
        "recovery.txt",
        "-o",
        "identity-r.txt",
        "recovery.age",
    ]);
    let opened = age(&["-d", "-i", "identity-r.txt", "entry.age"]);
    assert!(
        opened.starts_with("trustmend sealed record 1\n"),
        "{opened}"
    );
    assert!(opened.contains("THE-NIGHT-I-FOUND-OUT"), "{opened}");
    assert!(opened.contains("I am still here"), "{opened}");
    assert!(age(&["-d", "-i", "identity-r.txt", "profile.age"]).contains("gut-feeling"));
    // By the passphrase, typed at age's prompt.
    let (ok, screen) = age_in_pty(
        dir.path(),
        &["-d", "-o", "identity-p.txt", "identity.age"],
        PASSPHRASE,
        1,
    );
    assert!(ok, "{screen}");
    assert_eq!(age(&["-d", "-i", "identity-p.txt", "entry.age"]), opened);
}

/// A data folder holding a generated journal of `n` entries
/// (`trustmend::synthetic`), saved as the app saves it.
fn generated(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let content = trustmend::content::Content::bundled().unwrap();
    let mut store = trustmend::synthetic::store(&content, n);
    trustmend::store::DataDir::at(dir.path().to_path_buf())
        .save_store(&mut store)
        .unwrap();
    dir
}

/// The same moment for every export of a test, so the plain and the
/// decrypted report can be compared byte for byte.
const EPOCH: &str = "1772352000";

fn export(dir: &Path, args: &[&str], stdin: &str) {
    let mut all = vec!["--profile", "Alex", "export"];
    all.extend_from_slice(args);
    let mut child = crate::common::command()
        .args(&all)
        .current_dir(dir)
        .env("TRUSTMEND_DATA_DIR", dir)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "export {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Exports of a generated journal of each size, in each format, encrypted
/// to a key and with a passphrase, open with the `age` command to exactly
/// the plain export.
fn encrypted_exports_open_with_age(sizes: &[usize]) {
    for &n in sizes {
        let dir = generated(n);
        let key = keygen(dir.path(), "therapist.key");
        for format in ["markdown", "html", "json"] {
            export(
                dir.path(),
                &["--format", format, "-o", &format!("{format}.plain")],
                "",
            );
            let plain = std::fs::read(dir.path().join(format!("{format}.plain"))).unwrap();
            let to_key = format!("{format}.key.age");
            export(
                dir.path(),
                &["--format", format, "--encrypt-to", &key, "-o", &to_key],
                "",
            );
            let opened = age_decrypt_with(dir.path(), "therapist.key", &to_key);
            assert!(
                opened.as_bytes() == plain,
                "{n} entries, {format}, --encrypt-to: not the plain export ({} bytes, plain {})",
                opened.len(),
                plain.len()
            );
            let with_passphrase = format!("{format}.pass.age");
            export(
                dir.path(),
                &["--format", format, "--passphrase", "-o", &with_passphrase],
                &format!("{PASSPHRASE}\n"),
            );
            let opened_file = format!("{format}.pass.opened");
            let (ok, screen) = age_in_pty(
                dir.path(),
                &["-d", "-o", &opened_file, &with_passphrase],
                PASSPHRASE,
                1,
            );
            assert!(ok, "{n} entries, {format}, --passphrase: {screen}");
            let opened = std::fs::read(dir.path().join(&opened_file)).unwrap();
            assert!(
                opened == plain,
                "{n} entries, {format}, --passphrase: not the plain export ({} bytes, plain {})",
                opened.len(),
                plain.len()
            );
        }
    }
}

/// 100 entries make a report just past 64 KiB, where the armor once broke.
#[test]
fn encrypted_exports_of_100_200_and_500_entries_open_with_age_byte_for_byte() {
    encrypted_exports_open_with_age(&[100, 200, 500]);
}

/// Long: cargo test --locked --test all -- --ignored `age_interop::encrypted_exports_of_1000`
#[test]
#[ignore = "minutes: encrypts and decrypts 11,000 entries with the age tool"]
fn encrypted_exports_of_1000_and_10000_entries_open_with_age_byte_for_byte() {
    encrypted_exports_open_with_age(&[1_000, 10_000]);
}

/// A protected partner's long entry (200 KB, past three of age's 64 KiB
/// chunks) is sealed as the journal seals it and opens with `age -d`, the
/// identity first with the passphrase.
#[test]
fn a_protected_partners_200_kb_entry_opens_with_age_and_the_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (protection, _) = crypto::protect(PASSPHRASE).unwrap();
    let entry: String = (0..200_000)
        .map(|i| ['w', 'o', 'r', 'd', 's', ' ', 'é', '\n'][i % 8])
        .collect();
    let sealed = crypto::seal(&protection.recipient, &entry).unwrap();
    std::fs::write(dir.path().join("identity.age"), &protection.identity_sealed).unwrap();
    std::fs::write(dir.path().join("entry.age"), &sealed).unwrap();
    let (ok, screen) = age_in_pty(
        dir.path(),
        &["-d", "-o", "identity.txt", "identity.age"],
        PASSPHRASE,
        1,
    );
    assert!(ok, "age -d of the identity failed: {screen}");
    assert_eq!(
        age_decrypt_with(dir.path(), "identity.txt", "entry.age"),
        entry
    );
}
