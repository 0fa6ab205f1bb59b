//! The command line in the language in use: `--help`, each command's help
//! and clap's own errors. `cli.rs` stays the clap derive, in English; here
//! its `Command` is built (`CommandFactory::command`) and, in any other
//! language, every about, long about, after-help and argument help is
//! replaced from the catalogue (`cli-about`, `cli-arg-data-dir`,
//! `cli-export-arg-format`…), with clap's own words (headings, `--help`,
//! `help`, `[default: …]`, errors) in that language too. English is the
//! derive untouched, byte for byte; `man` and `completions` are always
//! made from the English definitions.
//!
//! The language of the command line can only come from the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`): the settings file is read after the
//! command line is understood.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use crate::cli::Cli;
use crate::i18n::{self, Lang};

/// The command line of this process, understood; help, the version and
/// mistakes are printed and the process ends, as clap does.
pub(super) fn parse() -> Cli {
    let var = |name: &str| std::env::var(name).ok();
    let (lang, _) = i18n::choose(
        None,
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    );
    i18n::set_language(lang);
    parse_from(std::env::args_os().collect())
}

fn parse_from(args: Vec<OsString>) -> Cli {
    if i18n::language() == Lang::EN {
        return <Cli as clap::Parser>::parse_from(args);
    }
    let matches = match command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => exit_with(&e),
    };
    // `help [COMMAND…]`: the same as `COMMAND… --help`.
    let mut path = vec![args.first().cloned().unwrap_or_else(|| "trustmend".into())];
    let mut at = &matches;
    while let Some((name, sub)) = at.subcommand() {
        if name == "help" {
            let asked = sub
                .get_many::<String>("subcommand")
                .into_iter()
                .flatten()
                .map(OsString::from);
            path.extend(asked);
            path.push("--help".into());
            match command().try_get_matches_from(path) {
                Ok(_) => std::process::exit(0),
                Err(e) => exit_with(&e),
            }
        }
        path.push(name.into());
        at = sub;
    }
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => exit_with(&e),
    }
}

/// The command line's definition in the language in use: the derive's,
/// untouched, in English.
pub(super) fn command() -> Command {
    let cmd = Cli::command();
    if i18n::language() == Lang::EN {
        return cmd;
    }
    localize(cmd, "cli", true)
}

/// A sentence of the catalogue by its id (made from the command's path),
/// or `None` when the catalogue lacks it (the tests say when one does).
fn word(id: &str) -> Option<String> {
    let loader = i18n::loader();
    loader.has(id).then(|| loader.get(id))
}

/// A heading or a value's name for clap, which keeps them as `&'static
/// str`: made once per run of the program (a few dozen short words).
fn leaked(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The message id of an argument of the command at `prefix`.
fn arg_id(prefix: &str, arg: &Arg) -> String {
    format!("{prefix}-arg-{}", arg.get_id().as_str().replace('_', "-"))
}

/// The name a value of `arg` is shown by (`FILE`), as clap shows it.
fn value_name(arg: &Arg) -> String {
    arg.get_value_names()
        .and_then(|n| n.first())
        .map_or_else(|| arg.get_id().as_str().to_uppercase(), ToString::to_string)
}

fn value_name_id(arg: &Arg) -> String {
    format!("cli-value-{}", value_name(arg).to_lowercase())
}

fn localize(mut cmd: Command, prefix: &str, root: bool) -> Command {
    if let Some(about) = word(&format!("{prefix}-about")) {
        cmd = cmd.about(about);
    }
    if cmd.get_long_about().is_some()
        && let Some(mut long) = word(&format!("{prefix}-long-about"))
    {
        // Said once, in the long help of the program itself, until a
        // clinician who speaks the language has read it (as Help and
        // safety says it).
        if root && crate::t!("translation-review") != "reviewed" {
            long = format!("{long}\n\n{}", crate::t!("cli-translation-note"));
        }
        cmd = cmd.long_about(long);
    }
    if cmd.get_after_help().is_some()
        && let Some(after) = word(&format!("{prefix}-after-help"))
    {
        cmd = cmd.after_help(after);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_string())
        .collect();
    let options = leaked(crate::t!("cli-heading-options"));
    let arguments = leaked(crate::t!("cli-heading-arguments"));
    for id in ids {
        cmd = cmd.mut_arg(&id, |a| localize_arg(a, prefix, options, arguments));
    }
    // clap's own flags and `help`, in the language.
    cmd = cmd.disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(crate::t!("cli-help-flag"))
            .long_help(crate::t!("cli-help-flag-long"))
            .help_heading(options)
            // Last, as clap lists its own.
            .display_order(usize::MAX - 1),
    );
    if root {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(crate::t!("cli-version-flag"))
                .help_heading(options)
                .display_order(usize::MAX),
        );
    }
    if cmd.has_subcommands() {
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            let inner = format!("{prefix}-{name}");
            cmd = cmd.mut_subcommand(&name, |s| localize(s, &inner, false));
        }
        cmd = cmd
            .subcommand_help_heading(leaked(crate::t!("cli-heading-commands")))
            .subcommand_value_name(leaked(crate::t!("cli-value-command")))
            .disable_help_subcommand(true)
            .subcommand(
                Command::new("help")
                    .about(crate::t!("cli-help-about"))
                    .disable_help_flag(true)
                    .arg(
                        Arg::new("subcommand")
                            .action(ArgAction::Append)
                            .num_args(..)
                            .value_name(leaked(crate::t!("cli-value-command")))
                            .help(crate::t!("cli-help-arg"))
                            .help_heading(arguments),
                    ),
            );
    }
    cmd
}

/// The values an option accepts that its help lists (not the hidden ones):
/// the same list for `--help` and the man page.
pub(super) fn listed_values(a: &Arg) -> Vec<String> {
    a.get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect()
}

fn localize_arg(mut a: Arg, prefix: &str, options: &'static str, arguments: &'static str) -> Arg {
    let id = arg_id(prefix, &a);
    // clap's notes after the help ([default: …]), in the language.
    let takes_values = a.get_action().takes_values();
    let values = listed_values(&a);
    let mut notes = String::new();
    if takes_values && !values.is_empty() && !a.is_hide_possible_values_set() {
        let note = crate::t!("cli-note-values", values = values.join(", "));
        notes.push_str(&format!(" [{note}]"));
    }
    if takes_values
        && !a.is_hide_default_value_set()
        && let Some(default) = a.get_default_values().first()
    {
        let value = default.to_string_lossy().into_owned();
        notes.push_str(&format!(
            " [{}]",
            crate::t!("cli-note-default", value = value)
        ));
    }
    if !a.is_hide_env_set()
        && let Some(env) = a.get_env()
    {
        let name = env.to_string_lossy().into_owned();
        notes.push_str(&format!(" [{}]", crate::t!("cli-note-env", name = name)));
    }
    let help = word(&id).unwrap_or_default();
    if a.get_long_help().is_some() {
        let long = word(&format!("{id}-long")).unwrap_or_else(|| help.clone());
        a = a.long_help(format!("{long}{notes}"));
    }
    a = a.help(format!("{help}{notes}")).hide_env(true);
    if takes_values {
        a = a.hide_possible_values(true).hide_default_value(true);
    }
    let heading = if a.is_positional() {
        arguments
    } else {
        options
    };
    a = a.help_heading(heading);
    if takes_values && let Some(name) = word(&value_name_id(&a)) {
        a = a.value_name(leaked(name));
    }
    a
}

/// Help, the version or a mistake on the command line: printed in the
/// language in use, then the process ends as clap ends it (0 for help and
/// the version, 2 for a mistake).
fn exit_with(e: &clap::Error) -> ! {
    use std::io::Write as _;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let text = in_words(&e.render().to_string());
            let _ = std::io::stdout().write_all(text.as_bytes());
            let _ = std::io::stdout().flush();
            std::process::exit(0)
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let text = in_words(&e.render().to_string());
            let _ = std::io::stderr().write_all(text.as_bytes());
            std::process::exit(2)
        }
        _ => {
            let text = in_words(&said(e));
            let _ = std::io::stderr().write_all(text.as_bytes());
            std::process::exit(2)
        }
    }
}

/// What clap writes in its own words, in the language: the usage line.
fn in_words(text: &str) -> String {
    let usage = crate::t!("cli-usage");
    let options = crate::t!("cli-value-options");
    text.lines()
        .map(|line| {
            let line = match line.strip_prefix("Usage:") {
                Some(rest) => format!("{usage}:{rest}"),
                None => line.to_string(),
            };
            line.replace("[OPTIONS]", &format!("[{options}]"))
        })
        .collect::<Vec<_>>()
        .join("\n")
        + if text.ends_with('\n') { "\n" } else { "" }
}

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    e.get(kind).map(|v| match v {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(s) => s.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(s) => s
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(b) => b.to_string(),
        _ => String::new(),
    })
}

/// A mistake on the command line, said in the language in use, with the
/// usage and where to read more.
fn said(e: &clap::Error) -> String {
    let c = |kind| context(e, kind).unwrap_or_default();
    let arg = c(ContextKind::InvalidArg);
    let value = c(ContextKind::InvalidValue);
    let mut text = match e.kind() {
        ErrorKind::UnknownArgument => crate::t!("cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => crate::t!(
            "cli-error-unknown-command",
            command = c(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue if value.is_empty() => {
            crate::t!("cli-error-no-value", arg = arg)
        }
        ErrorKind::InvalidValue => {
            let mut said = crate::t!("cli-error-invalid-value", arg = arg, value = value);
            if let Some(valid) = context(e, ContextKind::ValidValue) {
                said.push_str(&format!(
                    "\n\n  {}",
                    crate::t!("cli-error-valid-values", values = valid)
                ));
            }
            said
        }
        ErrorKind::ValueValidation => {
            // A date's parser says why in English: the form it wants instead.
            let source = std::error::Error::source(e);
            let why = if source.is_some_and(<dyn std::error::Error>::is::<chrono::ParseError>) {
                crate::t!("cli-error-date")
            } else {
                source.map(ToString::to_string).unwrap_or_default()
            };
            crate::t!("cli-error-bad-value", arg = arg, value = value, why = why)
        }
        ErrorKind::MissingRequiredArgument => crate::t!("cli-error-missing", arg = arg),
        ErrorKind::MissingSubcommand => crate::t!(
            "cli-error-missing-command",
            commands = c(ContextKind::ValidSubcommand)
        ),
        ErrorKind::ArgumentConflict => crate::t!(
            "cli-error-conflict",
            arg = arg,
            other = c(ContextKind::PriorArg)
        ),
        _ => crate::t!("cli-error-other"),
    };
    for kind in [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ] {
        if let Some(s) = context(e, kind) {
            text.push_str(&format!(
                "\n\n  {}",
                crate::t!("cli-error-did-you-mean", suggestion = s)
            ));
        }
    }
    let mut out = format!("error: {text}\n");
    if let Some(usage) = context(e, ContextKind::Usage) {
        out.push_str(&format!("\n{usage}\n"));
    }
    out.push_str(&format!("\n{}\n", crate::t!("cli-error-more")));
    out
}

#[cfg(test)]
mod tests;
