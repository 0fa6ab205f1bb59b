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
            print!("{}", homework::template());
            Ok(())
        }
        HomeworkCommand::Check { file } => {
            let content = load_content(cli.content.as_deref())?;
            let plan = read_plan(file, &content, &crate::t!("homework-fix-and-check"))?;
            let prompts: usize = plan.steps.iter().map(|s| s.prompts.len()).sum();
            // Through the one sanitiser: the file's words may hold controls.
            println!(
                "{}",
                crate::t!(
                    "homework-check-ok",
                    file = printable(&file.display().to_string()).into_owned(),
                    by = printable(&plan.assigned_by).into_owned(),
                    start = plan.start.to_string(),
                    strategies = plan.steps.len(),
                    prompts = prompts
                )
            );
            if !plan.measures.is_empty() {
                let names: Vec<&str> = plan
                    .measures
                    .ids
                    .iter()
                    .filter_map(|id| crate::measures::by_id(id).map(|m| m.name.as_str()))
                    .collect();
                println!(
                    "{}",
                    crate::t!(
                        "homework-check-questionnaires",
                        names = names.join(", "),
                        days = plan
                            .measures
                            .every_days
                            .unwrap_or(crate::measures::EVERY_DAYS)
                    )
                );
            }
            Ok(())
        }
        HomeworkCommand::Import { file } => import(cli, file),
    }
}

/// The checked plan, or every problem of the file followed by `then`.
fn read_plan(file: &Path, content: &Content, then: &str) -> Result<Plan> {
    let bytes = std::fs::read(file)
        .with_context(|| crate::t!("homework-cannot-read", file = file.display().to_string()))?;
    let src = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(crate::t!(
            "homework-not-utf8",
            file = file.display().to_string(),
            byte = e.utf8_error().valid_up_to()
        ))
    })?;
    homework::parse(file, &src, content).map_err(|problems| {
        let n = problems.len();
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        anyhow::anyhow!(
            "{}\n{}",
            crate::t!(
                "homework-problems",
                file = file.display().to_string(),
                n = n,
                then = then.to_string()
            ),
            list.join("\n")
        )
    })
}

fn import(cli: &Cli, file: &Path) -> Result<()> {
    let content = load_content(cli.content.as_deref())?;
    let plan = read_plan(file, &content, &crate::t!("homework-nothing-imported"))?;
    let dir = DataDir::resolve(cli.data_dir.clone())?;
    // Held until the new store is written: the workbook (or another import)
    // cannot save in between and lose this change or its own.
    let _lock = dir
        .lock()
        .map_err(|e| anyhow::anyhow!("{e} {}", crate::t!("homework-locked")))?;
    let Some(mut store) = dir.load_store()? else {
        bail!(crate::t!(
            "homework-no-workbook",
            dir = dir.root().display().to_string()
        ));
    };
    let partner = recipient(&store, &plan, cli.profile.as_deref())?;
    if let (Some(to), Some(p)) = (plan.to.as_deref(), store.partner(partner))
        && !p.name.eq_ignore_ascii_case(to.trim())
    {
        eprintln!(
            "{}",
            crate::t!(
                "homework-for-another",
                to = printable(&format!("{to:?}")).into_owned(),
                name = printable(&p.name).into_owned()
            )
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
        .map_err(|e| e.context(crate::t!("homework-nothing-imported")))?;
    let outcome = homework::attach(
        &mut store,
        plan.into_assignment(partner, Local::now().fixed_offset()),
    );
    let mut on_disk = sealer
        .store_for_disk(&store)
        .map_err(|e| anyhow::anyhow!("{e}; {}", crate::t!("homework-nothing-imported")))?
        .into_owned();
    dir.save_store(&mut on_disk)?;
    let replaced = match outcome {
        Attached::New => "no",
        Attached::Replaced => "yes",
    };
    println!(
        "{}",
        crate::t!(
            "homework-imported",
            replaced = replaced,
            by = by,
            name = printable(&name).into_owned(),
            steps = steps
        )
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
        Some(to) => crate::t!("homework-for-nobody", to = format!("{to:?}")),
        None => crate::t!("homework-nothing-imported"),
    })
}
