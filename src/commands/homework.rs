//! `trustmend homework template|check|import`: read the file, check it,
//! and attach it to one partner's workbook under the store lock.

use std::path::Path;

use anyhow::{Context as _, Result, bail};
use chrono::Local;

use super::{load_content, whose};
use crate::cli::{Cli, HomeworkCommand};
use crate::content::Content;
use crate::homework::{self, Attached, Plan};
use crate::model::{PartnerId, Store};
use crate::store::DataDir;
use crate::text::printable;

pub(super) fn run(cli: &Cli, cmd: &HomeworkCommand) -> Result<()> {
    match cmd {
        HomeworkCommand::Template => {
            print!("{}", homework::TEMPLATE);
            Ok(())
        }
        HomeworkCommand::Check { file } => {
            let content = load_content(cli.content.as_deref())?;
            let plan = read_plan(file, &content, "fix them and check again")?;
            let prompts: usize = plan.steps.iter().map(|s| s.prompts.len()).sum();
            // Through the one sanitiser: the file's words may hold controls.
            println!(
                "{}: ok — homework from {}, starting {}, {} strateg{}, {} extra prompt{}",
                printable(&file.display().to_string()),
                printable(&plan.assigned_by),
                plan.start,
                plan.steps.len(),
                if plan.steps.len() == 1 { "y" } else { "ies" },
                prompts,
                if prompts == 1 { "" } else { "s" }
            );
            if !plan.measures.is_empty() {
                let names: Vec<&str> = plan
                    .measures
                    .ids
                    .iter()
                    .filter_map(|id| crate::measures::by_id(id).map(|m| m.name.as_str()))
                    .collect();
                println!(
                    "questionnaires: {}, offered every {} days",
                    names.join(", "),
                    plan.measures
                        .every_days
                        .unwrap_or(crate::measures::EVERY_DAYS)
                );
            }
            Ok(())
        }
        HomeworkCommand::Import { file } => import(cli, file),
    }
}

/// The checked plan, or every problem of the file followed by `then`.
fn read_plan(file: &Path, content: &Content, then: &str) -> Result<Plan> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let src = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{} is not valid UTF-8 (at byte {}); save it as UTF-8",
            file.display(),
            e.utf8_error().valid_up_to()
        )
    })?;
    homework::parse(file, &src, content).map_err(|problems| {
        let n = problems.len();
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        anyhow::anyhow!(
            "{} has {n} problem{}; {then}:\n{}",
            file.display(),
            if n == 1 { "" } else { "s" },
            list.join("\n")
        )
    })
}

fn import(cli: &Cli, file: &Path) -> Result<()> {
    let content = load_content(cli.content.as_deref())?;
    let plan = read_plan(file, &content, "nothing was imported")?;
    let dir = DataDir::resolve(cli.data_dir.clone())?;
    // Held until the new store is written: the workbook (or another import)
    // cannot save in between and lose this change or its own.
    let _lock = dir
        .lock()
        .map_err(|e| anyhow::anyhow!("{e} Then import the homework again; nothing was changed."))?;
    let Some(mut store) = dir.load_store()? else {
        bail!(
            "there is no workbook in {} yet. Run `trustmend` once to start it, then import the homework.",
            dir.root().display()
        );
    };
    let partner = recipient(&store, &plan, cli.profile.as_deref())?;
    if let (Some(to), Some(p)) = (plan.to.as_deref(), store.partner(partner))
        && !p.name.eq_ignore_ascii_case(to.trim())
    {
        eprintln!(
            "Note: the file says it is for {}; it is being added for {} as asked.",
            printable(&format!("{to:?}")),
            printable(&p.name)
        );
    }
    let name = store
        .partner(partner)
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let by = printable(&plan.assigned_by).into_owned();
    let steps = plan.steps.len();
    // Homework is part of a protected person's own record: adding it is
    // acting as them, so it needs their passphrase, and it is sealed with
    // the rest of them before it is written.
    let mut sealer = super::door::open_as(&mut store, partner, super::door::Ask::StdinOrTerminal)
        .map_err(|e| e.context("nothing was imported"))?;
    let outcome = homework::attach(
        &mut store,
        plan.into_assignment(partner, Local::now().fixed_offset()),
    );
    let mut on_disk = sealer
        .store_for_disk(&store)
        .map_err(|e| anyhow::anyhow!("{e}; nothing was imported"))?
        .into_owned();
    dir.save_store(&mut on_disk)?;
    let verb = match outcome {
        Attached::New => "Added",
        Attached::Replaced => "Replaced the earlier homework with",
    };
    println!(
        "{verb} homework from {by} for {}: {steps} strateg{}. Open trustmend and choose \"Homework from {by}\" on the home screen.",
        printable(&name),
        if steps == 1 { "y" } else { "ies" }
    );
    Ok(())
}

/// Whose workbook gets the homework: `--profile`, else the file's `to` when
/// it names someone here, else the only person.
fn recipient(store: &Store, plan: &Plan, profile: Option<&str>) -> Result<PartnerId> {
    if profile.is_none()
        && let Some(to) = plan.to.as_deref()
        && let Some(p) = store.partner_by_name(to)
    {
        return Ok(p.id);
    }
    whose(store, profile).with_context(|| match plan.to.as_deref() {
        Some(to) => {
            format!("the homework is for {to:?}, who is not in this workbook; nothing was imported")
        }
        None => "nothing was imported".to_string(),
    })
}
