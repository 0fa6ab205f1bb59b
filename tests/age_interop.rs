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
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(age_cli());
    cmd.args(args);
    cmd.cwd(dir);
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
        if answered < prompts && asked > answered {
            thread::sleep(Duration::from_millis(100));
            writer.write_all(passphrase.as_bytes()).unwrap();
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
