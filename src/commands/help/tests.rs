use super::*;
use crate::i18n::in_language;

/// Every sentence the command line's definition holds, by the message id
/// that says it in the catalogue, with its English text: each command's
/// about, long about and after-help, each argument's help and long help,
/// and the names of values (`FILE`).
fn needed() -> Vec<(String, String)> {
    fn walk(cmd: &Command, prefix: &str, out: &mut Vec<(String, String)>) {
        let mut say = |id: String, text: Option<String>| {
            if let Some(text) = text {
                out.push((id, text));
            }
        };
        say(
            format!("{prefix}-about"),
            cmd.get_about().map(ToString::to_string),
        );
        say(
            format!("{prefix}-long-about"),
            cmd.get_long_about().map(ToString::to_string),
        );
        say(
            format!("{prefix}-after-help"),
            cmd.get_after_help().map(ToString::to_string),
        );
        for a in cmd.get_arguments() {
            let id = arg_id(prefix, a);
            say(
                id.clone(),
                Some(a.get_help().map(ToString::to_string).unwrap_or_default()),
            );
            say(
                format!("{id}-long"),
                a.get_long_help().map(ToString::to_string),
            );
            if a.get_action().takes_values() {
                say(value_name_id(a), Some(value_name(a)));
            }
        }
        for s in cmd.get_subcommands() {
            walk(s, &format!("{prefix}-{}", s.get_name()), out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), "cli", &mut out);
    out.sort();
    out.dedup();
    out
}

/// A flag or a command added without its sentences in the catalogue would
/// show English in the middle of Spanish help: every one is there, in
/// every language, and the English words are the derive's own (so the two
/// cannot drift apart).
#[test]
fn every_command_and_argument_has_its_help_in_every_language() {
    let english = crate::i18n::messages(&crate::i18n::catalogue("en").unwrap()).unwrap();
    let mut missing = Vec::new();
    for code in crate::i18n::LANGUAGES {
        let catalogue = crate::i18n::messages(&crate::i18n::catalogue(code).unwrap()).unwrap();
        for (id, _) in needed() {
            if !catalogue.contains_key(&id) {
                missing.push(format!("{code}: {id}"));
            }
        }
    }
    assert!(english.contains_key("cli-about"));
    assert!(missing.is_empty(), "missing:\n{}", missing.join("\n"));
    let differ: Vec<String> = in_language(Lang::EN, || {
        needed()
            .into_iter()
            .filter(|(id, text)| word(id).as_deref() != Some(text.as_str()))
            .map(|(id, text)| format!("{id} = {text:?}\n  but the catalogue says {:?}", word(&id)))
            .collect()
    });
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

/// Every command's help, in Spanish, is made of the catalogue's sentences
/// (none left in English), and clap's own words are Spanish too.
#[test]
fn every_command_s_help_is_in_spanish() {
    fn walk(cmd: &mut Command, english: &Command, out: &mut Vec<String>) {
        let help = in_words(&cmd.render_long_help().to_string());
        if let Some(about) = english.get_about() {
            assert!(!help.contains(&about.to_string()), "{help}");
        }
        for a in english.get_arguments() {
            if let Some(h) = a.get_help() {
                assert!(!help.contains(&h.to_string()), "{h} in:\n{help}");
            }
        }
        for word in [
            "Usage:",
            "Options:",
            "Commands:",
            "Arguments:",
            "Print help",
            "[default:",
        ] {
            assert!(!help.contains(word), "{word} in:\n{help}");
        }
        out.push(help);
        let names: Vec<String> = english
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            let (Some(sub), Some(en)) = (
                cmd.find_subcommand_mut(&name),
                english.find_subcommand(&name),
            ) else {
                panic!("no {name}");
            };
            walk(sub, en, out);
        }
    }
    in_language(Lang::ES, || {
        let mut es = command();
        let english = Cli::command();
        let mut pages = Vec::new();
        walk(&mut es, &english, &mut pages);
        assert!(pages.len() > 20, "{}", pages.len());
        es.debug_assert();
    });
}

/// English is the derive, untouched: `--help` byte for byte as before.
#[test]
fn english_help_is_the_definitions_own() {
    in_language(Lang::EN, || {
        assert_eq!(
            command().render_long_help().to_string(),
            Cli::command().render_long_help().to_string()
        );
    });
}
