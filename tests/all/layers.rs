//! The layers of docs/architecture.md, checked against the code: every
//! `crate::` path in `src/` (outside tests) must name a module on a lower
//! line of the "Layers" list, every module must be on it once, and no
//! module's own submodules may use each other in a circle. A new import
//! circle fails here, naming the file and the path.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The layers as docs/architecture.md lists them, top first: the names in
/// backticks before each line's colon.
fn layers() -> Vec<Vec<String>> {
    let doc = std::fs::read_to_string(root().join("docs/architecture.md")).unwrap_or_default();
    let section = doc
        .split("\n## Layers\n")
        .nth(1)
        .unwrap_or_default()
        .split("\n## ")
        .next()
        .unwrap_or_default();
    section
        .lines()
        .filter(|l| {
            l.split_once(". ")
                .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
        })
        .map(|l| {
            // The names, before the colon; what follows describes them.
            l.split(": ")
                .next()
                .unwrap_or_default()
                .split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect()
        })
        .collect()
}

/// Every `.rs` file under `src/`, as (its module path, its code without
/// comments and without its tests).
fn sources() -> Vec<(Vec<String>, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(read) = std::fs::read_dir(dir) else {
            return;
        };
        for e in read.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let src = root().join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let rel = f.strip_prefix(&src).unwrap_or(&f).with_extension("");
        let module: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if module
            .iter()
            .any(|m| m.starts_with("tests") || m.ends_with("_tests"))
            || module == ["main"]
        {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        let text = text
            .split("#[cfg(test)]\nmod tests {")
            .next()
            .unwrap_or_default();
        let code: String = text
            .lines()
            .map(|l| l.split("//").next().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n");
        out.push((module, code));
    }
    out
}

/// The paths a file names after `prefix` (`crate::` or `super::`), as the
/// list of their segments; `crate::{a, b::c}` names `a` and `b::c`.
fn paths_after(code: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().last();
        rest = &rest[at + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let end = group
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .map_or(group.len(), |(i, _)| i);
            let mut depth = 0;
            let mut item = String::new();
            for c in group[..end].chars().chain([',']) {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.push(segments(&item));
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(c);
            }
        } else {
            out.push(segments(rest));
        }
    }
    out.into_iter().filter(|p| !p.is_empty()).collect()
}

fn segments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text.trim_start();
    loop {
        let ident: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if ident.is_empty() || ident == "self" {
            break;
        }
        rest = &rest[ident.len()..];
        out.push(ident);
        match rest.strip_prefix("::") {
            Some(r) if !r.starts_with('{') => rest = r,
            _ => break,
        }
    }
    out
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let layers = layers();
    assert!(
        layers.len() > 3,
        "docs/architecture.md has no \"## Layers\" list: {layers:?}"
    );
    let mut layer_of: BTreeMap<String, usize> = BTreeMap::new();
    for (i, line) in layers.iter().enumerate() {
        for m in line {
            assert!(
                layer_of.insert(m.clone(), i).is_none(),
                "{m} is listed twice in the layers"
            );
        }
    }
    let sources = sources();
    let modules: BTreeSet<String> = sources
        .iter()
        .map(|(m, _)| m[0].clone())
        .filter(|m| m != "lib")
        .collect();
    let listed: BTreeSet<String> = layer_of.keys().cloned().collect();
    assert_eq!(
        modules, listed,
        "docs/architecture.md's layers must list every module of src/ once"
    );
    let mut wrong = Vec::new();
    for (module, code) in &sources {
        let Some(&mine) = layer_of.get(&module[0]) else {
            continue;
        };
        for path in paths_after(code, "crate::") {
            let Some(&theirs) = layer_of.get(&path[0]) else {
                continue;
            };
            if path[0] != module[0] && theirs <= mine {
                wrong.push(format!(
                    "src/{}.rs uses crate::{} ({} is not below {})",
                    module.join("/"),
                    path.join("::"),
                    path[0],
                    module[0]
                ));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_module_s_submodules_use_each_other_in_a_circle() {
    let sources = sources();
    // parent module → (child → the siblings it names)
    let mut graphs: BTreeMap<Vec<String>, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for (module, _) in &sources {
        if let Some((child, parent)) = module.split_last() {
            graphs
                .entry(parent.to_vec())
                .or_default()
                .entry(child.clone())
                .or_default();
        }
    }
    for (module, code) in &sources {
        let Some((child, parent)) = module.split_last() else {
            continue;
        };
        let mut named = Vec::new();
        for path in paths_after(code, "crate::") {
            if path.len() > parent.len() && path[..parent.len()] == *parent {
                named.push(path[parent.len()].clone());
            }
        }
        named.extend(
            paths_after(code, "super::")
                .into_iter()
                .map(|p| p[0].clone()),
        );
        let graph = graphs.entry(parent.to_vec()).or_default();
        let siblings: BTreeSet<String> = graph.keys().cloned().collect();
        let edges = graph.entry(child.clone()).or_default();
        for n in named {
            if n != *child && siblings.contains(&n) {
                edges.insert(n);
            }
        }
    }
    let mut circles = Vec::new();
    for (parent, graph) in &graphs {
        for start in graph.keys() {
            // Depth-first from `start`: a path back to it is a circle.
            let mut stack = vec![vec![start.clone()]];
            let mut seen = BTreeSet::new();
            while let Some(path) = stack.pop() {
                let last = &path[path.len() - 1];
                for next in graph.get(last).into_iter().flatten() {
                    if next == start {
                        circles.push(format!(
                            "{}: {} → {start}",
                            parent.join("::"),
                            path.join(" → ")
                        ));
                    } else if seen.insert(next.clone()) {
                        let mut longer = path.clone();
                        longer.push(next.clone());
                        stack.push(longer);
                    }
                }
            }
        }
    }
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}

#[test]
fn the_checker_sees_a_path_in_every_form_it_is_written() {
    let code = "use crate::{model::{Store, Entry}, vault, text::wrap};\nlet x = crate::ui::draw(); super::sibling::f();";
    let crate_paths = paths_after(code, "crate::");
    let firsts: Vec<&str> = crate_paths.iter().map(|p| p[0].as_str()).collect();
    assert_eq!(firsts, ["model", "vault", "text", "ui"]);
    assert_eq!(paths_after(code, "super::"), [vec!["sibling", "f"]]);
}

/// The files of a door's screens: each screen's view (`src/ui/*`) and
/// `walk` page (`src/walk/*`), not the doors' own roots, which hand them a
/// `Seen`.
fn door_screens() -> Vec<(Vec<String>, String)> {
    sources()
        .into_iter()
        .filter(|(m, _)| m.len() > 1 && (m[0] == "ui" || m[0] == "walk"))
        .collect()
}

/// The words that would hand a screen's drawing the whole workbook.
fn names_the_workbook(code: &str) -> bool {
    code.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|w| w == "Workbook")
}

/// Issue 26: a view and a `walk` page read only what `workbook::Seen`
/// offers (the person's world, the notice, the saves), so none can read
/// another screen, the keys or how the program is ending. Only `ui.rs`
/// and `walk.rs` hold the workbook, to make the `Seen` and route.
#[test]
fn a_screen_s_view_and_walk_page_never_hold_the_workbook() {
    let screens = door_screens();
    assert!(
        screens.len() > 30,
        "the views and pages were not found: {}",
        screens.len()
    );
    let holding: Vec<String> = screens
        .iter()
        .filter(|(_, code)| names_the_workbook(code))
        .map(|(m, _)| m.join("::"))
        .collect();
    assert!(
        holding.is_empty(),
        "these views or walk pages name `Workbook`; hand them what they \
         read through `workbook::Seen` instead: {holding:?}"
    );
}

#[test]
fn the_workbook_check_sees_the_name_however_it_is_written() {
    assert!(names_the_workbook("fn f(wb: &Workbook) {}"));
    assert!(names_the_workbook("use crate::workbook::{Seen, Workbook};"));
    assert!(names_the_workbook("crate::workbook::Workbook::new("));
    assert!(!names_the_workbook("fn f(seen: Seen, wb_count: usize) {}"));
    assert!(!names_the_workbook("use crate::workbook::WorkbookError;"));
}
