//! Shell integration: completion scripts and the manual page, both made from
//! the clap definitions so they always match the real options.

use std::io::Write;

use anyhow::{Context as _, Result};
use clap::CommandFactory;

use crate::cli::Cli;

pub fn completions(shell: clap_complete::Shell) -> Result<()> {
    let mut cmd = Cli::command();
    let mut out = std::io::stdout().lock();
    clap_complete::generate(shell, &mut cmd, "trustmend", &mut out);
    out.flush().context("cannot write the completion script")
}

pub fn man() -> Result<()> {
    super::export::to_stdout(|out| clap_mangen::Man::new(Cli::command()).render(out))
        .context("cannot write the manual page")
}
