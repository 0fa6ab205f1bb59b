//! What the benchmarks share: synthetic data folders saved as the app saves
//! them, and the real binary run in a pseudo-terminal, its screen read
//! through a VT100 parser as soon as bytes arrive.
//!
//! A bench that starts the binary keeps itself small. Forking a large
//! process takes longer (its page tables are copied), and Linux counts the
//! parent's resident memory at the moment of the fork in the child's peak
//! (`ru_maxrss`, kept across `exec`). So the data folders for such benches
//! are written by a helper (this bench's own executable started again, see
//! [`helper`]), and peak memory is read by a second, small helper that
//! starts the binary and waits for it.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::path::Path;
use std::process::Command;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};
use trustmend::content::Content;
use trustmend::model::Store;
use trustmend::store::DataDir;

pub(crate) const BIN: &str = env!("CARGO_BIN_EXE_trustmend");

/// The binary the pseudo-terminal runs: [`BIN`], or another build named by
/// `TRUSTMEND_BENCH_BIN` (a copy of an older one, to measure before and
/// after one beside the other).
pub(crate) fn bin() -> String {
    std::env::var("TRUSTMEND_BENCH_BIN").unwrap_or_else(|_| BIN.to_string())
}

/// The journal sizes of issue 7: entries in a two-partner store.
pub(crate) const SIZES: [usize; 3] = [100, 10_000, 100_000];

/// The text home shows while the journal is still being read.
pub(crate) const OPENING: &str = "Opening your journal";

pub(crate) fn content() -> Content {
    Content::bundled().unwrap_or_else(|e| panic!("{e}"))
}

pub(crate) fn journal(n: usize) -> Store {
    trustmend::synthetic::store(&content(), n)
}

/// A data folder holding a synthetic journal of `n` entries, written as
/// trustmend writes it (snapshot and summary), and its size on disk.
pub(crate) fn data_dir(n: usize) -> (tempfile::TempDir, DataDir, u64) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = write_journal(tmp.path(), n);
    let bytes = std::fs::metadata(dir.store_path()).unwrap().len();
    (tmp, dir, bytes)
}

/// A synthetic journal of `n` entries saved in `path` as trustmend saves.
fn write_journal(path: &Path, n: usize) -> DataDir {
    let dir = DataDir::at(path.to_path_buf());
    dir.save_store(&mut journal(n)).unwrap();
    dir
}

/// A synthetic journal of `n` entries in which Sam is protected (his
/// records sealed on disk, as protecting leaves them), saved in `path`.
fn write_protected(path: &Path, n: usize) -> DataDir {
    let dir = DataDir::at(path.to_path_buf());
    let mut store = journal(n);
    let sam = store.partners[1].id;
    trustmend::vault::protect_partner(&mut store, sam, "river stones by the sea").unwrap();
    let mut disk = trustmend::vault::Sealer::default()
        .store_for_disk(&store)
        .unwrap()
        .into_owned();
    dir.save_store(&mut disk).unwrap();
    dir
}

/// Set when this bench's executable runs as a helper of itself.
const HELPER: &str = "TRUSTMEND_BENCH_HELPER";

/// Carries out what a bench asked of its own executable started again, and
/// returns whether this run was such a helper (then `main` has nothing else
/// to do):
///
/// - `generate N DIR [protected]`: writes a data folder of `N` entries to
///   `DIR` (with Sam protected);
/// - `measure REPORT PROGRAM ARGS…`: runs the program (its input and output
///   those of the helper), waits for it, writes its peak memory and the
///   helper's own (the floor under any figure it can report) to `REPORT`,
///   and exits as it did.
pub(crate) fn helper() -> bool {
    let Ok(task) = std::env::var(HELPER) else {
        return false;
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    match task.as_str() {
        "generate" => {
            let (n, dir) = (args[0].parse().unwrap(), Path::new(&args[1]));
            if args.get(2).is_some_and(|a| a == "protected") {
                write_protected(dir, n);
            } else {
                write_journal(dir, n);
            }
        }
        "measure" => {
            let own = own_peak();
            let child = Command::new(&args[1])
                .args(&args[2..])
                .env_remove(HELPER)
                .spawn()
                .unwrap();
            let (peak, code) = peak_memory(child.id() as i32);
            std::fs::write(&args[0], format!("{peak} {own}")).unwrap();
            std::process::exit(code);
        }
        other => panic!("unknown helper task {other:?}"),
    }
    true
}

/// Like [`data_dir`], but written by a helper process, so that this one
/// stays small (for the benches that start the binary).
pub(crate) fn data_dir_apart(n: usize) -> (tempfile::TempDir, u64) {
    generated_apart(n, &[])
}

/// Like [`data_dir_apart`], with Sam protected.
pub(crate) fn protected_data_dir_apart(n: usize) -> (tempfile::TempDir, u64) {
    generated_apart(n, &["protected"])
}

fn generated_apart(n: usize, how: &[&str]) -> (tempfile::TempDir, u64) {
    let tmp = tempfile::tempdir().unwrap();
    let status = Command::new(std::env::current_exe().unwrap())
        .env(HELPER, "generate")
        .arg(n.to_string())
        .arg(tmp.path())
        .args(how)
        .status()
        .unwrap();
    assert!(status.success(), "writing {n} entries failed");
    let bytes = std::fs::metadata(tmp.path().join("store.json"))
        .unwrap()
        .len();
    (tmp, bytes)
}

/// The peak memory of a program run by [`measured`], once it has exited,
/// and the floor under it (the helper's own peak), in bytes.
pub(crate) fn reported_peak(report: &Path) -> (u64, u64) {
    let text = std::fs::read_to_string(report).unwrap();
    let mut figures = text.split(' ').map(|f| f.parse::<u64>().unwrap());
    (figures.next().unwrap(), figures.next().unwrap())
}

/// `program ARGS` run by a helper that writes its peak memory to `report`
/// (see [`reported_peak`]).
pub(crate) fn measured(report: &Path, program: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.env(HELPER, "measure")
        .arg(report)
        .arg(program)
        .args(args);
    cmd
}

/// This process's peak resident memory so far, in bytes.
fn own_peak() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|kb| kb.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(0)
        * 1024
}

/// The binary in an 80x24 pseudo-terminal.
pub(crate) struct Pty {
    pub child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    chunks: Receiver<Vec<u8>>,
    screen: vt100::Parser,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Pty {
    /// Starts `trustmend ARGS` on `data`; returns it and the moment just
    /// before it was started.
    pub(crate) fn start(data: &Path, args: &[&str]) -> (Pty, Instant) {
        Pty::spawn(data, CommandBuilder::new(bin()), args)
    }

    /// Starts `trustmend ARGS` on `data` through a helper that writes its
    /// peak memory to `report` once it exits (see [`reported_peak`]).
    pub(crate) fn start_measured(data: &Path, args: &[&str], report: &Path) -> Pty {
        let mut cmd = CommandBuilder::new(std::env::current_exe().unwrap());
        cmd.env(HELPER, "measure");
        cmd.arg(report);
        cmd.arg(bin());
        Pty::spawn(data, cmd, args).0
    }

    /// Starts `cat FILE`: the bytes a run of the binary wrote, written
    /// again by a program that does nothing else (the floor under a frame).
    pub(crate) fn replay(file: &Path) -> (Pty, Instant) {
        let mut cmd = CommandBuilder::new("cat");
        cmd.arg(file);
        Pty::spawn(file.parent().unwrap_or(file), cmd, &[])
    }

    fn spawn(data: &Path, mut cmd: CommandBuilder, args: &[&str]) -> (Pty, Instant) {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        cmd.args(args);
        cmd.env("TRUSTMEND_DATA_DIR", data);
        cmd.env("TERM", "xterm-256color");
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let (tx, chunks) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = vec![0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let started = Instant::now();
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let pty = Pty {
            child,
            writer,
            chunks,
            screen: vt100::Parser::new(24.try_into().unwrap(), 80.try_into().unwrap(), 0),
            _master: pair.master,
        };
        (pty, started)
    }

    /// Reads the terminal until its screen satisfies `seen`; returns when.
    pub(crate) fn until(&mut self, seen: impl Fn(&str) -> bool) -> Instant {
        self.until_recorded(seen, &mut Vec::new())
    }

    /// [`Pty::until`], adding every byte read to `bytes`.
    pub(crate) fn until_recorded(
        &mut self,
        seen: impl Fn(&str) -> bool,
        bytes: &mut Vec<u8>,
    ) -> Instant {
        let deadline = Instant::now() + Duration::from_secs(60);
        if seen(&self.screen.screen().contents()) {
            return Instant::now();
        }
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let chunk = self.chunks.recv_timeout(left).unwrap_or_else(|_| {
                panic!(
                    "never saw it on screen:\n{}",
                    self.screen.screen().contents()
                )
            });
            self.screen.process(&chunk);
            bytes.extend_from_slice(&chunk);
            if seen(&self.screen.screen().contents()) {
                return Instant::now();
            }
        }
    }

    pub(crate) fn screen(&self) -> String {
        self.screen.screen().contents()
    }

    pub(crate) fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Once the journal is read: opens the journal, edits the newest entry,
    /// adds `words` and saves it (Ctrl+S); returns when "Saved." is shown.
    pub(crate) fn edit_newest_and_save(&mut self, words: &str) {
        self.until(|s| s.contains("Suggested next") && !s.contains(OPENING));
        self.send("J");
        self.until(|s| s.contains("trustmend · Journal"));
        self.send("e");
        self.until(|s| s.contains("Ctrl+S"));
        self.send(words);
        self.until(|s| s.contains(words.trim()));
        self.send("\x13");
        self.until(|s| s.contains("Saved."));
    }

    /// Waits for the program to exit.
    pub(crate) fn wait(mut self) {
        let _ = self.child.wait();
    }

    pub(crate) fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// As if `store.json` in `data` was last written yesterday, so that the
/// next save writes the whole journal (the slowest save there is); and
/// without `session.json`, so the app starts from home.
pub(crate) fn written_yesterday(data: &Path) {
    let file = std::fs::File::options()
        .write(true)
        .open(data.join("store.json"))
        .unwrap();
    file.set_modified(std::time::SystemTime::now() - Duration::from_secs(26 * 3600))
        .unwrap();
    let _ = std::fs::remove_file(data.join("session.json"));
}

/// Waits for process `pid`; returns its peak memory (resident set) in
/// bytes, and its exit code.
#[cfg(unix)]
pub(crate) fn peak_memory(pid: i32) -> (u64, i32) {
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let got = unsafe { libc::wait4(pid, &raw mut status, 0, &raw mut usage) };
    assert_eq!(got, pid, "wait4: {}", std::io::Error::last_os_error());
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        1
    };
    // Linux reports kilobytes.
    (u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024, code)
}
