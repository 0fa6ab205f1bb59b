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

    /// Read settings from FILE instead of config.toml in the platform's config folder.
    #[arg(long, global = true, env = "TRUSTMEND_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// When to use colour: auto (a terminal, and `NO_COLOR` unset), always, or never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// For a screen reader: the `accessible` setting for this start (no box
    /// borders, nothing moving; the cursor is on what is selected or read).
    #[arg(long, global = true)]
    pub accessible: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the settings in effect, and which file they come from.
    Show,
    /// Print where the settings file is (or would be).
    Path,
}

const AFTER_HELP: &str = "\
Without a command, trustmend opens the workbook. Keys are shown at the bottom
of every screen; press ? for all of them.

Examples:
  trustmend                                 open the workbook
  trustmend status                          a summary of your progress
  trustmend write \"A calmer evening\"        a private entry, saved at once
  trustmend export --output journal.md      your journal as Markdown
  trustmend export --format html --since 2026-03-01 -o week.html
                                            this week's entries, to print
  trustmend content export my-pack          copy the bundled content to edit
  trustmend homework import homework.toml   add your therapist's homework
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
        /// Write to FILE instead of standard output. FILE is created readable only by
        /// you (0600), like the data folder, since an export can hold private entries;
        /// an existing file is not replaced without --force.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists: the new export takes its place in one step (a
        /// failed export leaves the old file whole), again readable only by you.
        #[arg(long, requires = "output")]
        force: bool,
        /// Encrypt the export for RECIPIENT, an age public key (age1…), or for every
        /// key in the file RECIPIENT (one a line, # for comments); repeat for more. Only
        /// the holder of a matching key opens it: `age -d -i KEYFILE FILE`.
        #[arg(long, value_name = "RECIPIENT", conflicts_with = "passphrase")]
        encrypt_to: Vec<String>,
        /// Encrypt the export with a passphrase, typed twice and not shown; when
        /// standard input is not a terminal, its first line is the passphrase. It
        /// opens with `age -d FILE` and that passphrase.
        #[arg(long)]
        passphrase: bool,
        #[command(flatten)]
        filters: ExportFilters,
    },
    /// Check the store, session, backups and every copy kept aside; or recover the journal.
    Doctor {
        /// Make one store.json holding every entry any file in the data folder still holds
        /// (store.json, its change log, backups, files kept aside, an interrupted save's
        /// temporary file), keeping the good lines around damaged ones. The step to run
        /// whenever the journal will not open. Nothing it reads is changed or moved.
        #[arg(long, conflicts_with_all = ["restore", "rebuild", "repair"])]
        recover: bool,
        /// Like --recover, with this backup's version of each entry first (a name from the
        /// list, or a path). The file it replaces is kept in backups/.
        #[arg(long, value_name = "BACKUP", conflicts_with_all = ["rebuild", "repair"])]
        restore: Option<String>,
        /// The older name of --recover.
        #[arg(long, conflicts_with = "repair")]
        rebuild: bool,
        /// The older name of --recover (it gives entries sharing an id new ids of their own).
        #[arg(long)]
        repair: bool,
    },
    /// Check or copy content packs (the strategies, FAQ and checklist texts).
    #[command(subcommand)]
    Content(ContentCommand),
    /// See your settings (theme, editor, pacing…) and where they are kept.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Print a completion script for your shell (e.g. `trustmend completions bash > ~/.local/share/bash-completion/completions/trustmend`).
    Completions {
        /// The shell: bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
    /// The workbook as plain questions and answers, line by line, for screen
    /// readers (no full-screen drawing; the same journal and progress).
    Walk,
    /// Print the manual page (e.g. `trustmend man > ~/.local/share/man/man1/trustmend.1`).
    Man,
    /// Homework from a therapist: print a template, check a file, import it.
    #[command(subcommand)]
    Homework(HomeworkCommand),
    /// Add, list, rename or remove the people who use this workbook.
    #[command(subcommand)]
    Partner(PartnerCommand),
    /// Write a private journal entry from the shell: `trustmend write "Today…"`.
    /// Without TEXT, your editor opens ($VISUAL, $EDITOR), or the words are
    /// read from standard input when it is not a terminal.
    Write {
        /// The words of the entry (several words are joined with spaces).
        text: Vec<String>,
        /// Who is writing, when two people share the workbook (or use --profile).
        #[arg(long = "as", value_name = "NAME")]
        as_name: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum PartnerCommand {
    /// Add a person, e.g. `trustmend partner add Sam --role repairing`.
    Add {
        /// Their name, as the header and the picker show it.
        name: String,
        /// Which side of the betrayal they are on; it decides their prompts.
        #[arg(long, value_enum)]
        role: RoleArg,
    },
    /// List the people in this workbook: names and roles, nothing they wrote.
    List,
    /// Take a person out of this workbook, with everything of theirs (entries,
    /// check-ins, progress, drafts) in every file of the data folder, backups
    /// included. It offers an export first and asks twice.
    Remove {
        /// Their name.
        name: String,
        /// First write their own entries to FILE (.html for a page, else Markdown).
        #[arg(long, value_name = "FILE")]
        export: Option<PathBuf>,
        /// Keep their shared entries for the other partner to read.
        #[arg(long)]
        keep_shared: bool,
        /// Confirm without asking (for a script); shared entries go unless --keep-shared.
        #[arg(long)]
        yes: bool,
        /// Remove a protected person without their passphrase: destroys
        /// their sealed journal, which nobody could open again.
        #[arg(long)]
        without_passphrase: bool,
    },
    /// Give a person another name, e.g. `trustmend partner rename Sam Samira`.
    Rename {
        /// Their name now.
        old: String,
        /// The name they want.
        new: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RoleArg {
    /// Was hurt.
    Hurt,
    /// Is repairing the trust.
    Repairing,
    /// Both have been hurt, and both have hurt each other.
    Both,
    /// Prefers not to say.
    Unsaid,
}

#[derive(Debug, Subcommand)]
pub enum HomeworkCommand {
    /// Print a commented assignment file to start from (`> homework.toml`).
    Template,
    /// Check an assignment file and list every problem with its line and column.
    Check {
        /// The assignment's .toml file.
        file: PathBuf,
    },
    /// Attach an assignment to your workbook (replaces your earlier one; entries stay).
    Import {
        /// The assignment's .toml file.
        file: PathBuf,
    },
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
    /// One self-contained page to read, print or bring to a session.
    Html,
}

/// What part of the journal an export covers.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ExportFilters {
    /// Only entries written on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<chrono::NaiveDate>,
    /// Only entries written on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<chrono::NaiveDate>,
    /// Only this strategy (its id, e.g. open-communication).
    #[arg(long, value_name = "ID")]
    pub strategy: Option<String>,
    /// Only entries shared with the other partner (no commitments or check-ins).
    #[arg(long)]
    pub shared_only: bool,
    /// Choose the entries to include. Alone, it lists the entries the export would
    /// hold, numbered, and reads your choice (like `1 3 5-7`); with NUMBERS (like
    /// `1,3,5-7`), it takes those from that same list. Commitments, check-ins and
    /// homework are kept as the other options say.
    #[arg(long, value_name = "NUMBERS", num_args = 0..=1, default_missing_value = "")]
    pub select: Option<String>,
    /// Only entries holding every one of these words, in the title or the
    /// text (case and accents ignored, as the journal's search does).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
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
