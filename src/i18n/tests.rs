use super::*;

#[test]
fn every_message_of_english_is_in_every_language_with_the_same_variables() {
    let problems = check_catalogues();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_fails_on_a_missing_message_and_on_a_stray_variable() {
    let en = "hello = Hello, {$name}\nbye = Bye\ncount = { $n ->\n [one] one\n *[other] {$n} things\n}\n";
    let es = "hello = Hola, {$nombre}\ncount = { $n ->\n [one] uno\n *[other] {$n} cosas\n}\nextra = De más\n";
    let problems = compare("en", en, "es", es);
    assert_eq!(
        problems,
        vec![
            "bye is in en but not in es".to_string(),
            "hello uses {name} in en but {nombre} in es".to_string(),
            "extra is in es but not in en".to_string(),
        ]
    );
    assert!(compare("en", en, "en again", en).is_empty());
}

#[test]
fn a_message_defined_twice_is_said() {
    let problems = compare("en", "a = A\nb = B\n", "es", "a = A\nb = B\na = Otra\n");
    assert_eq!(problems, vec!["es: a is defined twice".to_string()]);
}

#[test]
fn a_catalogue_that_does_not_parse_is_said() {
    let problems = compare("en", "a = A\n", "es", "a = { broken\n");
    assert_eq!(problems.len(), 1);
    assert!(problems[0].starts_with("es: "), "{problems:?}");
}

#[test]
fn the_setting_then_lc_all_lc_messages_lang_then_english() {
    let es = Some("es_ES.UTF-8");
    assert_eq!(
        choose(Some("es"), None, None, None),
        (Lang::ES, Because::Setting)
    );
    assert_eq!(
        choose(Some("en"), es, None, None),
        (Lang::EN, Because::Setting)
    );
    // A setting the program does not speak is passed over.
    assert_eq!(choose(Some("fr"), es, None, None).0, Lang::ES);
    for value in ["es_ES.UTF-8", "es_MX", "es_US", "es", "es_AR.utf8@euro"] {
        assert_eq!(
            choose(None, None, None, Some(value)),
            (Lang::ES, Because::Locale("LANG", value.to_string())),
            "{value}"
        );
    }
    assert_eq!(
        choose(None, Some("en_GB.UTF-8"), Some("es_ES"), es).0,
        Lang::EN
    );
    assert_eq!(
        choose(None, Some(""), Some("es_MX"), Some("en_US")),
        (Lang::ES, Because::Locale("LC_MESSAGES", "es_MX".into()))
    );
    for value in ["C", "POSIX", "C.UTF-8", "fr_FR.UTF-8", "estonian"] {
        assert_eq!(choose(None, None, None, Some(value)).0, Lang::EN, "{value}");
    }
    assert_eq!(choose(None, None, None, None), (Lang::EN, Because::Default));
}

#[test]
fn a_thread_speaks_its_own_language_and_isolation_marks_are_off() {
    let en = in_language(Lang::EN, || {
        crate::t!("welcome-step-of", n = 1, all = 4, name = "X")
    });
    let es = in_language(Lang::ES, || {
        crate::t!("welcome-step-of", n = 1, all = 4, name = "X")
    });
    assert_eq!(en, "Step 1 of 4 · X");
    assert_eq!(es, "Paso 1 de 4 · X");
}

/// Every word of every key table (the footer's hints, the `?` help's rows,
/// key names such as "any key") has its message, so no key bar is left in
/// English.
#[test]
fn every_key_tables_word_is_in_the_catalogue() {
    use crate::keymap;
    let mut words = std::collections::BTreeSet::new();
    for &context in keymap::Context::ALL {
        for b in keymap::bindings(context).iter().chain(keymap::ANYWHERE) {
            let (keys, what) = b.help_row();
            words.insert(what);
            words.insert(b.hint.to_string());
            for w in [keys, b.label.to_string()] {
                if w.chars().any(|c| c.is_ascii_lowercase()) && w.contains(' ') {
                    words.insert(w);
                }
            }
        }
    }
    words.insert(keymap::calm_hint().1.to_string());
    let en = messages(&catalogue("en").unwrap()).unwrap();
    let missing: Vec<String> = words
        .iter()
        .filter(|w| !en.contains_key(&key_id(w)))
        .map(|w| format!("{} = {w}", key_id(w)))
        .collect();
    assert!(missing.is_empty(), "missing:\n{}", missing.join("\n"));
}

#[test]
fn dates_say_their_names_in_the_language_and_english_is_chronos_own() {
    use chrono::{Datelike, NaiveDate};
    let pattern = "%a %A %-d %b %B %h %Y 100%%";
    for m in 1..=12 {
        let d = NaiveDate::from_ymd_opt(2026, m, 1 + m).unwrap();
        let en = in_language(Lang::EN, || {
            localize_pattern(pattern, d.month(), d.weekday())
        });
        assert_eq!(en, pattern);
    }
    let d = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(); // a Monday
    let es = in_language(Lang::ES, || {
        localize_pattern(pattern, d.month(), d.weekday())
    });
    assert_eq!(
        d.format(&es).to_string(),
        "lun lunes 7 dic diciembre dic 2026 100%"
    );
    let walk = in_language(Lang::ES, || crate::t!("walk-date"));
    let walk = in_language(Lang::ES, || localize_pattern(&walk, d.month(), d.weekday()));
    assert_eq!(d.format(&walk).to_string(), "7 de diciembre de 2026");
}

#[test]
fn the_english_catalogues_date_names_are_chronos() {
    use chrono::NaiveDate;
    for m in 1..=12u32 {
        let d = NaiveDate::from_ymd_opt(2026, m, 1).unwrap();
        for (id, spec) in [("date-month-short", "%b"), ("date-month-long", "%B")] {
            let args = std::collections::HashMap::from([("month", i64::from(m))]);
            let said = loader_of(Lang::EN).get_args(id, args);
            assert_eq!(said, d.format(spec).to_string(), "{id} {m}");
        }
    }
    for day in 1..=7u32 {
        let d = NaiveDate::from_ymd_opt(2026, 12, 6 + day).unwrap();
        for (id, spec) in [("date-weekday-short", "%a"), ("date-weekday-long", "%A")] {
            let args = std::collections::HashMap::from([("weekday", i64::from(day))]);
            assert_eq!(
                loader_of(Lang::EN).get_args(id, args),
                d.format(spec).to_string()
            );
        }
    }
}

/// Messages of several paragraphs keep their blank lines: the English is
/// byte for byte what the screens said before the catalogue.
#[test]
fn paragraphs_keep_their_blank_lines() {
    let unsaved = in_language(Lang::EN, || {
        crate::t!(
            "unsaved-ask",
            why = "disk full",
            retry = crate::say!(Unsaved, RetrySave),
            copy = crate::say!(Unsaved, WriteCopy),
            lose = crate::say!(Unsaved, LoseAndQuit)
        )
    });
    assert_eq!(
        unsaved,
        "trustmend could not save them, so it has not quit: quitting now would lose them. They are safe here while this window is open.\n\nr tries again (free some space or fix the folder first). w writes a copy of everything to another folder, such as a USB stick, that trustmend can open later. l quits without them.\n\nWhat went wrong: disk full"
    );
    let key = in_language(Lang::ES, || {
        crate::t!("pass-recovery-shown-body", key = "K", open = "Enter")
    });
    assert!(
        key.contains("vez y no se guarda en ningún sitio.\n\nK\n\nSin tu contraseña"),
        "{key}"
    );
}

/// Selectors that join optional sentences say in English exactly what the
/// code's `match`es said before the catalogue.
#[test]
fn the_homework_step_detail_in_english_is_unchanged() {
    let said = |added: usize, open: usize| {
        in_language(Lang::EN, || {
            crate::t!(
                "homework-step-detail",
                go = crate::say!(Homework, Select),
                name = "Dr. Lee",
                added = added,
                open = open
            )
        })
    };
    assert_eq!(said(0, 0), "Enter opens this strategy.");
    assert_eq!(
        said(1, 1),
        "Enter opens this strategy. Dr. Lee added 1 prompt for you, after the usual ones. 1 is not answered yet: it is listed below, to open directly."
    );
    assert_eq!(
        said(2, 3),
        "Enter opens this strategy. Dr. Lee added 2 prompts for you, after the usual ones. 3 are not answered yet: they are listed below, to open directly."
    );
}

/// The notices moved into the catalogue whose English is put together
/// (selectors, one message inside another) say exactly what they said.
#[test]
fn the_workbooks_notices_in_english_are_unchanged() {
    in_language(Lang::EN, || {
        assert_eq!(
            crate::workbook::safety_check::not_available(),
            "Couples exercises are not available right now. They need a short private check from each of you first. You can go on with the workbook on your own; your journal stays private."
        );
        assert_eq!(
            crate::t!("couples-closed-row"),
            "Closed for now. They need a short private check from each of you first."
        );
        assert_eq!(
            crate::t!("couples-thanks-not-available"),
            format!(
                "Thank you. {}",
                crate::workbook::safety_check::not_available()
            )
        );
        assert_eq!(
            crate::t!(
                "save-failed",
                what = "journal",
                keys = "Ctrl+S",
                why = "Disk full."
            ),
            "Your journal is not saved yet, but nothing is lost: Ctrl+S tries again (so does your next change). Disk full."
        );
        assert_eq!(
            crate::t!("save-failed", what = "draft", keys = "none", why = "X"),
            "Your draft is not saved yet, but nothing is lost: your next change tries again. X"
        );
        assert_eq!(
            crate::t!("pass-wrong", left = 1),
            "That passphrase does not unlock your entries. 1 try left."
        );
        assert_eq!(
            crate::t!("pass-wrong", left = 4),
            "That passphrase does not unlock your entries. 4 tries left."
        );
        assert_eq!(
            crate::t!(
                "journal-draft-kept",
                what = "reply",
                new = crate::say!(JournalList, NewEntry),
                reply = crate::say!(Shared, Reply),
                edit = crate::say!(JournalList, Edit)
            ),
            "Your reply is kept as a draft. Press r on the entry to go on."
        );
        assert_eq!(
            crate::t!("pass-too-short", min = 8),
            "Use at least 8 characters: a few words you will remember work well."
        );
    });
}

#[test]
fn the_workbooks_notices_in_spanish() {
    in_language(Lang::ES, || {
        assert_eq!(
            crate::t!("pass-wrong", left = 1),
            "Esa contraseña no abre tus entradas. Te queda 1 intento."
        );
        assert_eq!(
            crate::t!(
                "save-failed",
                what = "draft",
                keys = "Ctrl+S",
                why = "Disco lleno."
            ),
            "Tu borrador todavía no está guardado, pero no se perdió nada: Ctrl+S lo intenta otra vez (y también tu próximo cambio). Disco lleno."
        );
        assert!(
            crate::workbook::safety_check::not_available()
                .starts_with("Los ejercicios en pareja no están disponibles por ahora. Antes,")
        );
    });
}

/// The messages of a catalogue that name a key by hand, as `id: word`.
/// `key-` messages are the key tables' own words. `walk-` messages, and the
/// questions the command line asks on a line of their own
/// (`LINE_PROMPTS`), are read a line at a time, where Enter ends the typed
/// line: the terminal's key, not a key table's. `cli-` messages are the
/// `--help` texts, which must say in English exactly what `src/cli.rs`'s doc
/// comments say (clap's derive takes no arguments).
fn keys_named_by_hand(source: &str) -> Vec<String> {
    const LINE_PROMPTS: [&str; 3] = ["partner-ask-copy", "export-select-ask", "access-ask"];
    let mut found = Vec::new();
    let mut id = String::new();
    for line in source.lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some((name, _)) = line.split_once(" = ")
            && !name.starts_with(' ')
        {
            id = name.to_string();
        }
        if id.starts_with("key-")
            || id.starts_with("walk-")
            || id.starts_with("cli-")
            || LINE_PROMPTS.contains(&id.as_str())
        {
            continue;
        }
        // Placeables (`{$back}`) are where the keys go: not named by hand.
        let text: String = line
            .split('{')
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part.to_string()
                } else {
                    // A mark where the placeable was, so no two words meet.
                    format!("‹›{}", part.split_once('}').map_or("", |(_, rest)| rest))
                }
            })
            .collect();
        for word in text.split(|c: char| !(c.is_alphanumeric() || c == '+')) {
            let fkey = word.len() > 1
                && word.starts_with('F')
                && word[1..].chars().all(|c| c.is_ascii_digit());
            if fkey
                || word.starts_with("Ctrl+")
                || matches!(word, "Esc" | "Enter" | "PgUp" | "PgDn" | "Tab")
            {
                found.push(format!("{id}: {word}"));
            }
        }
        found.extend(
            letters_named_by_hand(&text)
                .into_iter()
                .map(|key| format!("{id}: {key}")),
        );
    }
    found
}

/// The single letters (or `?`) a line names as keys: after "press" or
/// "pulsa", opening a bracket ("(P on home)"), or opening the message
/// ("c: check in today").
fn letters_named_by_hand(text: &str) -> Vec<String> {
    let single = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';', ':', ')']);
        (w.chars().count() == 1 && w.chars().all(|c| c.is_ascii_alphabetic() || c == '?'))
            .then(|| w.to_string())
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut found = Vec::new();
    let value = text.split_once(" = ").map_or(text, |(_, v)| v).trim_start();
    if let Some((head, _)) = value.split_once(": ") {
        found.extend(single(head));
    }
    for pair in words.windows(2) {
        if pair[0].eq_ignore_ascii_case("press") || pair[0].eq_ignore_ascii_case("pulsa") {
            found.extend(single(pair[1]));
        }
    }
    for w in &words {
        // Not the one-letter words of either language ("(a terminal…").
        if let Some(rest) = w.strip_prefix('(')
            && !matches!(
                rest.trim_end_matches([',', ')']),
                "a" | "A" | "I" | "y" | "o" | "u"
            )
        {
            found.extend(single(rest));
        }
    }
    found
}

#[test]
fn no_sentence_names_a_key_by_hand_they_come_from_the_key_tables() {
    for lang in LANGUAGES {
        let source = catalogue(lang).unwrap_or_default();
        let found = keys_named_by_hand(&source);
        assert!(found.is_empty(), "{lang}: {}", found.join("\n"));
    }
    // The check itself sees a key written by hand, and not one passed in.
    let planted = "a = Press Esc, then Ctrl+S or F2.\nb = Press {$back} to go back.\nkey-esc = Esc\nc = c: check in\nd = Unlock (P on home), or press v.\n";
    assert_eq!(
        keys_named_by_hand(planted),
        ["a: Esc", "a: Ctrl+S", "a: F2", "c: c", "d: v", "d: P"]
    );
}

/// Spanish agrees in number where English needs no change: one kept
/// commitment is "1 cumplido", one shared entry "1 compartida".
#[test]
fn spanish_counts_agree_with_one_and_many() {
    let (one, many) = in_language(Lang::ES, || {
        let said = |n: usize| {
            let all = n * 2;
            (
                crate::t!(
                    "status-commitments",
                    kept = n,
                    partly = 0,
                    not = n,
                    open = 0
                ),
                crate::t!(
                    "status-journal",
                    n = all,
                    private = n,
                    shared = n,
                    date = "2026-03-08"
                ),
            )
        };
        (said(1), said(3))
    });
    assert!(
        one.0.contains("1 cumplido,") && one.0.contains("1 no cumplido,"),
        "{}",
        one.0
    );
    assert!(
        many.0.contains("3 cumplidos,") && many.0.contains("3 no cumplidos,"),
        "{}",
        many.0
    );
    assert!(one.1.contains("(1 privada, 1 compartida)"), "{}", one.1);
    assert!(many.1.contains("(3 privadas, 3 compartidas)"), "{}", many.1);
    assert_eq!(
        in_language(Lang::ES, || crate::model::CheckIn::shown(None)),
        "sin responder"
    );
}

/// The languages are the folders: every `i18n/<code>/trustmend.ftl` with a
/// content pack is bundled, English first, and each bundled pack carries
/// every file of a pack and its questionnaires. A third language is its
/// files (build.rs finds them), nothing in `src/`.
#[test]
fn the_languages_are_the_folders_that_hold_a_catalogue_and_a_pack() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut on_disk: Vec<String> = std::fs::read_dir(root.join("i18n"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().join("trustmend.ftl").is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    on_disk.sort_by_key(|c| (c != "en", c.clone()));
    assert_eq!(LANGUAGES.to_vec(), on_disk);
    assert_eq!(LANGUAGES[0], "en");
    assert_eq!(Lang::ES.code(), "es");
    for lang in LANGUAGES {
        let (folder, _) = bundled::pack(lang).unwrap();
        for name in crate::content::FILES.iter().chain([&crate::measures::FILE]) {
            let (path, text) =
                bundled::file(lang, name).unwrap_or_else(|| panic!("{lang}: {name}"));
            assert_eq!(path, format!("{folder}/{name}"));
            let on_disk = std::fs::read_to_string(root.join(&path)).unwrap();
            assert_eq!(text, on_disk, "{path} is the file compiled in");
        }
    }
    assert!(bundled::pack("fr").is_none());
}
