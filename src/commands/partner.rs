//! `trustmend partner add|list`: set up the people of a workbook from a
//! script or a therapist's session, without opening the workbook.

use anyhow::{Result, bail};
use chrono::Local;

use crate::cli::RoleArg;
use crate::model::{Role, Store};
use crate::store::DataDir;
use crate::workbook::welcome::MAX_NAME;

impl From<RoleArg> for Role {
    fn from(r: RoleArg) -> Role {
        match r {
            RoleArg::Hurt => Role::Hurt,
            RoleArg::Repairing => Role::Repairing,
            RoleArg::Both => Role::Both,
            RoleArg::Unsaid => Role::Unsaid,
        }
    }
}

/// Why a name cannot be used, in words for the person who typed it.
pub fn name_problem(store: &Store, name: &str) -> Option<String> {
    let name = name.trim();
    if name.is_empty() {
        return Some("the name is empty; give any name you like".into());
    }
    if name.chars().any(char::is_control) {
        return Some("the name has control characters in it; type it as plain text".into());
    }
    if name.chars().count() > MAX_NAME {
        return Some(format!("please keep the name under {MAX_NAME} characters"));
    }
    if store.partner_by_name(name).is_some() {
        return Some(format!(
            "{name} is already in this workbook; choose another name"
        ));
    }
    None
}

/// Adds a person. Takes the same lock as the workbook, so it never writes
/// under an open session, and writes the store atomically.
pub fn add(dir: &DataDir, name: &str, role: RoleArg) -> Result<()> {
    let _lock = dir.lock()?;
    let mut store = dir.load_store()?.unwrap_or_default();
    if let Err(full) = store.room_for_another() {
        bail!("cannot add {:?}: {full}. Nothing was changed.", name.trim());
    }
    if let Some(why) = name_problem(&store, name) {
        bail!("cannot add {:?}: {why}. Nothing was changed.", name.trim());
    }
    let role = Role::from(role);
    let id = store.add_partner(name, role, Local::now().fixed_offset());
    dir.save_store(&mut store)?;
    let name = store.partner(id).map_or(name, |p| p.name.as_str());
    println!(
        "Added {name} ({}). {name} can start with: trustmend --profile {name:?}",
        role.short()
    );
    Ok(())
}

/// Names and roles only: nothing anyone wrote, nothing of the safety check.
pub fn list(dir: &DataDir) -> Result<()> {
    let store = dir.load_store()?.unwrap_or_default();
    if store.partners.is_empty() {
        println!(
            "No one in this workbook yet. Add someone with: trustmend partner add NAME --role hurt|repairing|both|unsaid"
        );
    }
    for p in &store.partners {
        println!(
            "{}\t{}",
            crate::text::one_line(&p.name, MAX_NAME),
            p.role.short()
        );
    }
    Ok(())
}
