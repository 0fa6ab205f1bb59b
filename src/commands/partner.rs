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
pub(super) fn name_problem(store: &Store, name: &str) -> Option<String> {
    let name = name.trim();
    if name.is_empty() {
        return Some(crate::t!("partner-name-empty"));
    }
    if name.chars().any(char::is_control) {
        return Some(crate::t!("partner-name-controls"));
    }
    if name.chars().count() > MAX_NAME {
        return Some(crate::t!("partner-name-long", max = MAX_NAME));
    }
    if store.partner_by_name(name).is_some() {
        return Some(crate::t!("partner-name-taken", name = name.to_string()));
    }
    None
}

/// Adds a person. Takes the same lock as the workbook, so it never writes
/// under an open session, and writes the store atomically.
pub(super) fn add(dir: &DataDir, name: &str, role: RoleArg) -> Result<()> {
    let _lock = dir.lock()?;
    let mut store = dir.load_store()?.unwrap_or_default();
    // A name already here says so first: that person is not a third.
    if let Some(why) = name_problem(&store, name) {
        bail!(crate::t!(
            "partner-cannot-add",
            name = format!("{:?}", name.trim()),
            why = why
        ));
    }
    if let Err(full) = store.room_for_another() {
        bail!(crate::t!(
            "partner-cannot-add",
            name = format!("{:?}", name.trim()),
            why = full.to_string()
        ));
    }
    let role = Role::from(role);
    let id = store.add_partner(name, role, Local::now().fixed_offset());
    // They did not go through the welcome: the safety note is shown at
    // their first start.
    if let Some(p) = store.partner_mut(id) {
        p.seen_safety_note = false;
    }
    dir.save_store(&mut store)?;
    let name = store.partner(id).map_or(name, |p| p.name.as_str());
    println!(
        "{}",
        crate::t!(
            "partner-added",
            name = name.to_string(),
            role = role.short(),
            quoted = format!("{name:?}")
        )
    );
    Ok(())
}

/// Names and roles only: nothing anyone wrote, nothing of the safety check.
pub(super) fn list(dir: &DataDir) -> Result<()> {
    let store = dir.load_store()?.unwrap_or_default();
    if store.partners.is_empty() {
        println!("{}", crate::t!("partner-list-empty"));
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

/// Gives a person another name. Nothing they wrote changes: entries name
/// their author by id. Saved as the app saves (one line appended to the
/// change log), under the same lock.
pub(super) fn rename(dir: &DataDir, old: &str, new: &str) -> Result<()> {
    let lock = dir.lock()?;
    dir.open_for_writing(&lock)?;
    let Some(store) = dir.load_store()? else {
        bail!(crate::t!(
            "partner-rename-no-workbook",
            dir = dir.root().display().to_string()
        ));
    };
    let Some(id) = store.partner_by_name(old).map(|p| p.id) else {
        let names: Vec<_> = store.partners.iter().map(|p| p.name.as_str()).collect();
        bail!(crate::t!(
            "partner-rename-no-one",
            name = format!("{:?}", old.trim()),
            names = names.join(", ")
        ));
    };
    // Another spelling of the same name (a capital letter) is a rename too.
    let same_person = store.partner_by_name(new).is_some_and(|p| p.id == id);
    let problem = match name_problem(&store, new) {
        Some(_) if same_person && store.partner(id).is_some_and(|p| p.name != new.trim()) => None,
        Some(_) if same_person => Some(crate::t!(
            "partner-already-called",
            name = new.trim().to_string()
        )),
        other => other,
    };
    if let Some(why) = problem {
        bail!(crate::t!(
            "partner-cannot-rename",
            name = format!("{:?}", new.trim()),
            why = why
        ));
    }
    let mut saver = crate::store::saver::Saver::new(dir.clone());
    saver.start_from(store.clone());
    let mut renamed = store;
    let was = match renamed.partner_mut(id) {
        Some(p) => std::mem::replace(&mut p.name, new.trim().to_string()),
        None => bail!(crate::t!(
            "partner-no-one-called",
            name = format!("{:?}", old.trim())
        )),
    };
    saver.save(renamed)?;
    let (was, now) = (
        crate::text::printable(&was).into_owned(),
        crate::text::printable(new.trim()).into_owned(),
    );
    println!(
        "{}",
        crate::t!(
            "partner-renamed",
            was = was,
            now = now.clone(),
            quoted = format!("{now:?}")
        )
    );
    Ok(())
}

/// How `partner remove` was asked to go, from its flags.
#[derive(Debug, Clone, Default)]
pub(super) struct RemoveOptions {
    /// Write the person's own entries here first (.html for a page,
    /// anything else Markdown).
    pub export: Option<std::path::PathBuf>,
    /// Keep their shared entries for the other partner.
    pub keep_shared: bool,
    /// Answer both confirmations (for a script).
    pub yes: bool,
    /// A protected person removed without their passphrase, on purpose.
    pub without_passphrase: bool,
    /// Both were asked already, on the full screen ("Leave this workbook"):
    /// the copy and the shared entries are still offered.
    pub asked_twice: bool,
}

/// After "Leave this workbook" on the full screen: the questions left, on
/// the command line.
pub(super) fn leave_from_the_app(
    cli: &crate::cli::Cli,
    dir: &DataDir,
    partner: crate::model::PartnerId,
) -> Result<()> {
    let content = super::load_content(cli.content.as_deref())?;
    let Some(name) = dir
        .load_store()?
        .and_then(|s| s.partner(partner).map(|p| p.name.clone()))
    else {
        bail!(crate::t!("partner-leaver-gone"));
    };
    let options = RemoveOptions {
        asked_twice: true,
        ..RemoveOptions::default()
    };
    remove(&content, dir, &name, &options)
}

/// Takes a person out of the workbook, with everything of theirs in every
/// file of the data folder (see `store::leave`). It offers an export
/// first, asks twice, and refuses while the workbook is open elsewhere.
/// Answers are read line by line from standard input.
pub(super) fn remove(
    content: &crate::content::Content,
    dir: &DataDir,
    name: &str,
    options: &RemoveOptions,
) -> Result<()> {
    use crate::store::leave::Leaving;
    use anyhow::Context as _;

    let lock = dir.lock().context(crate::t!("partner-remove-locked"))?;
    dir.open_for_writing(&lock)?;
    let Some(store) =
        crate::working::during(&crate::t!("cmd-reading-journal"), || dir.load_store())?
    else {
        bail!(crate::t!(
            "partner-remove-no-workbook",
            dir = dir.root().display().to_string()
        ));
    };
    let Some(partner) = store.partner_by_name(name).cloned() else {
        let names: Vec<_> = store.partners.iter().map(|p| p.name.as_str()).collect();
        bail!(crate::t!(
            "partner-remove-no-one",
            name = format!("{:?}", name.trim()),
            names = names.join(", ")
        ));
    };
    let who = crate::text::printable(&partner.name).into_owned();
    // Removing a protected person is acting as them: their passphrase, unless
    // they asked on the full screen (where only they, unlocked, can), or the
    // person typing says plainly that they destroy a journal they cannot open.
    let mut opened = None;
    if partner.protection.is_some() && !options.asked_twice {
        if options.without_passphrase {
            println!(
                "{}",
                crate::t!("partner-without-passphrase", who = who.clone())
            );
        } else {
            let stdin = std::io::stdin();
            let ask = if std::io::IsTerminal::is_terminal(&stdin) {
                super::door::Ask::TerminalOnly
            } else {
                super::door::Ask::StdinOrTerminal
            };
            opened = super::door::unlock_as(&store, partner.id, ask).map_err(|e| {
                e.context(crate::t!("partner-only-with-passphrase", who = who.clone()))
            })?;
        }
    }
    let other = store
        .partners
        .iter()
        .find(|p| p.id != partner.id)
        .map(|p| crate::text::printable(&p.name).into_owned());
    // Kept shared entries stay for the other to read; only when couples mode
    // is on were they ever theirs to read (see `privacy::can_read`).
    let may_keep = other.is_some() && crate::privacy::couples_available(&store);
    if options.keep_shared && !may_keep {
        bail!(crate::t!("partner-keep-shared-nobody", who = who.clone()));
    }
    let preview = Leaving {
        partner: partner.id,
        keep_shared: false,
    }
    .apply(&mut store.clone());
    // Standard input is locked for each answer only: the passphrase of a
    // protected person's copy is read from it in between.
    let ask = |question: &str| -> Result<String> {
        print!("{question} ");
        std::io::Write::flush(&mut std::io::stdout())?;
        let mut line = String::new();
        std::io::BufRead::read_line(&mut std::io::stdin().lock(), &mut line)?;
        Ok(line.trim().to_string())
    };
    println!(
        "{}",
        crate::t!(
            "partner-leaving",
            who = who.clone(),
            dir = dir.root().display().to_string(),
            private = preview.private_entries,
            checkins = preview.checkins,
            strategies = preview.strategies,
            commitments = preview.commitments
        )
    );
    // 1. An export of their own entries, before anything goes.
    let export = match (&options.export, options.yes) {
        (Some(path), _) => Some(path.clone()),
        (None, true) => None,
        (None, false) => {
            let path = ask(&crate::t!("partner-ask-copy", who = who.clone()))?;
            (!path.is_empty()).then(|| std::path::PathBuf::from(path))
        }
    };
    if let Some(path) = &export {
        if partner.protection.is_some() && opened.is_none() {
            bail!(crate::t!(
                "partner-copy-needs-passphrase",
                who = who.clone()
            ));
        }
        export_own(content, dir, &store, partner.id, opened.as_ref(), path)?;
    }
    // 2. Their shared entries: kept for the other, or removed.
    let keep_shared = if preview.shared_entries == 0 || !may_keep {
        false
    } else if options.keep_shared || options.yes {
        options.keep_shared
    } else {
        let other = other
            .clone()
            .unwrap_or_else(|| crate::t!("partner-the-other"));
        let answer = ask(&crate::t!(
            "partner-ask-keep-shared",
            who = who.clone(),
            n = preview.shared_entries,
            other = other
        ))?;
        is_yes(&answer)
    };
    // 3. Asked twice, with what cannot be undone.
    if !options.yes && !options.asked_twice {
        println!("{}", crate::t!("partner-cannot-be-undone"));
        let typed = ask(&crate::t!("partner-type-name", who = who.clone()))?;
        if !typed.eq_ignore_ascii_case(partner.name.trim()) {
            bail!(crate::t!("partner-not-the-name", who = who.clone()));
        }
        let sure = ask(&crate::t!("partner-last-question", who = who.clone()))?;
        if !is_yes_word(&sure) {
            bail!(crate::t!("partner-not-confirmed"));
        }
    }
    let removing = crate::t!("partner-removing", who = who.clone());
    // The journal read above goes with it (under the same lock, so it is
    // what is on disk): reading it again would hold two copies at once.
    let removed = crate::working::during(&removing, || {
        dir.remove_partner_from(
            &lock,
            Leaving {
                partner: partner.id,
                keep_shared,
            },
            Some(store),
        )
    })?;
    let mut told = crate::t!(
        "partner-removed",
        who = who.clone(),
        private = removed.private_entries,
        shared = removed.shared_entries,
        checkins = removed.checkins,
        strategies = removed.strategies,
        commitments = removed.commitments,
        assignments = removed.assignments,
        drafts = removed.drafts,
        backups = removed.backups_rewritten
    );
    if removed.shared_kept > 0 {
        let kept = crate::t!(
            "partner-kept-shared",
            n = removed.shared_kept,
            other = other.unwrap_or_else(|| crate::t!("partner-the-other"))
        );
        told = format!("{told} {kept}");
    }
    println!("{told}");
    println!(
        "{}",
        crate::t!(
            "partner-not-removed",
            dir = dir.root().display().to_string()
        )
    );
    Ok(())
}

/// The person's own entries (and no one else's), as Markdown or HTML; for
/// a protected person, opened with the key their passphrase gave and the
/// file sealed with it (`age -d FILE` opens it).
fn export_own(
    content: &crate::content::Content,
    dir: &DataDir,
    store: &Store,
    partner: crate::model::PartnerId,
    opened: Option<&super::door::Opened>,
    path: &std::path::Path,
) -> Result<()> {
    let mut own = store.clone();
    own.entries.retain(|e| e.author == partner);
    let mut key = None;
    let mut session = dir.load_session()?;
    if let Some(opened) = opened {
        println!("{}", crate::t!("partner-copy-sealed"));
        crate::vault::open_partner(
            &mut crate::vault::Sealer::default(),
            &mut own,
            &mut session,
            partner,
            &opened.key,
            &crate::vault::Ahead::default(),
        );
        key = Some(crate::crypto::ExportKey::passphrase(
            opened.passphrase.clone(),
        ));
    }
    // Their unsaved drafts go with everything else: in the copy too.
    let now = Local::now().fixed_offset();
    drafts_as_entries(&mut own, &session, partner, now);
    let scope = crate::report::Scope {
        content,
        store: &own,
        partner,
        filter: Default::default(),
    };
    let html = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    super::export::write_output(Some(path), false, key.as_ref(), |out| {
        if html {
            crate::report::html::write(&scope, now, out)
        } else {
            crate::report::markdown::write(&scope, now, out)
        }
    })
    .map_err(|e| e.context(crate::t!("partner-nothing-removed")))
}

/// A partner's unsaved drafts (those readable here: a sealed one stays
/// sealed) as private entries of theirs, for the copy they take along.
fn drafts_as_entries(
    own: &mut Store,
    session: &crate::model::session::Session,
    partner: crate::model::PartnerId,
    now: crate::model::Timestamp,
) {
    use crate::model::{Body, Entry, EntryKind, Visibility};
    let Some(mine) = session.for_partner(partner) else {
        return;
    };
    for d in &mine.drafts {
        if crate::vault::is_sealed(&d.text) || d.text.trim().is_empty() {
            continue;
        }
        let id = own.fresh_id();
        own.entries.push(Entry {
            id,
            author: partner,
            kind: EntryKind::Free { strategy: None },
            heading: crate::t!("partner-draft-heading").into(),
            body: Body::Text(d.text.clone()),
            visibility: Visibility::Private,
            created: now,
            updated: now,
        });
    }
}

/// A yes to a [y/N] question: `y` or `yes`, or the language's own words.
fn is_yes(answer: &str) -> bool {
    let answer = answer.trim().to_lowercase();
    answer == "y" || is_yes_word(&answer) || answer == crate::t!("partner-yes-short")
}

/// The word typed to confirm: `yes`, or the language's own (`sí`).
fn is_yes_word(answer: &str) -> bool {
    let answer = answer.trim().to_lowercase();
    answer == "yes"
        || crate::t!("partner-yes-words")
            .split(',')
            .any(|w| w.trim() == answer)
}

#[cfg(test)]
mod leaving_tests {
    use super::*;
    use crate::model::session::{Draft, DraftTarget, Session};

    /// Stumble 9 of issue 28: the copy offered when leaving left out the
    /// unsaved draft, which was then removed with everything else.
    #[test]
    fn the_copy_taken_when_leaving_holds_the_unsaved_drafts() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-03-01T09:00:00+01:00").unwrap();
        let mut store = Store::default();
        let alex = store.add_partner("Alex", Role::Hurt, now);
        let sam = store.add_partner("Sam", Role::Repairing, now);
        let mut session = Session::default();
        for (who, text) in [(alex, "ALEX-DRAFT half a thought"), (sam, "SAM-DRAFT")] {
            session
                .partners
                .entry(who.to_string())
                .or_default()
                .keep(Draft {
                    target: DraftTarget::CheckInNote,
                    text: text.into(),
                });
        }
        let mut own = store.clone();
        drafts_as_entries(&mut own, &session, alex, now);
        let bodies: Vec<_> = own.entries.iter().filter_map(|e| e.body.text()).collect();
        assert_eq!(bodies, ["ALEX-DRAFT half a thought"], "Alex's, only");
        assert!(own.entries.iter().all(|e| e.author == alex));
    }
}
