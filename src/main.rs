//! Parse the command line and dispatch; nothing else.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = trustmend::cli::Cli::parse();
    match trustmend::commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("trustmend: {e:#}");
            ExitCode::FAILURE
        }
    }
}
