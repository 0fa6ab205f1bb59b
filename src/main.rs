//! Parse the command line and dispatch; nothing else.

use std::process::ExitCode;

use std::io::Write;

/// mimalloc rather than the system allocator: reading a large journal
/// touches tens of megabytes, and it maps them in large pages instead of
/// taking thousands of page faults (a 10,000-entry export: 40 ms → 25 ms;
/// see docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Before anything else is in memory: not dumpable, no core dumps,
    // small pages (see `hardening::at_start`).
    trustmend::hardening::at_start();
    // In the locale's language (see `commands::parse_command_line`).
    let cli = trustmend::commands::parse_command_line();
    match trustmend::commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Not eprintln!: it panics when stderr is gone (a closed window).
            // Through the one sanitiser: a path or a name in the message
            // may hold control characters (see `text::printable`).
            let said = format!("{e:#}");
            let _ = writeln!(
                std::io::stderr(),
                "trustmend: {}",
                trustmend::text::printable(&said)
            );
            ExitCode::FAILURE
        }
    }
}
