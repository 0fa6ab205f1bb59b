//! What each command does: the glue between the CLI, the disk and the pure
//! core. The workbook itself is in `app`.

use std::path::Path;

use anyhow::{Context as _, Result, bail};
use chrono::Local;

use crate::cli::{Cli, Command, ConfigCommand, ContentCommand, Format, PartnerCommand};
use crate::content::{self, Content};
use crate::model::{PartnerId, Store};
use crate::report::{self, Scope};
pub(crate) use crate::settings::{self, Settings, load_content};
use crate::store::DataDir;

mod help;
mod shell;
mod walk;

mod door;
mod partner;
mod write;

mod export;
mod homework;

/// The command line, understood in the locale's language: `--help`, each
/// command's help and clap's errors in it (see `help`).
pub fn parse_command_line() -> Cli {
    help::parse()
}

pub fn run(cli: Cli) -> Result<()> {
    settings::choose_language(&cli);
    match &cli.command {
        None => {
            let settings = settings::load(&cli)?;
            // The catalogue and the pack each read on their own thread
            // while the data folder is opened (see `PackReading`).
            crate::i18n::prepare();
            let content = settings::PackReading::start(cli.content.as_deref())?;
            let dir = DataDir::resolve(cli.data_dir.clone())?;
            let left = crate::app::run_with(dir.clone(), content, cli.profile.clone(), settings)?;
            // "Leave this workbook", asked twice on the screen: the rest
            // (the copy, the shared entries, the removal) here, under the
            // lock the screen has just given back.
            match left {
                Some(id) => partner::leave_from_the_app(&cli, &dir, id),
                None => Ok(()),
            }
        }
        Some(Command::Status) => {
            let today = Local::now().date_naive();
            let (content, dir) = prepare_to_read(&cli)?;
            let text = match status_from_summary(&cli, &content, &dir, today)? {
                Some(text) => text,
                None => {
                    // The summary is written again from what is read, so
                    // the next `status` answers from it (as `git status`
                    // refreshes its index when it can): if nobody else has
                    // the folder and nothing was written during the read.
                    let was = dir.journal_now();
                    let (store, partner) = read_journal(&cli, &dir, was)?;
                    let scope = Scope {
                        content: &content,
                        store,
                        partner,
                        filter: Default::default(),
                    };
                    report::status::render(&scope, today)
                }
            };
            export::to_stdout(|out| out.write_all(text.as_bytes()))
                .context(crate::t!("cmd-cannot-write-summary"))
        }
        Some(Command::Export {
            format,
            output,
            force,
            encrypt_to,
            passphrase,
            filters,
        }) => {
            let (content, store, partner) = open_for_reading(&cli)?;
            let store = export::searched(store, filters.search.as_deref())?;
            let mut scope = Scope {
                content: &content,
                store,
                partner,
                filter: export::filter(&content, filters)?,
            };
            let chosen = export::select(&scope, filters.select.as_deref())?;
            scope.filter.selected = chosen.as_deref();
            let now = export::exported_at()?;
            // Checked before anything is written (then streamed).
            let json = match format {
                Format::Json => Some(report::json::export(&scope, now)?),
                _ => None,
            };
            let key = export::key(encrypt_to, *passphrase)?;
            export::write_output(output.as_deref(), *force, key.as_ref(), |out| {
                // To a file: a sign of life while it is written (cleared
                // before "Wrote" is said). To standard output, the text is.
                let _writing = output
                    .is_some()
                    .then(|| crate::working::Working::start(&crate::t!("cmd-writing-export")));
                match (format, &json) {
                    (Format::Markdown, _) => report::markdown::write(&scope, now, out),
                    (Format::Html, _) => report::html::write(&scope, now, out),
                    (Format::Json, Some(report)) => report::json::write(report, out),
                    (Format::Json, None) => Ok(()),
                }
            })
        }
        Some(Command::Content(ContentCommand::Check { dir })) => {
            let content = load_content(dir.as_deref())?;
            let name = dir
                .as_ref()
                .map_or(crate::t!("cmd-bundled-pack"), |d| d.display().to_string());
            // The questionnaires: the folder's measures.toml, or the bundled.
            let measures = if let Some(dir) = dir.as_deref() {
                crate::measures::load_dir(dir)
            } else {
                crate::measures::parse_bundled(crate::i18n::language().code())
            }
            .map_err(|problems| {
                anyhow::anyhow!(
                    "{}\n{}",
                    crate::t!("cmd-measures-problems", n = problems.len()),
                    problems.join("\n")
                )
            })?;
            // The bundled catalogues of sentences: every message in every language.
            if dir.is_none() {
                let problems = crate::i18n::check_catalogues();
                if !problems.is_empty() {
                    bail!(
                        "{}\n{}",
                        crate::t!("cmd-catalogues-differ"),
                        problems.join("\n")
                    );
                }
            }
            let summary = content.summary();
            println!(
                "{}",
                crate::t!(
                    "cmd-pack-ok",
                    name = name,
                    strategies = summary.strategies,
                    prompts = summary.prompts,
                    commitments = summary.commitments,
                    faq = summary.faq,
                    signs = summary.move_on,
                    lines = summary.resources,
                    questionnaires = measures.len()
                )
            );
            // The date comes from the clock here, at the edge.
            let today = Local::now().date_naive();
            for w in content
                .help
                .stale(today)
                .into_iter()
                .chain(content.help.gaps())
            {
                eprintln!(
                    "trustmend: {}",
                    crate::t!(
                        "cmd-warning",
                        warning = crate::text::printable(&w.to_string()).into_owned()
                    )
                );
            }
            Ok(())
        }
        Some(Command::Content(ContentCommand::Export { dir })) => export_pack(dir),
        Some(Command::Config(ConfigCommand::Show)) => settings::show(&cli),
        Some(Command::Config(ConfigCommand::Path)) => settings::path(&cli),
        Some(Command::Completions { shell }) => shell::completions(*shell),
        Some(Command::Man) => shell::man(),
        Some(Command::Walk) => {
            let mut settings = settings::load(&cli)?;
            let content = load_content(cli.content.as_deref())?;
            settings.warnings = settings::warn(&settings, &content);
            let dir = DataDir::resolve(cli.data_dir.clone())?;
            walk::run(dir, content, cli.profile.as_deref(), settings)
        }
        Some(Command::Partner(PartnerCommand::Add { name, role })) => {
            partner::add(&DataDir::resolve(cli.data_dir.clone())?, name, *role)
        }
        Some(Command::Partner(PartnerCommand::Rename { old, new })) => {
            partner::rename(&DataDir::resolve(cli.data_dir.clone())?, old, new)
        }
        Some(Command::Partner(PartnerCommand::Remove {
            name,
            export,
            keep_shared,
            yes,
            without_passphrase,
        })) => {
            let content = load_content(cli.content.as_deref())?;
            let options = partner::RemoveOptions {
                export: export.clone(),
                keep_shared: *keep_shared,
                yes: *yes,
                without_passphrase: *without_passphrase,
                asked_twice: false,
            };
            partner::remove(
                &content,
                &DataDir::resolve(cli.data_dir.clone())?,
                name,
                &options,
            )
        }
        Some(Command::Partner(PartnerCommand::List)) => {
            partner::list(&DataDir::resolve(cli.data_dir.clone())?)
        }
        Some(Command::Write { text, as_name }) => write::run(&cli, text, as_name.as_deref()),
        Some(Command::Homework(cmd)) => homework::run(&cli, cmd),
        Some(Command::Doctor {
            recover,
            restore,
            rebuild,
            repair,
        }) => {
            let dir = DataDir::resolve(cli.data_dir.clone())?;
            let now = Local::now().naive_local();
            use crate::working::during;
            // Paths and names in what doctor says go through the one
            // sanitiser (see `text::printable`), and its lines fit the
            // columns `status` fits.
            let fit = |text: &str| {
                crate::text::fit_report(
                    &crate::text::printable(text),
                    report::status::WIDTH,
                    &crate::doctor::MARKS,
                )
            };
            let say = |text: String| println!("{}", fit(&text));
            match restore {
                Some(backup) => say(during(&crate::t!("cmd-restoring"), || {
                    crate::doctor::restore(&dir, backup, now)
                })?),
                None if *recover => say(during(&crate::t!("cmd-recovering"), || {
                    crate::doctor::recover(&dir, now)
                })?),
                None if *rebuild => say(during(&crate::t!("cmd-rebuilding"), || {
                    crate::doctor::rebuild(&dir, now)
                })?),
                None if *repair => say(during(&crate::t!("cmd-repairing"), || {
                    crate::doctor::repair(&dir, now)
                })?),
                None => {
                    let checkup = during(&crate::t!("cmd-checking"), || crate::doctor::check(&dir));
                    print!("{}", fit(&checkup.text));
                    if checkup.problems > 0 {
                        bail!(crate::t!("cmd-doctor-problems", n = checkup.problems));
                    }
                }
            }
            Ok(())
        }
    }
}

/// From this size of `store.json`, a command that reads it keeps the
/// system's huge pages.
const HUGE_PAGES_FROM: u64 = 4 << 20;

/// The pack, the store and whose report it is, for a command that only
/// reads: it works while the workbook is open in a terminal (no lock is
/// taken). The store is kept until the process ends (the command's last
/// act): freeing a large journal entry by entry would only delay the exit.
fn open_for_reading(cli: &Cli) -> Result<(Content, &'static Store, PartnerId)> {
    let (content, dir) = prepare_to_read(cli)?;
    let (store, partner) = read_journal(cli, &dir, None)?;
    Ok((content, store, partner))
}

/// The content and the data folder a report is made from.
fn prepare_to_read(cli: &Cli) -> Result<(Content, DataDir)> {
    // The settings change nothing in a report, but a bad one is said here
    // as everywhere, not passed over.
    let settings = settings::load(cli)?;
    let content = load_content(cli.content.as_deref())?;
    settings::warn(&settings, &content);
    Ok((content, DataDir::resolve(cli.data_dir.clone())?))
}

/// `status` from `summary.json` alone, when it was made from the journal
/// as it is now and the person does not protect their records (whose
/// status is sealed, and read with their passphrase): `None` otherwise,
/// and the journal is read. Both draw from a `standing::Digest`.
fn status_from_summary(
    cli: &Cli,
    content: &Content,
    dir: &DataDir,
    today: chrono::NaiveDate,
) -> Result<Option<String>> {
    let Some(summary) = dir.load_summary() else {
        return Ok(None);
    };
    // The same people as the journal's, so the same answer or refusal.
    let partner = whose(&summary.store, cli.profile.as_deref())?;
    Ok(summary
        .status
        .get(&partner)
        .map(|digest| report::status::render_from(content, &summary.store, partner, digest, today)))
}

/// The journal in `dir`, opened for the person a report is for. With
/// `was` (what the files held just before the read), the summary is
/// written again from the journal as read, as the disk holds it (a
/// protected person's records sealed), before anyone is asked for a
/// passphrase (`DataDir::summary_after_reading`).
fn read_journal(
    cli: &Cli,
    dir: &DataDir,
    was: Option<crate::store::summary::JournalNow>,
) -> Result<(&'static Store, PartnerId)> {
    // Huge pages make reading a large journal quicker; for a small one
    // they only cost memory (see `hardening::small_pages`).
    if std::fs::metadata(dir.store_path()).is_ok_and(|m| m.len() >= HUGE_PAGES_FROM) {
        crate::hardening::huge_pages();
    }
    let Some(mut store) =
        crate::working::during(&crate::t!("cmd-reading-journal"), || dir.load_store())?
    else {
        bail!(crate::t!(
            "cmd-no-workbook",
            dir = dir.root().display().to_string()
        ));
    };
    if let Some(was) = was {
        dir.summary_after_reading(&store, &was);
    }
    let partner = whose(&store, cli.profile.as_deref())?;
    // A protected person's records are read only with their passphrase.
    drop(door::open_as(
        &mut store,
        partner,
        door::Ask::StdinOrTerminal,
    )?);
    Ok((Box::leak(Box::new(store)), partner))
}

/// The person a summary or export is for. With several people and no
/// `--profile`, refuse rather than guess: it would show one person's words
/// to whoever typed the command.
pub(crate) fn whose(store: &Store, profile: Option<&str>) -> Result<PartnerId> {
    if let Some(name) = profile {
        return store.partner_by_name(name).map(|p| p.id).with_context(|| {
            let names: Vec<_> = store.partners.iter().map(|p| p.name.as_str()).collect();
            crate::t!(
                "cmd-no-one-called",
                name = format!("{name:?}"),
                names = names.join(", ")
            )
        });
    }
    match store.partners.as_slice() {
        [] => bail!(crate::t!("cmd-no-one-yet")),
        [only] => Ok(only.id),
        many => {
            let names: Vec<_> = many.iter().map(|p| p.name.as_str()).collect();
            bail!(crate::t!("cmd-shared-by", names = and_list(&names)))
        }
    }
}

pub(crate) use crate::i18n::and_list;

fn export_pack(dir: &Path) -> Result<()> {
    let taken: Vec<_> = content::FILES
        .iter()
        .filter(|f| dir.join(f).exists())
        .collect();
    if !taken.is_empty() {
        bail!(crate::t!(
            "cmd-pack-folder-taken",
            dir = dir.display().to_string(),
            files = taken
                .iter()
                .map(std::string::ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    std::fs::create_dir_all(dir).with_context(|| cannot_create(dir))?;
    for name in content::FILES {
        let text = format!(
            "{}{}",
            content::field_guide(name),
            content::bundled_file(name).unwrap_or_default()
        );
        std::fs::write(dir.join(name), text).with_context(|| cannot_write(&dir.join(name)))?;
    }
    // The questionnaires, for a clinician to add a licensed one of their own.
    let measures = dir.join(crate::measures::FILE);
    if !measures.exists() {
        std::fs::write(&measures, crate::measures::english())
            .with_context(|| cannot_write(&measures))?;
    }
    println!(
        "{}",
        crate::t!("cmd-pack-written", dir = dir.display().to_string())
    );
    Ok(())
}

/// "cannot create FOLDER", for an error's context.
pub(crate) fn cannot_create(path: &Path) -> String {
    crate::t!("cmd-cannot-create", path = path.display().to_string())
}

/// "cannot write FILE", for an error's context.
pub(crate) fn cannot_write(path: &Path) -> String {
    crate::t!("cmd-cannot-write", path = path.display().to_string())
}
