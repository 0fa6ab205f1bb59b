//! The process itself, as another program of the same user sees it: core
//! dumps off and not dumpable from the start, for the full screen, `walk`
//! and a command reading the keyboard, before anyone types a passphrase.
#![cfg(target_os = "linux")]

use crate::common;

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

use common::{Tui, keys};

/// The soft and hard core size limits of process `pid`, as the kernel
/// lists them.
fn core_limit(pid: u32) -> String {
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
    let line = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap()
        .to_string();
    line.split_whitespace()
        .skip(4)
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A process that is not dumpable has its `/proc/PID` files owned by root,
/// so no other program of its user can read its memory. Seen only when the
/// test does not run as root (root owns everything there and may read it
/// anyway); the unit test in `hardening` asks `PR_GET_DUMPABLE` itself.
fn assert_not_dumpable(pid: u32) {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no arguments and cannot fail.
    if unsafe { libc::geteuid() } == 0 {
        return;
    }
    let owner = std::fs::metadata(format!("/proc/{pid}/mem")).unwrap().uid();
    assert_eq!(
        owner, 0,
        "process {pid} is dumpable: its memory is readable"
    );
}

fn assert_hardened(pid: u32, what: &str) {
    assert_eq!(core_limit(pid), "0 0", "{what}: core dumps are on");
    assert_not_dumpable(pid);
}

#[test]
fn the_full_screen_is_hardened_before_anyone_is_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let tui = Tui::start(dir.path(), &[]);
    // The welcome's first step: nobody has unlocked anything yet.
    tui.wait_for("Step 1 of 5");
    assert_hardened(tui.pid(), "the full screen");
    let mut tui = tui;
    tui.send(keys::ESC);
}

#[test]
fn walk_is_hardened_before_its_first_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = crate::common::command()
        .arg("walk")
        .env("TRUSTMEND_DATA_DIR", dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    assert!(first.contains("line by line"), "{first}");
    assert_hardened(child.id(), "walk");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"q\n").unwrap();
    drop(stdin);
    let _ = child.wait();
}

#[test]
fn a_command_reading_the_keyboard_is_hardened_too() {
    let dir = tempfile::tempdir().unwrap();
    common::add_partner(dir.path(), "Alex", "hurt");
    // `write` waits for its words on standard input.
    let mut child = crate::common::command()
        .args(["write", "--as", "Alex"])
        .env("TRUSTMEND_DATA_DIR", dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Until the limits say so (the process is starting).
    let pid = child.id();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while core_limit(pid) != "0 0" && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_hardened(pid, "write");
    drop(child.stdin.take());
    let _ = child.wait();
}
