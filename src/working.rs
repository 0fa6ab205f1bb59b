//! A sign of life for a command that takes more than about a second (a
//! journal of a million entries takes that long to read): after a second,
//! a line on the terminal says what is being done and for how long
//! (`indicatif`), and is cleared when it is done. Nothing at all is
//! printed when standard error is not a terminal (a script, a pipe, a
//! file), and nothing for work done within the second.
//!
//! The line goes to standard error, so a report written to standard output
//! stays exactly as it was; a command clears it before printing anything of
//! its own (dropping the [`Working`]).

use std::io::IsTerminal;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::Duration;

/// How long work goes on before it is shown.
const AFTER: Duration = Duration::from_secs(1);

/// Work under way, shown on the terminal once it has taken [`AFTER`];
/// dropping it clears the line.
pub(crate) struct Working {
    /// Dropped or sent to when the work is done.
    tell: Option<Sender<()>>,
    shown: Option<JoinHandle<()>>,
}

impl Working {
    /// `what` is starting ("Reading the journal").
    pub(crate) fn start(what: &str) -> Working {
        Working::start_on(what, std::io::stderr().is_terminal())
    }

    fn start_on(what: &str, terminal: bool) -> Working {
        if !terminal {
            return Working {
                tell: None,
                shown: None,
            };
        }
        let (tx, rx) = mpsc::channel();
        let what = what.to_string();
        let shown = std::thread::Builder::new()
            .name("trustmend-progress".into())
            .spawn(move || {
                // Quiet for the first second; then the line, until done.
                if !matches!(rx.recv_timeout(AFTER), Err(RecvTimeoutError::Timeout)) {
                    return;
                }
                let bar = indicatif::ProgressBar::with_draw_target(
                    None,
                    indicatif::ProgressDrawTarget::stderr(),
                );
                bar.set_style(
                    indicatif::ProgressStyle::with_template("{spinner} {msg}… {elapsed}")
                        .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
                );
                bar.set_message(what);
                bar.enable_steady_tick(Duration::from_millis(120));
                // Until done (or dropped).
                let _ = rx.recv();
                bar.finish_and_clear();
            })
            .ok();
        Working {
            tell: shown.as_ref().map(|_| tx),
            shown,
        }
    }
}

impl Drop for Working {
    fn drop(&mut self) {
        if let Some(tx) = self.tell.take() {
            let _ = tx.send(());
        }
        // The line is cleared before anything else is printed.
        if let Some(shown) = self.shown.take() {
            let _ = shown.join();
        }
    }
}

/// `work`, shown as `what` if it takes more than a second.
pub(crate) fn during<T>(what: &str, work: impl FnOnce() -> T) -> T {
    let _working = Working::start(what);
    work()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_started_when_standard_error_is_not_a_terminal() {
        let w = Working::start_on("Reading the journal", false);
        assert!(w.tell.is_none() && w.shown.is_none());
        drop(w);
    }

    #[test]
    fn quick_work_on_a_terminal_ends_without_waiting_for_the_second() {
        let started = std::time::Instant::now();
        let w = Working::start_on("Reading the journal", true);
        drop(w);
        assert!(started.elapsed() < AFTER, "{:?}", started.elapsed());
    }
}
