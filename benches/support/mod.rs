//! What the benchmarks share: synthetic data folders saved as the app saves
//! them, and the real binary run in a pseudo-terminal, its screen read
//! through a VT100 parser as soon as bytes arrive.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};
use trustmend::content::Content;
use trustmend::model::Store;
use trustmend::store::DataDir;

pub const BIN: &str = env!("CARGO_BIN_EXE_trustmend");

/// The journal sizes of issue 7: entries in a two-partner store.
pub const SIZES: [usize; 3] = [100, 10_000, 100_000];

/// The text home shows while the journal is still being read.
pub const OPENING: &str = "Opening your journal";

pub fn content() -> Content {
    Content::bundled().unwrap_or_else(|e| panic!("{e}"))
}

pub fn journal(n: usize) -> Store {
    trustmend::synthetic::store(&content(), n)
}

/// A data folder holding a synthetic journal of `n` entries, written as
/// trustmend writes it (snapshot and summary), and its size on disk.
pub fn data_dir(n: usize) -> (tempfile::TempDir, DataDir, u64) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::at(tmp.path().to_path_buf());
    let mut store = journal(n);
    dir.save_store(&mut store).unwrap();
    let bytes = std::fs::metadata(dir.store_path()).unwrap().len();
    (tmp, dir, bytes)
}

/// The binary in an 80x24 pseudo-terminal.
pub struct Pty {
    pub child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    chunks: Receiver<Vec<u8>>,
    screen: vt100::Parser,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Pty {
    /// Starts `trustmend ARGS` on `data`; returns it and the moment just
    /// before it was started.
    pub fn start(data: &Path, args: &[&str]) -> (Pty, Instant) {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(BIN);
        cmd.args(args);
        cmd.env("TRUSTMEND_DATA_DIR", data);
        cmd.env("TERM", "xterm-256color");
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let (tx, chunks) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
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
    pub fn until(&mut self, seen: impl Fn(&str) -> bool) -> Instant {
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
            if seen(&self.screen.screen().contents()) {
                return Instant::now();
            }
        }
    }

    pub fn screen(&self) -> String {
        self.screen.screen().contents()
    }

    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn pid(&self) -> i32 {
        self.child.process_id().map_or(0, |p| p as i32)
    }

    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits for process `pid` and returns its peak memory (resident set) in
/// bytes.
#[cfg(unix)]
pub fn peak_memory(pid: i32) -> u64 {
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let got = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(got, pid, "wait4: {}", std::io::Error::last_os_error());
    // Linux reports kilobytes.
    u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024
}
