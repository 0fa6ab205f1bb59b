//! Parse the command line and dispatch; nothing else.

use std::process::ExitCode;

use std::io::Write;

use clap::Parser;

fn main() -> ExitCode {
    let cli = trustmend::cli::Cli::parse();
    match trustmend::commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Not eprintln!: it panics when stderr is gone (a closed window).
            let _ = writeln!(std::io::stderr(), "trustmend: {e:#}");
            ExitCode::FAILURE
        }
    }
}
