//! The catalogue of every sentence the program says, in each language it
//! speaks: Project Fluent files under `i18n/<lang>/trustmend.ftl`, compiled
//! into the binary, read through `i18n-embed`, and looked up with [`t!`]
//! (which checks at compile time that the message exists in English and is
//! given the arguments it uses).
//!
//! Which language is in use is decided once, at the edge ([`choose`], from
//! the `language` setting and the locale), and set with [`set_language`]
//! before anything is drawn; rendering then reads it ([`language`]) without
//! doing any I/O. A test sets its own thread's language with [`in_language`],
//! so tests in other languages can run side by side.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, OnceLock};

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::unic_langid::LanguageIdentifier;
use rust_embed::RustEmbed;

/// The catalogues, compiled in: `i18n/<lang>/trustmend.ftl`.
#[derive(RustEmbed)]
#[folder = "i18n"]
struct Catalogues;

pub(crate) mod bundled;
pub(crate) mod toml_words;

/// The languages the program speaks, English (the fallback) first: every
/// folder under `i18n/` with a catalogue and a content pack, found by
/// `build.rs` (see [`bundled`]). Every pack has the same ids (strategies,
/// prompts, commitments, questions, signs, safety checks, places), so a
/// person's answers stay attached to their prompts whichever language they
/// read.
pub use bundled::LANGUAGES;

/// A language of [`LANGUAGES`], by its place in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Lang(usize);

impl Lang {
    pub const EN: Lang = Lang(0);
    pub const ES: Lang = Lang(1);

    /// The language with this code ("en", "es"), when the program has it.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        LANGUAGES.iter().position(|l| *l == code).map(Lang)
    }

    /// Its code, as written in `language = "…"` and in folder names.
    pub fn code(self) -> &'static str {
        LANGUAGES.get(self.0).copied().unwrap_or("en")
    }

    /// Every language the program speaks, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGUAGES.len()).map(Lang)
    }

    /// Its place in [`LANGUAGES`].
    pub fn index(self) -> usize {
        self.0
    }

    /// How the language names itself ("English", "Español"), from its own
    /// catalogue: the same whichever language is in use, so a person finds
    /// theirs in a list they may not otherwise read.
    pub fn own_name(self) -> String {
        if self.0 < LANGUAGES.len() {
            loader_of(self).get("language-own-name")
        } else {
            self.code().to_string()
        }
    }
}

/// Why this language is in use, for `trustmend config`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Because {
    /// The `language` setting in config.toml.
    Setting,
    /// The named locale variable (`LC_ALL`, `LC_MESSAGES` or `LANG`) and its value.
    Locale(&'static str, String),
    /// Nothing chose another: English.
    Default,
}

/// The language of a locale value such as `es_MX.UTF-8`, when the program
/// speaks it: the part before `_`, `.` and `@`. "C" and "POSIX" are none.
pub(crate) fn from_locale_value(value: &str) -> Option<Lang> {
    let name = value.trim().split(['_', '.', '@', '-']).next()?;
    Lang::from_code(name)
}

/// The one rule for which language is used: the `language` setting (when
/// the program speaks it), else the first of `LC_ALL`, `LC_MESSAGES` and
/// `LANG` that is set and not empty (as POSIX reads them), else English.
pub(crate) fn choose(
    setting: Option<&str>,
    lc_all: Option<&str>,
    lc_messages: Option<&str>,
    lang: Option<&str>,
) -> (Lang, Because) {
    if let Some(l) = setting.and_then(Lang::from_code) {
        return (l, Because::Setting);
    }
    let locale = [
        ("LC_ALL", lc_all),
        ("LC_MESSAGES", lc_messages),
        ("LANG", lang),
    ]
    .into_iter()
    .filter_map(|(name, v)| Some((name, v?.trim())))
    .find(|(_, v)| !v.is_empty());
    match locale {
        Some((name, value)) => match from_locale_value(value) {
            Some(l) => (l, Because::Locale(name, value.to_string())),
            None => (Lang::EN, Because::Default),
        },
        None => (Lang::EN, Because::Default),
    }
}

/// The language of the whole process, set once at the edge.
static CURRENT: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// A test's own language, over the process's.
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Set the language every sentence is said in from now on (at start, before
/// anything is drawn).
pub(crate) fn set_language(lang: Lang) {
    CURRENT.store(lang.0, Ordering::Relaxed);
}

/// The language in use on this thread.
pub(crate) fn language() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or(Lang(CURRENT.load(Ordering::Relaxed)))
}

/// Run `f` with this thread's sentences in `lang` (for tests and for a
/// rendering that must be in a given language), then put it back.
#[cfg(test)]
pub(crate) fn in_language<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(OVERRIDE.with(|c| c.replace(Some(lang))));
    f()
}

fn langid(code: &str) -> LanguageIdentifier {
    code.parse().unwrap_or_default()
}

/// One loader per language, each falling back to English for a message
/// its catalogue lacks (the completeness test says when that happens).
/// Each is read from its catalogue the first time it is needed: a start in
/// English parses only the English catalogue (about 2 ms of the first
/// frame for both, issue 29), and [`prepare`] reads the one in use on
/// another thread while the content pack is read.
static LOADERS: LazyLock<Vec<OnceLock<FluentLanguageLoader>>> =
    LazyLock::new(|| LANGUAGES.iter().map(|_| OnceLock::new()).collect());

/// The loader of `lang`, read from its catalogue (and English's) the first
/// time.
fn loader_of(lang: Lang) -> &'static FluentLanguageLoader {
    let i = lang.0.min(LANGUAGES.len().saturating_sub(1));
    LOADERS[i].get_or_init(|| {
        let loader = FluentLanguageLoader::new("trustmend", langid("en"));
        // English is loaded beside any other language, as its fallback.
        // The catalogues are compiled in and checked by the tests; a
        // failure here would leave every message showing its id, never a
        // crash.
        let _ = loader.load_languages(&Catalogues, &[langid(lang.code())]);
        // Terminals show Unicode isolation marks as boxes or `[?]`.
        loader.set_use_isolating(false);
        loader
    })
}

/// Reads the catalogue of the language in use on its own thread, so that
/// the first sentence looked up (the first frame's) does not wait for it
/// while other work goes on; a lookup meanwhile waits for that thread
/// instead of reading it again. Nothing changes if no thread can be made.
pub(crate) fn prepare() {
    let lang = language();
    if LOADERS.get(lang.0).is_some_and(|l| l.get().is_none()) {
        let _ = std::thread::Builder::new()
            .name("trustmend-words".into())
            .spawn(move || {
                loader_of(lang);
            });
    }
}

/// The loader for the language in use: what [`t!`] reads.
pub(crate) fn loader() -> &'static FluentLanguageLoader {
    loader_of(language())
}

/// Look a sentence up in the catalogue of the language in use:
/// `t!("id")`, or `t!("id", name = value, …)`. The message id and its
/// arguments are checked against the English catalogue when compiling.
#[macro_export]
macro_rules! t {
    ($($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader(), $($args)*)
    };
}

/// Names joined as a sentence in the language joins them: "Alex and Sam".
pub(crate) fn and_list(names: &[&str]) -> String {
    names.join(&format!(" {} ", crate::t!("cmd-and")))
}

/// The message id of a key table's word ("next step" → `key-next-step`):
/// the key tables stay in English, and are said through the catalogue.
pub(crate) fn key_id(english: &str) -> String {
    let mut id = String::from("key");
    let mut dash = true;
    for c in english.chars() {
        if c.is_ascii_alphanumeric() {
            if dash {
                id.push('-');
            }
            id.push(c.to_ascii_lowercase());
            dash = false;
        } else {
            dash = true;
        }
    }
    id
}

/// A key table's hint or key name in the language in use; itself when the
/// catalogue has no message for it (the tests say when one is missing).
pub(crate) fn key_word(english: &str) -> String {
    let id = key_id(english);
    let loader = loader();
    if loader.has(&id) {
        loader.get(&id)
    } else {
        said_keys(english)
    }
}

/// Keys as the language in use writes them: each key named by a word in
/// `label` ("Space", "PgDn/Space", "Shift+Tab", "Esc/q/Enter") from the
/// catalogue (`key-name-space`: "Espacio"), letters, arrows, F-keys and
/// everything else as they are. English is the label itself.
pub(crate) fn said_keys(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    for (i, part) in label.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        for (j, name) in part.split('+').enumerate() {
            if j > 0 {
                out.push('+');
            }
            match said_name(name) {
                Some(word) => out.push_str(&word),
                None => out.push_str(name),
            }
        }
    }
    out
}

/// One named key in the language in use, when it is one the catalogue names.
fn said_name(name: &str) -> Option<String> {
    Some(match name {
        "Space" => crate::t!("key-name-space"),
        "Enter" => crate::t!("key-name-enter"),
        "Esc" => crate::t!("key-name-esc"),
        "Tab" => crate::t!("key-name-tab"),
        "Shift" => crate::t!("key-name-shift"),
        "Home" => crate::t!("key-name-home"),
        "End" => crate::t!("key-name-end"),
        "PgUp" => crate::t!("key-name-pgup"),
        "PgDn" => crate::t!("key-name-pgdn"),
        "Backspace" => crate::t!("key-name-backspace"),
        "Delete" => crate::t!("key-name-delete"),
        _ => return None,
    })
}

/// A footer hint (keys, what they do) in the language in use.
pub(crate) fn key_hint((keys, hint): (&str, &str)) -> (String, String) {
    (key_word(keys), key_word(hint))
}

/// A chrono date pattern with the month and weekday names (`%b`, `%h`,
/// `%B`, `%a`, `%A`) written out in the language in use, for chrono to do
/// the rest: the one way a date says its names. English is the pattern
/// itself, so chrono's own names are used.
pub(crate) fn localize_pattern(pattern: &str, month: u32, weekday: chrono::Weekday) -> String {
    if language() == Lang::EN {
        return pattern.to_string();
    }
    let name = |id: &str| {
        let args = std::collections::HashMap::from([
            ("month", i64::from(month)),
            ("weekday", i64::from(weekday.number_from_monday())),
        ]);
        loader().get_args(id, args).replace('%', "%%")
    };
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b' | 'h') => out.push_str(&name("date-month-short")),
            Some('B') => out.push_str(&name("date-month-long")),
            Some('a') => out.push_str(&name("date-weekday-short")),
            Some('A') => out.push_str(&name("date-weekday-long")),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    out
}

/// A day written out in full, as `walk` says it ("7 December 2026",
/// "7 de diciembre de 2026").
pub(crate) fn long_date(d: chrono::NaiveDate) -> String {
    use chrono::Datelike as _;
    let pattern = localize_pattern(&crate::t!("walk-date"), d.month(), d.weekday());
    d.format(&pattern).to_string()
}

/// The raw catalogue text of a language, for the completeness check.
pub(crate) fn catalogue(code: &str) -> Option<String> {
    let file = Catalogues::get(&format!("{code}/trustmend.ftl"))?;
    String::from_utf8(file.data.into_owned()).ok()
}

/// Each message (and `message.attribute`) of a catalogue with the
/// variables it uses, or the parse errors.
pub(crate) fn messages(source: &str) -> Result<BTreeMap<String, Vec<String>>, String> {
    use fluent_syntax::ast;
    let resource = fluent_syntax::parser::parse(source.to_string())
        .map_err(|(_, errors)| format!("{} syntax errors: {errors:?}", errors.len()))?;
    let mut out = BTreeMap::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name, m.value, m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            _ => continue,
        };
        let mut twice = Vec::new();
        if let Some(p) = &value
            && out.insert(id.clone(), variables(p)).is_some()
        {
            twice.push(id.clone());
        }
        for a in &attributes {
            let name = format!("{id}.{}", a.id.name);
            if out.insert(name.clone(), variables(&a.value)).is_some() {
                twice.push(name);
            }
        }
        // The later one would win without a word: two sections of the file
        // (two people's work merged) saying one message differently.
        if let Some(id) = twice.first() {
            return Err(format!("{id} is defined twice"));
        }
    }
    Ok(out)
}

fn variables(value: &fluent_syntax::ast::Pattern<String>) -> Vec<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<String>, out: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } => out.push(id.name.clone()),
            InlineExpression::Placeable { expression } => expr(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            _ => {}
        }
    }
    fn expr(e: &Expression<String>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
        }
    }
    fn pattern(p: &fluent_syntax::ast::Pattern<String>, out: &mut Vec<String>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                expr(expression, out);
            }
        }
    }
    let mut out = Vec::new();
    pattern(value, &mut out);
    out.sort();
    out.dedup();
    out
}

/// What differs between two catalogues: a message in one and not the
/// other, or one that uses other variables. Empty when they match.
pub(crate) fn compare(a_name: &str, a: &str, b_name: &str, b: &str) -> Vec<String> {
    let (a_msgs, b_msgs) = match (messages(a), messages(b)) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(e), _) => return vec![format!("{a_name}: {e}")],
        (_, Err(e)) => return vec![format!("{b_name}: {e}")],
    };
    let mut out = Vec::new();
    for (id, vars) in &a_msgs {
        match b_msgs.get(id) {
            None => out.push(format!("{id} is in {a_name} but not in {b_name}")),
            Some(other) if other != vars => out.push(format!(
                "{id} uses {{{}}} in {a_name} but {{{}}} in {b_name}",
                vars.join(", "),
                other.join(", ")
            )),
            Some(_) => {}
        }
    }
    for id in b_msgs.keys().filter(|id| !a_msgs.contains_key(*id)) {
        out.push(format!("{id} is in {b_name} but not in {a_name}"));
    }
    out
}

/// Every language's catalogue against English's: the completeness check of
/// `content check` and the tests.
pub(crate) fn check_catalogues() -> Vec<String> {
    let Some(en) = catalogue("en") else {
        return vec!["i18n/en/trustmend.ftl is missing".into()];
    };
    let mut out = Vec::new();
    for code in LANGUAGES.iter().skip(1) {
        let name = format!("i18n/{code}/trustmend.ftl");
        match catalogue(code) {
            Some(text) => out.extend(compare("i18n/en/trustmend.ftl", &en, &name, &text)),
            None => out.push(format!("{name} is missing")),
        }
    }
    out
}

#[cfg(test)]
mod tests;
