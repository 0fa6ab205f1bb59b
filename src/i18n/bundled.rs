//! What each language bundles: its catalogue is under `i18n/<code>/`, and
//! its content pack (the strategies, the FAQ, the help lines, the
//! questionnaires) is compiled in from `content/` (English) or
//! `content/<code>/`. The list and the files are found by `build.rs`, so a
//! third language is its files and nothing else.

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The files of the bundled pack in `lang`, with the folder they come from.
pub(crate) fn pack(lang: &str) -> Option<(&'static str, &'static [(&'static str, &'static str)])> {
    let i = LANGUAGES.iter().position(|l| *l == lang)?;
    PACKS.get(i).copied()
}

/// One file of the bundled pack in `lang`, with its path for messages.
pub(crate) fn file(lang: &str, name: &str) -> Option<(String, &'static str)> {
    let (folder, files) = pack(lang)?;
    files
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(n, text)| (format!("{folder}/{n}"), *text))
}
