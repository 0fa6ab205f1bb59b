//! Shell integration: completion scripts and the manual page, both made from
//! the clap definitions so they always match the real options. The page's
//! KEYS come from the key tables the footer and the help use (`keymap`).

use std::io::{self, Write};

use anyhow::{Context as _, Result};
use clap::CommandFactory;
use clap_mangen::roff::{Inline, Roff, bold, italic, roman};

use crate::cli::Cli;
use crate::keymap::{self, Context};
use crate::store::backup::BACKUP_DIR;
use crate::store::summary::SUMMARY_FILE;
use crate::store::{LOCK_FILE, SESSION_FILE, STORE_FILE};

pub(super) fn completions(shell: clap_complete::Shell) -> Result<()> {
    let mut cmd = Cli::command();
    let mut out = std::io::stdout().lock();
    clap_complete::generate(shell, &mut cmd, "trustmend", &mut out);
    out.flush().context("cannot write the completion script")
}

pub(super) fn man() -> Result<()> {
    super::export::to_stdout(render_man).context("cannot write the manual page")
}

/// The whole page, in one file: every command is described here rather
/// than in a page of its own (there is no `trustmend-status(1)`).
pub(super) fn render_man(out: &mut dyn Write) -> io::Result<()> {
    let cmd = Cli::command();
    let man = clap_mangen::Man::new(cmd.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    let mut roff = Roff::default();
    commands(&mut roff, &cmd);
    examples(&mut roff, &cmd);
    keys(&mut roff);
    files(&mut roff);
    environment(&mut roff);
    exit_status(&mut roff);
    roff.to_writer(out)?;
    man.render_version_section(out)
}

fn commands(roff: &mut Roff, cmd: &clap::Command) {
    roff.control("SH", ["COMMANDS"]);
    roff.text([roman(
        "Without a command, trustmend opens the workbook. The options above work with every command.",
    )]);
    for sub in visible(cmd) {
        command(roff, sub, "trustmend");
    }
}

fn visible(cmd: &clap::Command) -> impl Iterator<Item = &clap::Command> {
    cmd.get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
}

fn command(roff: &mut Roff, sub: &clap::Command, parent: &str) {
    let name = format!("{parent} {}", sub.get_name());
    if sub.has_subcommands() {
        for inner in visible(sub) {
            command(roff, inner, &name);
        }
        return;
    }
    let args: Vec<&clap::Arg> = sub
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_global_set())
        .collect();
    let mut usage = vec![bold(name)];
    for a in args.iter().filter(|a| a.is_positional()) {
        usage.push(roman(" "));
        usage.push(italic(value_name(a)));
    }
    if args.iter().any(|a| !a.is_positional()) {
        usage.push(roman(" [options]"));
    }
    roff.control("TP", []);
    roff.text(usage);
    if let Some(about) = sub.get_long_about().or_else(|| sub.get_about()) {
        roff.text([roman(about.to_string())]);
    }
    let options: Vec<_> = args.iter().filter(|a| !a.is_positional()).collect();
    if options.is_empty() {
        return;
    }
    roff.control("RS", []);
    for a in options {
        roff.control("TP", []);
        roff.text(flag(a));
        let mut help = a
            .get_long_help()
            .or_else(|| a.get_help())
            .map(ToString::to_string)
            .unwrap_or_default();
        let values = super::help::listed_values(a);
        if a.get_action().takes_values() && !values.is_empty() {
            help.push_str(&format!(" One of: {}.", values.join(", ")));
        }
        if let Some(default) = a.get_default_values().first() {
            help.push_str(&format!(" Default: {}.", default.to_string_lossy()));
        }
        roff.text([roman(help)]);
    }
    roff.control("RE", []);
}

fn value_name(a: &clap::Arg) -> String {
    a.get_value_names()
        .and_then(|n| n.first())
        .map_or_else(|| a.get_id().as_str().to_uppercase(), ToString::to_string)
}

fn flag(a: &clap::Arg) -> Vec<Inline> {
    let mut out = Vec::new();
    if let Some(short) = a.get_short() {
        out.push(bold(format!("-{short}")));
        out.push(roman(", "));
    }
    if let Some(long) = a.get_long() {
        out.push(bold(format!("--{long}")));
    }
    if a.get_action().takes_values() {
        out.push(roman(" "));
        out.push(italic(value_name(a)));
    }
    out
}

fn examples(roff: &mut Roff, cmd: &clap::Command) {
    let Some(after) = cmd.get_after_long_help().or_else(|| cmd.get_after_help()) else {
        return;
    };
    roff.control("SH", ["EXAMPLES"]);
    roff.control("nf", []);
    for line in after.to_string().lines() {
        roff.text([roman(line)]);
    }
    roff.control("fi", []);
}

/// The same tables as the footer and the `?` help, screen by screen.
fn keys(roff: &mut Roff) {
    roff.control("SH", ["KEYS"]);
    roff.text([roman(
        "Every screen shows its most useful keys at the bottom; ? (or F1 while writing) shows all of them. docs/keys.md has the same tables.",
    )]);
    let anywhere = ("On every screen", keymap::ANYWHERE);
    let screens = Context::ALL
        .iter()
        .map(|&ctx| (ctx.title(), keymap::bindings(ctx)));
    for (title, bindings) in std::iter::once(anywhere).chain(screens) {
        roff.control("SS", [title]);
        let mut last = None;
        for b in bindings {
            // Keys that share a line (the digits 0-9) are listed once, as in the help.
            if last == Some((b.label, b.hint)) {
                continue;
            }
            last = Some((b.label, b.hint));
            roff.control("TP", []);
            roff.text([bold(b.label)]);
            roff.text([roman(b.hint)]);
        }
    }
}

fn files(roff: &mut Roff) {
    roff.control("SH", ["FILES"]);
    roff.text([roman(
        "The data folder (--data-dir or TRUSTMEND_DATA_DIR to choose another) is created private to you (0700), and its files are written 0600:",
    )]);
    for (system, path) in [
        (
            "Linux",
            "$XDG_DATA_HOME/trustmend/ (usually ~/.local/share/trustmend/)",
        ),
        ("macOS", "~/Library/Application Support/trustmend/"),
        ("Windows", "%APPDATA%\\trustmend\\data\\"),
    ] {
        roff.control("TP", []);
        roff.text([bold(system)]);
        roff.text([roman(path)]);
    }
    roff.control("PP", []);
    roff.text([roman("It holds:")]);
    for (file, what) in [
        (
            STORE_FILE,
            "your journal, progress, commitments, check-ins and homework",
        ),
        (
            "store.changes.jsonl",
            "the saves since store.json was last written whole",
        ),
        (
            SUMMARY_FILE,
            "what the first screen shows, so it appears at once",
        ),
        (SESSION_FILE, "where you were, and unsaved drafts"),
        (
            BACKUP_DIR,
            "earlier copies of the journal (trustmend doctor lists them)",
        ),
        (
            LOCK_FILE,
            "held while the workbook is open, so two cannot save over each other",
        ),
    ] {
        roff.control("TP", []);
        roff.text([bold(file)]);
        roff.text([roman(what)]);
    }
    roff.control("PP", []);
    roff.text([roman(
        "The settings file, config.toml (--config or TRUSTMEND_CONFIG to read another; optional):",
    )]);
    for (system, path) in [
        (
            "Linux",
            "$XDG_CONFIG_HOME/trustmend/config.toml (usually ~/.config/trustmend/config.toml)",
        ),
        (
            "macOS",
            "~/Library/Application Support/trustmend/config.toml",
        ),
        ("Windows", "%APPDATA%\\trustmend\\config\\config.toml"),
    ] {
        roff.control("TP", []);
        roff.text([bold(system)]);
        roff.text([roman(path)]);
    }
    roff.control("PP", []);
    roff.text([roman(
        "trustmend config path prints the one in use. docs/config.md describes every setting.",
    )]);
}

fn environment(roff: &mut Roff) {
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, what) in [
        (
            "TRUSTMEND_DATA_DIR",
            "The data folder, as --data-dir (which wins when both are given).",
        ),
        (
            "TRUSTMEND_CONFIG",
            "The settings file, as --config (which wins when both are given).",
        ),
        (
            "NO_COLOR",
            "Set to anything but empty: no colour, only bold, underline and reverse (see https://no-color.org). --color always or never overrides it.",
        ),
        (
            "VISUAL, EDITOR",
            "The editor Ctrl+O opens while writing, when config.toml sets no editor: VISUAL first, then EDITOR.",
        ),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "The first of them set and not empty chooses the language of trustmend's words (es_ES.UTF-8, es_MX or es_US: Spanish; otherwise English) unless config.toml sets language, and its country (the CA of en_CA) the help lines shown first unless config.toml sets country or one was chosen in the welcome. --help follows the locale alone; this page is always in English. Month and day names in dates are in the language. trustmend writes UTF-8: the terminal should use a UTF-8 locale (such as en_US.UTF-8 or es_ES.UTF-8) for the lines and arrows to show.",
        ),
        (
            "TZ",
            "The time zone that entries, check-ins and \"today\" are dated in (the system's when unset).",
        ),
    ] {
        roff.control("TP", []);
        roff.text([bold(name)]);
        roff.text([roman(what)]);
    }
}

fn exit_status(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    for (status, what) in [
        (
            "0",
            "Done. Also when man, status or export find the reader of their output gone (trustmend man | head).",
        ),
        (
            "1",
            "Something went wrong, and the line starting \"trustmend:\" on standard error says what and what to do; nothing was changed unless it says so. Also doctor when it found a problem, and homework check when the file has mistakes.",
        ),
        (
            "2",
            "The command line itself was not understood (an unknown option or a missing value); the usage is printed.",
        ),
    ] {
        roff.control("TP", []);
        roff.text([bold(status)]);
        roff.text([roman(what)]);
    }
}
