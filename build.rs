//! The languages trustmend speaks are the folders it finds: a language is
//! bundled when `i18n/<code>/trustmend.ftl` exists and its content pack
//! does (`content/` for English, `content/<code>/` for any other). This
//! writes `$OUT_DIR/bundled.rs` for `src/i18n/bundled.rs`: the list of
//! languages (English first) and every `.toml` file of each pack, compiled
//! in. Adding a language is adding its files; nothing in `src/` changes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    println!("cargo:rerun-if-changed=i18n");
    println!("cargo:rerun-if-changed=content");
    let mut codes: Vec<String> = std::fs::read_dir(root.join("i18n"))
        .map(|dir| {
            dir.filter_map(Result::ok)
                .filter(|e| e.path().join("trustmend.ftl").is_file())
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    // English first (the fallback and the reference), then by code.
    codes.sort_by_key(|c| (c != "en", c.clone()));
    let mut languages = Vec::new();
    let mut packs = String::new();
    for code in &codes {
        let folder = if code == "en" {
            "content".to_string()
        } else {
            format!("content/{code}")
        };
        let dir = root.join(&folder);
        println!("cargo:rerun-if-changed={folder}");
        let files = toml_files(&dir);
        if files.is_empty() {
            println!(
                "cargo:warning=i18n/{code}/trustmend.ftl has no content pack in {folder}/: \
                 the language is not bundled until it has one"
            );
            continue;
        }
        languages.push(code.clone());
        let _ = writeln!(packs, "    ({folder:?}, &[");
        for file in files {
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            let _ = writeln!(
                packs,
                "        ({name:?}, include_str!({:?})),",
                file.display().to_string()
            );
        }
        packs.push_str("    ]),\n");
    }
    let list = languages
        .iter()
        .map(|c| format!("{c:?}"))
        .collect::<Vec<_>>()
        .join(", ");
    let n = languages.len();
    let code = format!(
        "/// The languages with a bundled catalogue and pack, English first\n\
         /// (written by build.rs from the folders under `i18n/` and `content/`).\n\
         pub const LANGUAGES: [&str; {n}] = [{list}];\n\n\
         /// Each language's pack, in the order of [`LANGUAGES`]: its folder,\n\
         /// and every `.toml` file in it by name.\n\
         pub(crate) const PACKS: [(&str, &[(&str, &str)]); {n}] = [\n{packs}];\n"
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    if let Err(e) = std::fs::write(out.join("bundled.rs"), code) {
        println!("cargo:warning=could not write bundled.rs: {e}");
        std::process::exit(1);
    }
}

/// The `.toml` files directly in `dir`, by name.
fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}
