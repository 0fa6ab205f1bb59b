//! Drive the real trustmend binary in a pseudo-terminal: type keys, read
//! the screen through a VT100 parser, wait for it to quit.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub(crate) const BIN: &str = env!("CARGO_BIN_EXE_trustmend");
const PATIENCE: Duration = Duration::from_secs(20);

pub(crate) mod keys {
    pub(crate) const ENTER: &str = "\r";
    pub(crate) const ESC: &str = "\x1b";
    pub(crate) const CTRL_S: &str = "\x13";
    pub(crate) const CTRL_C: &str = "\x03";
    pub(crate) const CTRL_Q: &str = "\x11";
    pub(crate) const DOWN: &str = "\x1b[B";
    pub(crate) const UP: &str = "\x1b[A";
}

pub(crate) struct Tui {
    parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote to the terminal, in order.
    raw: Arc<Mutex<Vec<u8>>>,
    size: (u16, u16),
    /// Tells the reader thread to stop and drop its copy of the master.
    stop_reading: Arc<std::sync::atomic::AtomicBool>,
    reader: Option<thread::JoinHandle<()>>,
    /// Our own copy of the master: dropping portable-pty's writer would
    /// type "\n" and Ctrl+D into the program to signal end of input, which
    /// a real window closing never does.
    writer: Option<std::fs::File>,
    child: Box<dyn Child + Send + Sync>,
    master: Option<Box<dyn MasterPty + Send>>,
}

impl Tui {
    /// Start trustmend with its data in `data_dir`, in an 80x24 terminal.
    pub(crate) fn start(data_dir: &Path, args: &[&str]) -> Tui {
        Tui::start_sized(data_dir, args, 80, 24)
    }

    pub(crate) fn start_sized(data_dir: &Path, args: &[&str], cols: u16, rows: u16) -> Tui {
        Tui::start_full(data_dir, args, cols, rows, &[])
    }

    /// In an 80x24 terminal, with extra environment variables.
    pub(crate) fn start_with_env(data_dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Tui {
        Tui::start_full(data_dir, args, 80, 24, env)
    }

    fn start_full(
        data_dir: &Path,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Tui {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut cmd = CommandBuilder::new(BIN);
        cmd.args(args);
        for (k, v) in own_environment() {
            match v {
                Some(v) => cmd.env(k, v),
                None => cmd.env_remove(k),
            }
        }
        cmd.env("TRUSTMEND_DATA_DIR", data_dir);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("start trustmend");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            rows.try_into().unwrap(),
            cols.try_into().unwrap(),
            0,
        )));
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        // Non-blocking (the flag is shared by every copy of the master), so
        // the reader can be told to stop and the terminal truly closed.
        if let Some(fd) = pair.master.as_raw_fd() {
            unsafe {
                let flags = libc::fcntl(fd, libc::F_GETFL);
                libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK);
            }
        }
        let sink = Arc::clone(&parser);
        let raw = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&raw);
        let stop_reading = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stop = Arc::clone(&stop_reading);
        let reader = thread::spawn(move || {
            let mut buf = [0u8; 8192];
            let mut frame = Frames::default();
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                match reader.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => {
                        // The log first: whatever the parser shows, the log holds.
                        log.lock().unwrap().extend_from_slice(&buf[..n]);
                        // The screen only ever shows whole frames, as a
                        // terminal that knows synchronized updates does.
                        sink.lock().unwrap().process(&frame.whole(&buf[..n]));
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                        thread::sleep(Duration::from_millis(5));
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
        });
        let writer = {
            use std::os::fd::FromRawFd;
            let fd = pair.master.as_raw_fd().expect("a unix pty");
            let copy = unsafe { libc::dup(fd) };
            assert!(copy >= 0, "dup the pty master");
            unsafe { std::fs::File::from_raw_fd(copy) }
        };
        Tui {
            parser,
            raw,
            size: (cols, rows),
            stop_reading,
            reader: Some(reader),
            writer: Some(writer),
            child,
            master: Some(pair.master),
        }
    }

    /// Proof that every key sent so far has been read and its screen drawn,
    /// for a check that something must *not* appear (instead of sleeping and
    /// hoping): the window is made one row shorter and then as it was.
    /// Events are handled in order, and a new size is always drawn, so once
    /// bytes come after each resize, every key before them was handled.
    pub(crate) fn keys_read(&mut self) {
        let (cols, rows) = self.size;
        for r in [rows - 1, rows] {
            let before = self.written();
            self.resize(cols, r);
            let start = Instant::now();
            while self.written() == before {
                assert!(start.elapsed() < PATIENCE, "nothing drawn after a resize");
                thread::sleep(Duration::from_millis(5));
            }
        }
        // The last frame at the size it had, whole.
        let start = Instant::now();
        let mut last = self.written();
        loop {
            thread::sleep(Duration::from_millis(30));
            let now = self.written();
            if now == last || start.elapsed() > PATIENCE {
                break;
            }
            last = now;
        }
    }

    /// How many bytes the program has written to the terminal so far.
    pub(crate) fn written(&self) -> usize {
        self.raw.lock().unwrap().len()
    }

    /// The bytes the program wrote after the first `from`.
    pub(crate) fn bytes_after(&self, from: usize) -> Vec<u8> {
        let raw = self.raw.lock().unwrap();
        raw.get(from..).unwrap_or_default().to_vec()
    }

    /// Every screen the terminal showed after the first `from` bytes, in
    /// order, one per byte that changed what is on it (so no frame, however
    /// short-lived, is missed).
    pub(crate) fn screens_after(&self, from: usize) -> Vec<String> {
        let (raw, mut parser) = self.replayed_to(from);
        let mut last = parser.screen().contents();
        let mut out = Vec::new();
        for b in raw.iter().skip(from) {
            parser.process(std::slice::from_ref(b));
            let now = parser.screen().contents();
            if now != last {
                out.push(now.clone());
                last = now;
            }
        }
        out
    }

    /// Every byte the program wrote, and a terminal of its size that has
    /// read the first `from` of them.
    fn replayed_to(&self, from: usize) -> (Vec<u8>, vt100::Parser) {
        let raw = self.raw.lock().unwrap().clone();
        let (cols, rows) = self.size;
        let mut parser = vt100::Parser::new(rows.try_into().unwrap(), cols.try_into().unwrap(), 0);
        parser.process(&raw[..from.min(raw.len())]);
        (raw, parser)
    }

    /// Every whole frame the program drew after the first `from` bytes, as
    /// the screen showed it at the frame's end (a screen a person saw, never
    /// one half redrawn).
    pub(crate) fn frames_after(&self, from: usize) -> Vec<String> {
        let (raw, mut parser) = self.replayed_to(from);
        let from = from.min(raw.len());
        let mut out = Vec::new();
        let mut rest = &raw[from..];
        while let Some(end) = rest.windows(FRAME_ENDS.len()).position(|w| w == FRAME_ENDS) {
            let (frame, after) = rest.split_at(end + FRAME_ENDS.len());
            parser.process(frame);
            out.push(parser.screen().contents());
            rest = after;
        }
        out
    }

    /// The terminal's state (modes, not just text), which outlives the process.
    pub(crate) fn terminal(&self) -> Arc<Mutex<vt100::Parser>> {
        Arc::clone(&self.parser)
    }

    pub(crate) fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Wait for home. Someone added with `trustmend partner add` reads
    /// the safety note first at their first start: Enter goes past it.
    pub(crate) fn reach_home(&mut self) {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            let screen = self.screen();
            if screen.contains("Suggested next") {
                return;
            }
            if screen.contains("If you are not safe") && !screen.contains("Step ") {
                self.send(keys::ENTER);
            }
            thread::sleep(Duration::from_millis(30));
        }
        panic!("never reached home:\n{}", self.screen());
    }

    /// On the private safety check's first question: "No" to every one,
    /// then the answers kept on the confirm step. Returns how many there were.
    pub(crate) fn answer_safety_check_no(&mut self) -> usize {
        let n = trustmend::content::Content::bundled()
            .unwrap()
            .safety
            .checks
            .len();
        for i in 1..=n {
            self.wait_for(&format!("Question {i} of {n}"));
            self.send(keys::DOWN); // "No"
            self.send(keys::ENTER);
        }
        // The answers, to confirm: the last line keeps them.
        self.wait_for("These are my answers");
        self.send(keys::ENTER);
        n
    }

    /// From home: open Shared, which asks for the private safety check
    /// first; answer "No" to every question, see `then`, and be home.
    pub(crate) fn safety_check_all_no(&mut self, then: &str) {
        self.open_shared();
        self.answer_safety_check_no();
        self.wait_for(then);
        self.wait_for("Suggested next");
    }

    /// From home: P, then `passphrase` typed twice; protecting starts.
    pub(crate) fn ask_to_protect(&mut self, passphrase: &str) {
        self.send("P");
        self.wait_for("choose a passphrase");
        self.type_text(passphrase);
        self.send(keys::ENTER);
        self.wait_for("Type it once more");
        self.type_text(passphrase);
        self.send(keys::ENTER);
    }

    /// Pass the keyboard from home: the cover names `name`, Enter brings
    /// their home.
    pub(crate) fn pass_to(&mut self, name: &str) {
        let before = self.written();
        self.send("s");
        self.wait_for(&format!("Hand the keyboard to {name}"));
        // Issue 22: the cover's first frame is blank, whatever was on screen.
        let frames = self.screens_after(before);
        assert!(
            frames.first().is_some_and(|f| f.trim().is_empty()),
            "the first frame after passing the keyboard:\n{}",
            frames.first().cloned().unwrap_or_default()
        );
        self.send(keys::ENTER);
        self.reach_home();
    }

    /// Shared is the second-to-last item on home.
    pub(crate) fn open_shared(&mut self) {
        self.send("G");
        self.send(keys::UP);
        self.send(keys::ENTER);
    }

    /// Wait until `text` is on screen; fail with the screen if it never is.
    pub(crate) fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if self.screen().contains(text) {
                return;
            }
            thread::sleep(Duration::from_millis(30));
        }
        panic!("never saw {text:?} on screen:\n{}", self.screen());
    }

    /// Wait until the screen is no longer `before` (a key answered, however
    /// loaded the machine), and return it.
    pub(crate) fn wait_changed(&self, before: &str) -> String {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            let now = self.screen();
            if now != before {
                return now;
            }
            thread::sleep(Duration::from_millis(30));
        }
        panic!("the screen never changed from:\n{before}");
    }

    /// Wait until `text` is gone from the screen.
    pub(crate) fn wait_gone(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if !self.screen().contains(text) {
                return;
            }
            thread::sleep(Duration::from_millis(30));
        }
        panic!("{text:?} stayed on screen:\n{}", self.screen());
    }

    /// Type keys. A lone Esc is followed by a pause so the terminal reader
    /// does not take it for the start of an escape sequence.
    pub(crate) fn send(&mut self, keys: &str) {
        let writer = self.writer.as_mut().expect("the terminal is still open");
        // The master is non-blocking (see `start_sized`): retry a full buffer.
        let mut rest = keys.as_bytes();
        while !rest.is_empty() {
            match writer.write(rest) {
                Ok(n) => rest = &rest[n..],
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    thread::sleep(Duration::from_millis(5));
                }
                Err(e) => panic!("typing into the terminal: {e}"),
            }
        }
        let pause = if keys == keys::ESC { 150 } else { 40 };
        thread::sleep(Duration::from_millis(pause));
    }

    pub(crate) fn type_text(&mut self, text: &str) {
        self.send(text);
    }

    /// The window is resized: the screen we read takes the new size first,
    /// then the program is told (SIGWINCH), as a terminal emulator does.
    pub(crate) fn resize(&mut self, cols: u16, rows: u16) {
        self.size = (cols, rows);
        self.parser
            .lock()
            .unwrap()
            .set_size(rows.try_into().unwrap(), cols.try_into().unwrap());
        self.master
            .as_ref()
            .expect("the terminal is still open")
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pseudo-terminal");
    }

    /// Whether the program is still running.
    /// The program's process id (to read `/proc/PID/…`).
    pub(crate) fn pid(&self) -> u32 {
        self.child.process_id().expect("a running child")
    }

    pub(crate) fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// A first run: welcome → `name` → "I was hurt" → where they live
    /// (left as it is) → the safety note → home. Returns once home is on
    /// screen.
    pub(crate) fn create_profile(&mut self, name: &str) {
        self.wait_for("Step 1 of 5");
        self.send(keys::ENTER);
        self.wait_for("Step 2 of 5");
        self.type_text(name);
        self.send(keys::ENTER);
        self.wait_for("I was hurt");
        self.send(keys::ENTER);
        self.wait_for("Where do you live?");
        self.send(keys::ENTER);
        self.wait_for("If you are not safe");
        self.send(keys::ENTER);
        self.wait_for("Suggested next");
    }

    /// From home, open the first strategy and go on to its first prompt,
    /// with the editor ready.
    pub(crate) fn open_first_prompt(&mut self) {
        // Home keeps the cursor where it was left: go to the top first.
        self.send("g");
        self.send(keys::ENTER);
        self.wait_for("Guidance");
        self.send(keys::ENTER);
        self.wait_for("Prompt 1 of");
    }

    /// Wait for the process to end by itself; returns whether it succeeded.
    pub(crate) fn wait_exit(mut self) -> bool {
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.success();
            }
            thread::sleep(Duration::from_millis(30));
        }
        let screen = self.screen();
        let _ = self.child.kill();
        panic!("trustmend did not quit:\n{screen}");
    }

    /// Close the terminal window: the pseudo-terminal goes away under the
    /// program (it gets SIGHUP and end-of-file). Returns whether it ended
    /// by itself within the patience limit.
    pub(crate) fn hang_up(mut self) -> bool {
        self.stop_reading
            .store(true, std::sync::atomic::Ordering::SeqCst);
        if let Some(r) = self.reader.take() {
            let _ = r.join();
        }
        drop(self.writer.take());
        drop(self.master.take());
        let start = Instant::now();
        while start.elapsed() < PATIENCE {
            if let Ok(Some(_)) = self.child.try_wait() {
                return true;
            }
            thread::sleep(Duration::from_millis(30));
        }
        false
    }

    /// SIGKILL: no chance to save anything on the way out. (portable-pty's
    /// own `kill` sends SIGHUP first and waits, which trustmend answers by
    /// saving: that is a hang-up, not a kill -9.)
    pub(crate) fn kill_hard(mut self) {
        let pid = self.pid();
        let sent = unsafe { libc::kill(pid as i32, libc::SIGKILL) };
        assert_eq!(sent, 0, "SIGKILL to {pid}");
        let _ = self.child.wait();
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

/// The start and the end of a synchronized update (DEC private mode 2026),
/// which the app wraps around each frame.
pub(crate) const FRAME_BEGINS: &[u8] = b"\x1b[?2026h";
pub(crate) const FRAME_ENDS: &[u8] = b"\x1b[?2026l";

/// Bytes from the terminal, held back while a frame is half written: the
/// screen a test reads is then always a whole frame (the rows at its foot
/// are never a frame behind the rows above them).
#[derive(Default)]
pub(crate) struct Frames {
    held: Vec<u8>,
}

impl Frames {
    /// What of `more` (after what was held) can be shown now.
    pub(crate) fn whole(&mut self, more: &[u8]) -> Vec<u8> {
        self.held.extend_from_slice(more);
        let find = |what: &[u8]| self.held.windows(what.len()).rposition(|w| w == what);
        let open = match (find(FRAME_BEGINS), find(FRAME_ENDS)) {
            (Some(begin), Some(end)) if end > begin => None,
            (Some(begin), _) => Some(begin),
            (None, _) => None,
        };
        // The start of a marker cut between two reads is held too.
        let cut = (1..FRAME_BEGINS.len())
            .rev()
            .find(|&k| self.held.ends_with(&FRAME_BEGINS[..k]))
            .map(|k| self.held.len() - k);
        let keep_from = open.or(cut).unwrap_or(self.held.len());
        let rest = self.held.split_off(keep_from);
        std::mem::replace(&mut self.held, rest)
    }
}

/// The variables the language is chosen from (see `i18n::choose`).
/// The moment the tests' stories start: 1 March 2026, 9:00 in UTC+1 (the
/// unit tests' `testing::t0`).
pub(crate) fn t0() -> trustmend::model::Timestamp {
    chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap()
}

pub(crate) const LOCALE_VARS: [&str; 4] = ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"];

/// The binary, in the environment every program a test starts gets (see
/// [`own_environment`]): a test that wants a language or a settings file
/// sets it.
pub(crate) fn command() -> Command {
    let mut cmd = Command::new(BIN);
    for (k, v) in own_environment() {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    cmd
}

/// What every program a test starts is given (`Some`) or has taken away
/// (`None`) from the environment of whoever runs the tests: their locale
/// (the language is chosen from it, and must not turn the English tests
/// Spanish), and their settings. A `language = "es"` left in
/// `~/.config/trustmend/config.toml` once turned 96 English tests Spanish:
/// each program gets an empty folder of its own under cargo's temporary
/// folder for tests as its `XDG_CONFIG_HOME` (where the settings file is
/// looked for), and no `TRUSTMEND_CONFIG`.
fn own_environment() -> Vec<(&'static str, Option<std::path::PathBuf>)> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let home = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("config-homes")
        .join(format!("{}-{n}", std::process::id()));
    let mut vars: Vec<_> = LOCALE_VARS.iter().map(|k| (*k, None)).collect();
    vars.push(("XDG_CONFIG_HOME", Some(home)));
    vars.push(("TRUSTMEND_CONFIG", None));
    vars
}

/// Run a non-interactive command (`status`, `export`…) against `data_dir`.
pub(crate) fn run_cli(data_dir: &Path, args: &[&str]) -> Output {
    command()
        .args(args)
        .env("TRUSTMEND_DATA_DIR", data_dir)
        .output()
        .expect("run trustmend")
}

/// `trustmend ARGS` with `input` on stdin.
pub(crate) fn with_stdin(data_dir: &Path, args: &[&str], input: &str) -> Output {
    let mut cmd = command();
    cmd.args(args).env("TRUSTMEND_DATA_DIR", data_dir);
    fed(cmd, input)
}

/// Run `cmd` with `input` on its standard input; what it printed.
pub(crate) fn fed(mut cmd: Command, input: &str) -> Output {
    use std::process::Stdio;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// `trustmend walk` with `input` typed: (exited well, what it printed, its
/// errors).
pub(crate) fn walk(data_dir: &Path, input: &str) -> (bool, String, String) {
    let out = with_stdin(data_dir, &["walk"], input);
    (out.status.success(), stdout(&out), stderr(&out))
}

/// Every file under `root`, at any depth (backups included), in order.
pub(crate) fn files_under(root: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut todo = vec![root.to_path_buf()];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                todo.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The files under `root` whose bytes hold `words`.
pub(crate) fn files_holding(root: &Path, words: &str) -> Vec<std::path::PathBuf> {
    files_under(root)
        .into_iter()
        .filter(|path| {
            std::fs::read(path)
                .is_ok_and(|bytes| bytes.windows(words.len()).any(|w| w == words.as_bytes()))
        })
        .collect()
}

/// `trustmend partner add NAME --role ROLE`, which must succeed.
pub(crate) fn add_partner(data_dir: &Path, name: &str, role: &str) {
    let out = run_cli(data_dir, &["partner", "add", name, "--role", role]);
    assert!(out.status.success(), "{}", stderr(&out));
}

pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// `o`'s standard output with every run of spaces and line breaks made one
/// space: what a report says, whichever words its lines were broken
/// between to fit 80 columns (`text::fit_report`).
pub(crate) fn said(o: &Output) -> String {
    stdout(o).split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(crate) fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Everything of the journal written in `data_dir`: `store.json` and its
/// change log (the saves since it was last written whole), as text.
#[allow(dead_code)]
pub(crate) fn journal_on_disk(data_dir: &Path) -> String {
    let read = |name: &str| std::fs::read_to_string(data_dir.join(name)).unwrap_or_default();
    read("store.json") + &read("store.changes.jsonl")
}

/// A mounted tmpfs, unmounted when dropped; `None` (with a note) where
/// one cannot be mounted, e.g. without root.
pub(crate) struct Tmpfs {
    _parent: tempfile::TempDir,
    pub path: std::path::PathBuf,
}

impl Tmpfs {
    pub(crate) fn mount(size: &str) -> Option<Tmpfs> {
        let parent = tempfile::tempdir().ok()?;
        let path = parent.path().join("disk");
        std::fs::create_dir(&path).ok()?;
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&path)
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
            eprintln!("SKIPPED: cannot mount a tmpfs here (needs root)");
            return None;
        }
        Some(Tmpfs {
            _parent: parent,
            path,
        })
    }

    pub(crate) fn remount(&self, how: &str) {
        let ok = Command::new("mount")
            .args(["-o", &format!("remount,{how}")])
            .arg(&self.path)
            .status()
            .unwrap()
            .success();
        assert!(ok, "remount {how}");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.path).status();
    }
}

/// Fills the disk with one file until it refuses another byte.
pub(crate) fn fill(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("filler");
    let mut file = std::fs::File::create(&path).unwrap();
    let chunk = [0u8; 1024];
    loop {
        if let Err(e) = file.write_all(&chunk).and_then(|()| file.sync_all()) {
            assert_eq!(e.kind(), std::io::ErrorKind::StorageFull, "{e}");
            break;
        }
    }
    path
}

/// The format-1 fixture as a workbook whose people have been through the
/// welcome already (the fixture itself says they have not, so a first
/// start would show them the safety note; see `seen_safety_note`).
pub(crate) fn fixture_v1_welcomed() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v1.json");
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains("\"seen_safety_note\": false"));
    text.replace("\"seen_safety_note\": false", "\"seen_safety_note\": true")
        .into_bytes()
}
