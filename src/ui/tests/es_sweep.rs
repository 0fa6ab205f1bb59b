//! Every screen a few keys from home in Spanish, at 80x24: whatever the
//! keys of each screen's own table lead to (quitting aside), for one person
//! and for two, shows no English word of the program's own. Better than a
//! search of the sources: it sees what a person sees.

use std::collections::BTreeMap;

use super::*;
use crate::i18n::{Lang, in_language};
use crate::keymap::{ANYWHERE, bindings};

/// Words Spanish never uses: a sentence of ours left in English.
const ENGLISH: &[&str] = &[
    "the", "you", "your", "and", "with", "what", "this", "that", "of", "is", "are", "to", "it",
    "who", "not", "from", "for", "when", "back", "only", "see", "list", "entry", "entries",
    "question", "answer", "save", "quit", "nobody", "saved", "help", "safety", "over", "last",
    "weeks", "been", "by", "how", "all", "press", "space", "home", "end", "ticked", "none", "yet",
    "here", "there", "will", "can", "have",
];

fn spanish(names: &[(&str, Role)]) -> Workbook {
    let content = Content::bundled_in("es").unwrap();
    let mut store = Store::default();
    for (name, role) in names {
        let id = store.add_partner(name, *role, now());
        store.past_foundations();
        if names.len() > 1
            && let Some(p) = store.partner_mut(id)
        {
            p.safety_check = Some(crate::model::SafetyOutcome::Clear);
        }
    }
    let mut wb = Workbook::new(Arc::new(content), store, Session::default(), None);
    if names.len() > 1 {
        act(&mut wb, Action::Select); // the picker: the first
    }
    wb
}

/// The help lines' own names ("Men's Advice Line") are names.
fn line_names(wb: &Workbook) -> Vec<String> {
    let help = &wb.content().help;
    help.places
        .iter()
        .flat_map(|p| &p.lines)
        .chain(&help.everywhere)
        .map(|l| l.name.clone())
        .collect()
}

/// The English words on `wb`'s screen, each with the words around it.
fn english_on(wb: &Workbook, names: &[String]) -> Vec<String> {
    use super::fits::{flat, words};
    let mut shown = flat(&words(&render(wb)));
    for n in names {
        shown = shown.replace(n.as_str(), "");
    }
    let all: Vec<&str> = shown.split(' ').collect();
    // A questionnaire's source is a citation, in the language it was
    // published in: any run of three words or more of one (the help may
    // cover the rest of it) is not read.
    let cited: Vec<String> = crate::measures::all()
        .iter()
        .map(|m| flat(&m.source))
        .collect();
    let mut quoted = vec![false; all.len()];
    for i in 0..all.len() {
        for len in 3..=6 {
            let Some(run) = all.get(i..i + len) else {
                break;
            };
            if cited.iter().any(|c| c.contains(&run.join(" "))) {
                quoted[i..i + len].iter_mut().for_each(|q| *q = true);
            }
        }
    }
    all.iter()
        .enumerate()
        .filter(|(i, _)| !quoted[*i])
        .filter(|(_, w)| {
            w.split(|c: char| !c.is_alphabetic())
                .any(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        })
        .map(|(i, w)| {
            let around = all[i.saturating_sub(4)..(i + 5).min(all.len())].join(" ");
            format!("{w:?} in \"{around}\"")
        })
        .collect()
}

/// The actions of `wb`'s keys where it is, quitting and typing aside.
fn actions(wb: &Workbook) -> Vec<Action> {
    let mut out: Vec<Action> = bindings(wb.context())
        .iter()
        .chain(ANYWHERE)
        .map(|b| b.action)
        .filter(|a| !matches!(a, Action::Quit | Action::QuickExit | Action::LoseAndQuit))
        .collect();
    out.dedup();
    out
}

fn english_left(start: Workbook, depth: usize) -> Vec<String> {
    let names = line_names(&start);
    let mut found: BTreeMap<String, String> = BTreeMap::new();
    let mut seen = std::collections::HashSet::new();
    seen.insert(screen_lines(&render(&start)));
    let mut frontier = vec![(String::from("home"), start)];
    for _ in 0..depth {
        let mut next = Vec::new();
        for (path, wb) in &frontier {
            for a in actions(wb) {
                let mut after = wb.clone();
                act(&mut after, a);
                // Each screen once, however it was reached.
                if !seen.insert(screen_lines(&render(&after))) {
                    continue;
                }
                let path = format!("{path} › {a:?}");
                for f in english_on(&after, &names) {
                    found.entry(f).or_insert_with(|| path.clone());
                }
                next.push((path, after));
            }
        }
        frontier = next;
    }
    found
        .into_iter()
        .map(|(f, path)| format!("{f}  (after {path})"))
        .collect()
}

#[test]
fn every_screen_near_home_in_spanish_for_one_person() {
    in_language(Lang::ES, || {
        let found = english_left(spanish(&[("Lucía", Role::Hurt)]), 4);
        assert!(
            found.is_empty(),
            "{} found:\n{}",
            found.len(),
            found.join("\n")
        );
    });
}

/// With more to show: a therapist's homework (with a questionnaire and a
/// prompt of their own) and an answer already written.
#[test]
fn every_screen_near_home_in_spanish_with_homework_and_an_answer() {
    in_language(Lang::ES, || {
        let mut wb = spanish(&[("Lucía", Role::Hurt)]);
        let me = wb.active().unwrap();
        let src = "assigned_by = \"Dra. Ruiz\"\nstart = 2026-02-20\nmeasures = [\"phq9\", \"csi4\"]\nnote = \"Poco a poco.\"\n\n[[step]]\nstrategy = \"open-communication\"\ndue = 2026-02-25\n[[step.prompt]]\nid = \"ruiz-1\"\nrole = \"everyone\"\ntext = \"¿Qué conversación salió mejor de lo que temías?\"\n";
        let plan = crate::homework::parse(std::path::Path::new("t.toml"), src, wb.content())
            .unwrap_or_else(|e| panic!("{e:?}"));
        crate::homework::attach(wb.store_mut(), plan.into_assignment(me, now()));
        flows::answer_first_prompt(&mut wb, 0, "Lo que escribí hoy.");
        acts(&mut wb, &[Action::StopEditing, Action::Back, Action::Back]);
        let found = english_left(wb, 3);
        assert!(
            found.is_empty(),
            "{} found:\n{}",
            found.len(),
            found.join("\n")
        );
    });
}

#[test]
fn every_screen_near_home_in_spanish_for_two() {
    in_language(Lang::ES, || {
        let found = english_left(
            spanish(&[("Lucía", Role::Hurt), ("Mateo", Role::Repairing)]),
            3,
        );
        assert!(
            found.is_empty(),
            "{} found:\n{}",
            found.len(),
            found.join("\n")
        );
    });
}

/// The sweep sees English where there is some: the same walk in English.
#[test]
fn the_sweep_sees_english() {
    in_language(Lang::EN, || {
        let found = english_left(alex(), 1);
        assert!(found.len() > 10, "{found:?}");
    });
}
