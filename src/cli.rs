//! The command line (clap definitions only).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// A guided workbook for rebuilding trust after a betrayal, in your terminal.
///
/// trustmend walks you through ten strategies (open communication,
/// transparency, a sincere apology, consistent actions, patience, rebuilding
/// slowly, therapy, boundaries, empathy, forgiveness) with journaling
/// prompts, commitments and reviews. Everything stays on this computer.
///
/// It is a workbook, not therapy. If you feel unsafe, open "Help and safety"
/// on the home screen for places to turn to.
#[derive(Debug, Parser)]
#[command(name = "trustmend", version, about, long_about, after_help = AFTER_HELP)]
pub struct Cli {
    /// Where your journal is kept [default: the platform's data folder].
    #[arg(long, global = true, env = "TRUSTMEND_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Use the content pack in DIR instead of the bundled one (files it lacks come from the bundled pack).
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,

    /// Start as this person (by name), or pick whose summary or export to make.
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

const AFTER_HELP: &str = "\
Without a command, trustmend opens the workbook. Keys are shown at the bottom
of every screen; press ? for all of them.

Examples:
  trustmend                                 open the workbook
  trustmend status                          a summary of your progress
  trustmend export --output journal.md      your journal as Markdown
  trustmend content export my-pack          copy the bundled content to edit
  trustmend doctor                          check the journal and list its backups";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print a plain-text summary of your progress.
    Status,
    /// Write your journal (your own and shared entries, never anyone else's private ones).
    Export {
        /// The file format.
        #[arg(long, value_enum, default_value_t = Format::Markdown)]
        format: Format,
        /// Write to FILE instead of standard output (an existing file is not replaced).
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Check the store, session and backups, and list the backups; or restore one.
    Doctor {
        /// Put this backup (a name from the list, or a path) back as store.json. The file
        /// it replaces is kept beside it under a dated name, never deleted.
        #[arg(long, value_name = "BACKUP")]
        restore: Option<String>,
    },
    /// Check or copy content packs (the strategies, FAQ and checklist texts).
    #[command(subcommand)]
    Content(ContentCommand),
}

#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    /// Check a content pack and print a one-line summary [default: the bundled pack].
    Check {
        /// The pack's directory.
        dir: Option<PathBuf>,
    },
    /// Write the bundled pack into DIR as a starting point for your own.
    Export {
        /// A directory that does not hold pack files yet.
        dir: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Markdown,
    Json,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
