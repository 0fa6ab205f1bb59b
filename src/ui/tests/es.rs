//! The screens in Spanish (`LANG=es_ES.UTF-8`, or `language = "es"`), at
//! 80x24: the Spanish pack and catalogue, no English sentence of the
//! catalogue left on a screen whose words are all in it, and nothing cut
//! off (home's descriptions whole, every key of the key bar shown).

use super::fits::{every_home_text_is_shown_whole, flat, words};
use super::*;
use crate::i18n::{Lang, in_language};

fn workbook_es(names: &[(&str, Role)]) -> Workbook {
    let content = Content::bundled_in("es").unwrap();
    let mut store = Store::default();
    for (name, role) in names {
        store.add_partner(name, *role, now());
        store.past_foundations();
    }
    Workbook::new(Arc::new(content), store, Session::default(), None)
}

/// The English catalogue's sentences (messages without variables, of
/// three words or more) that Spanish says otherwise.
fn english_sentences() -> Vec<String> {
    let source = |code: &str| crate::i18n::catalogue(code).unwrap();
    let value = |code: &str, id: &str| {
        let text = source(code);
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{id} = ")).map(str::to_string))
    };
    let en = crate::i18n::messages(&source("en")).unwrap();
    en.iter()
        .filter(|(_, vars)| vars.is_empty())
        .filter_map(|(id, _)| Some((value("en", id)?, value("es", id)?)))
        .filter(|(en, es)| en != es && en.split_whitespace().count() >= 3)
        .filter(|(en, _)| !en.contains('{'))
        .map(|(en, _)| en)
        .collect()
}

/// No English sentence of the catalogue on screen, and every hint of the
/// key bar shown whole.
fn spanish_and_whole(wb: &Workbook) {
    spanish_and_whole_but(wb, &[]);
}

/// As [`spanish_and_whole`], but `cited` (a questionnaire's source, a
/// citation in the language it was published in) is not read for English.
fn spanish_and_whole_but(wb: &Workbook, cited: &[&str]) {
    let t = render(wb);
    let mut shown = words(&t);
    for c in cited {
        shown = shown.replace(&flat(c), "");
    }
    for sentence in english_sentences() {
        assert!(
            !shown.contains(&flat(&sentence)),
            "English left on screen: {sentence:?}\n{}",
            screen_lines(&t)
        );
    }
    // Words Spanish never uses: a sentence left outside the catalogue.
    const ENGLISH: [&str; 20] = [
        "the", "you", "your", "and", "with", "what", "this", "check", "where", "turn", "more",
        "saved", "not", "of", "is", "are", "in", "to", "it", "who",
    ];
    for word in shown.split(|c: char| !c.is_alphabetic()) {
        assert!(
            !ENGLISH.contains(&word.to_lowercase().as_str()),
            "an English word, {word:?}, on screen:\n{}",
            screen_lines(&t)
        );
    }
    // (Over the `?` help, the way to close it is on its border instead.)
    let bar = if wb.help_open() {
        Vec::new()
    } else {
        super::super::frame::footer_hints(wb.context(), 78)
    };
    for (keys, hint) in bar {
        let hint = flat(&format!("{keys} {hint}"));
        assert!(
            shown.contains(&hint),
            "the key bar cuts {hint:?}:\n{}",
            screen_lines(&t)
        );
    }
}

macro_rules! snap_es {
    ($name:expr, $wb:expr) => {
        spanish_and_whole(&$wb);
        insta::assert_snapshot!($name, render(&$wb).backend())
    };
}

#[test]
fn the_welcome_in_spanish() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[]);
        snap_es!("es_welcome_1_intro", wb);
        act(&mut wb, Action::Select);
        act(&mut wb, Action::Select);
        snap_es!("es_welcome_2_name_missing", wb);
        type_text(&mut wb, "Lucía");
        act(&mut wb, Action::Select);
        act(&mut wb, Action::Down);
        snap_es!("es_welcome_3_role", wb);
        act(&mut wb, Action::Select);
        snap_es!("es_welcome_4_country", wb);
        act(&mut wb, Action::Select);
        snap_es!("es_welcome_5_safety", wb);
        act(&mut wb, Action::Select);
        assert!(matches!(wb.screen(), Screen::Home(_)));
        assert_eq!(wb.partner().unwrap().role, Role::Repairing);
    });
}

#[test]
fn home_in_spanish_describes_every_item_whole() {
    in_language(Lang::ES, || {
        let wb = workbook_es(&[("Lucía", Role::Hurt)]);
        snap_es!("es_home", wb);
        let text = screen_text(&render(&wb));
        assert!(text.contains("Inicio"), "{text}");
        assert!(text.contains("Comunicación abierta"), "{text}");
        every_home_text_is_shown_whole(wb);
        every_home_text_is_shown_whole(workbook_es(&[
            ("Lucía", Role::Hurt),
            ("Mateo", Role::Repairing),
        ]));
    });
}

#[test]
fn the_keys_help_in_spanish() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt)]);
        act(&mut wb, Action::Help);
        snap_es!("es_help_home", wb);
    });
}

#[test]
fn help_and_safety_in_spain_in_spanish_says_the_translation_is_not_reviewed_once() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt)]);
        wb.config_mut().country = Some("ES".into());
        open_home_item(&mut wb, 15);
        assert!(matches!(wb.screen(), Screen::Safety(_)));
        snap_es!("es_safety_spain", wb);
        let text = screen_text(&render(&wb));
        assert!(text.contains("A quién acudir en España"), "{text}");
        assert!(text.contains("112"), "{text}");
        assert!(text.contains("016"), "{text}");
        let page = crate::workbook::helplines::plain(&crate::workbook::helplines::page(
            wb.content(),
            Some("ES"),
        ));
        let note = crate::t!("help-translation-note");
        assert_eq!(page.matches(note.as_str()).count(), 1, "{page}");
    });
    // In English, no such note.
    let page = crate::workbook::helplines::plain(&crate::workbook::helplines::page(
        &Content::bundled().unwrap(),
        Some("US"),
    ));
    assert!(!page.contains("translated"), "{page}");
}

#[test]
fn a_strategy_in_spanish_its_guidance_and_a_prompt() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt)]);
        open_home_item(&mut wb, 0);
        snap_es!("es_strategy_reading", wb);
        // The way through the strategy fits whole, up to its last step.
        assert!(screen_text(&render(&wb)).contains("○ hecha"));
        act(&mut wb, Action::Select);
        snap_es!("es_strategy_prompt", wb);
    });
}

#[test]
fn the_calm_screen_in_spanish() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt)]);
        wb.config_mut().reduce_motion = true;
        act(&mut wb, Action::Calm);
        snap_es!("es_calm", wb);
    });
}

#[test]
fn the_check_in_in_spanish() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt)]);
        act(&mut wb, Action::OpenCheckIn);
        snap_es!("es_checkin", wb);
        let shown = words(&render(&wb));
        assert!(
            shown.contains(&flat(&crate::t!("checkin-intro"))),
            "{shown}"
        );
        assert_eq!(shown.matches("· vacío").count(), 5, "{shown}");
    });
}

#[test]
fn two_people_in_spanish_the_picker_and_the_private_safety_check() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt), ("Mateo", Role::Repairing)]);
        assert!(matches!(wb.screen(), Screen::Picker(_)));
        snap_es!("es_picker", wb);
        act(&mut wb, Action::Select);
        let together = wb
            .home_items()
            .iter()
            .position(|i| *i == crate::workbook::HomeItem::Together)
            .unwrap();
        open_home_item(&mut wb, together);
        assert!(matches!(wb.screen(), Screen::SafetyCheck(_)));
        snap_es!("es_safety_check", wb);
    });
}

#[test]
fn the_journal_in_spanish_empty() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt)]);
        let journal = wb
            .home_items()
            .iter()
            .position(|i| *i == crate::workbook::HomeItem::Journal)
            .unwrap();
        open_home_item(&mut wb, journal);
        snap_es!("es_journal_empty", wb);
    });
}

#[test]
fn protecting_in_spanish() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt)]);
        act(&mut wb, Action::Protect);
        assert!(matches!(wb.screen(), Screen::Passphrase(_)));
        snap_es!("es_passphrase_choose", wb);
    });
}

#[test]
fn progress_in_spanish() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt)]);
        act(&mut wb, Action::OpenProgress);
        assert!(matches!(wb.screen(), Screen::Progress(_)));
        snap_es!("es_progress_checkins", wb);
        act(&mut wb, Action::Toggle);
        snap_es!("es_progress_strategies", wb);
        let shown = words(&render(&wb));
        for said in [
            crate::t!("progress-strategies-legend"),
            crate::t!("progress-commitments-none"),
        ] {
            assert!(shown.contains(&flat(&said)), "{said:?} is cut:\n{shown}");
        }
    });
}

#[test]
fn leaving_this_workbook_in_spanish() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt), ("Mateo", Role::Repairing)]);
        act(&mut wb, Action::Select);
        act(&mut wb, Action::LeaveWorkbook);
        snap_es!("es_depart_explain", wb);
        let shown = words(&render(&wb));
        assert!(shown.contains("¿Dejar este cuaderno, Lucía?"), "{shown}");
        assert!(
            shown.contains("El diario, los registros y el progreso de Mateo"),
            "{shown}"
        );
        act(&mut wb, Action::Confirm);
        snap_es!("es_depart_confirm", wb);
        act(&mut wb, Action::Back);
        // Staying is said in Spanish too.
        snap_es!("es_depart_stayed", wb);
        assert!(
            words(&render(&wb)).contains(&flat(&crate::t!("depart-cancelled"))),
            "{}",
            screen_text(&render(&wb))
        );
    });
}

#[test]
fn notices_in_spanish_couples_closed_and_a_passphrase_too_short() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt)]);
        act(&mut wb, Action::Protect);
        type_text(&mut wb, "corta");
        act(&mut wb, Action::Select);
        snap_es!("es_passphrase_too_short", wb);
        assert!(
            words(&render(&wb)).contains(&flat(&crate::t!(
                "pass-too-short",
                min = crate::workbook::MIN_CHARS
            ))),
            "{}",
            screen_text(&render(&wb))
        );
    });
}

#[test]
fn the_questionnaires_in_spanish_the_list_a_question_and_a_score() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt)]);
        act(&mut wb, Action::OpenMeasures);
        let phq = &crate::measures::bundled()[0];
        let source = crate::t!("measure-source", source = phq.source.as_str());
        spanish_and_whole_but(&wb, &[&source]);
        insta::assert_snapshot!("es_measure_list", render(&wb).backend());
        let shown = words(&render(&wb));
        assert!(shown.contains("PHQ-9 — Depresión"), "{shown}");
        assert!(shown.contains("te toca ahora"), "{shown}");
        act(&mut wb, Action::Select);
        act(&mut wb, Action::Digit(1));
        act(&mut wb, Action::Digit(2));
        snap_es!("es_measure_question", wb);
        assert!(
            words(&render(&wb)).contains("PHQ-9 · pregunta 3 de 9"),
            "{}",
            screen_text(&render(&wb))
        );
        for _ in 0..6 {
            act(&mut wb, Action::Digit(0));
        }
        // Item 9 answered "not at all": the score, not Help and safety.
        act(&mut wb, Action::Digit(0));
        wb.update(Msg::Saved(SaveTarget::Store, 1), now());
        assert!(matches!(wb.screen(), Screen::Measure(_)));
        spanish_and_whole_but(&wb, &[&source, &phq.licence]);
        insta::assert_snapshot!("es_measure_done", render(&wb).backend());
        let shown = words(&render(&wb));
        assert!(
            shown.contains("PHQ-9: 3 de 27: mínima (de 0 a 4)"),
            "{shown}"
        );
        assert!(
            shown.contains(&flat(&crate::t!("measure-not-a-diagnosis"))),
            "{shown}"
        );
        // Progress says it the same way.
        act(&mut wb, Action::Select);
        act(&mut wb, Action::OpenProgress);
        let shown = words(&render(&wb));
        assert!(
            shown.contains("PHQ-9: 3 mínima (respondido el"),
            "{}",
            screen_text(&render(&wb))
        );
        snap_es!("es_progress_with_a_questionnaire", wb);
    });
}

#[test]
fn a_therapists_homework_in_spanish_with_its_rows_due_overdue_and_to_answer() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt)]);
        let src = r#"
assigned_by = "Dra. Ruiz"
start = 2026-03-01
note = "Con calma; una estrategia a la vez es suficiente."
measures = ["phq9"]

[[step]]
strategy = "open-communication"
due = 2026-03-04

[[step]]
strategy = "transparency"

[[step]]
strategy = "sincere-apology"
due = 2026-03-20
"#;
        let plan =
            crate::homework::parse(std::path::Path::new("t.toml"), src, wb.content()).unwrap();
        let me = wb.active().unwrap();
        crate::homework::attach(wb.store_mut(), plan.into_assignment(me, now()));
        let item = wb
            .home_items()
            .iter()
            .position(|i| matches!(i, crate::workbook::HomeItem::Homework))
            .unwrap();
        act(&mut wb, Action::Top);
        for _ in 0..item {
            act(&mut wb, Action::Down);
        }
        // A week later: the first is late.
        act_at(&mut wb, Action::Select, 7);
        assert!(matches!(wb.screen(), Screen::Homework(_)));
        snap_es!("es_homework_screen", wb);
        let shown = words(&render(&wb));
        for said in [
            "atrasada (4 mar 2026)",
            "sin fecha",
            "para el 20 mar 2026",
            "por responder",
            "0 de 3 hechas",
        ] {
            assert!(
                shown.contains(said),
                "{said:?}:\n{}",
                screen_text(&render(&wb))
            );
        }
    });
}

#[test]
fn searching_the_journal_in_spanish() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt)]);
        let me = wb.active().unwrap();
        for (i, text) in [
            "Caminamos junto al río, sin prisa.",
            "Otra vez el río, y hablamos un poco.",
        ]
        .iter()
        .enumerate()
        {
            let id = wb.store_mut().fresh_id();
            let when = now() - Duration::days(3) + Duration::hours(i64::try_from(i).unwrap());
            wb.store_mut().entries.push(crate::model::Entry {
                id,
                author: me,
                kind: crate::model::EntryKind::Free { strategy: None },
                heading: Default::default(),
                body: Body::Text((*text).into()),
                visibility: crate::model::Visibility::Private,
                created: when,
                updated: when,
            });
        }
        act(&mut wb, Action::OpenJournal);
        act(&mut wb, Action::Search);
        type_text(&mut wb, "río");
        let shown = words(&render(&wb));
        assert!(shown.contains("Buscar: río"), "{shown}");
        assert!(
            shown.contains("2 encontradas"),
            "{}",
            screen_text(&render(&wb))
        );
        snap_es!("es_journal_search_found", wb);
        type_text(&mut wb, "zzz");
        snap_es!("es_journal_search_none", wb);
    });
}

#[test]
fn a_reply_in_spanish_written_and_read_under_the_entry() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt), ("Mateo", Role::Repairing)]);
        for p in &mut wb.store_mut().partners {
            p.safety_check = Some(crate::model::SafetyOutcome::Clear);
        }
        act(&mut wb, Action::Select); // Lucía
        let open = |wb: &mut Workbook, item: crate::workbook::HomeItem| {
            let n = wb.home_items().iter().position(|i| *i == item).unwrap();
            open_home_item(wb, n);
        };
        open(&mut wb, crate::workbook::HomeItem::NewEntry);
        act(&mut wb, Action::Select);
        type_text(&mut wb, "# Después de la cena\n\nHoy me sentí escuchada.");
        act(&mut wb, Action::Save);
        acts(
            &mut wb,
            &[Action::Toggle, Action::Confirm, Action::Back, Action::Back],
        );
        acts(&mut wb, &[Action::PassKeyboard, Action::Select]); // Mateo
        open(&mut wb, crate::workbook::HomeItem::Shared);
        act(&mut wb, Action::ReadIt);
        act(&mut wb, Action::Reply);
        snap_es!("es_reply_editor", wb);
        let shown = words(&render(&wb));
        assert!(
            shown.contains("Respondes a la entrada de Lucía del"),
            "{shown}"
        );
        type_text(&mut wb, " Gracias.");
        act(&mut wb, Action::Save);
        snap_es!("es_reply_shared", wb);
        let shown = words(&render(&wb));
        assert!(shown.contains("Tú respondiste"), "{shown}");
        assert!(shown.contains("Lo he leído. Gracias."), "{shown}");
    });
}

#[test]
fn a_new_entry_in_spanish_its_empty_editor() {
    in_language(Lang::ES, || {
        let mut wb = workbook_es(&[("Lucía", Role::Hurt)]);
        let new = wb
            .home_items()
            .iter()
            .position(|i| *i == crate::workbook::HomeItem::NewEntry)
            .unwrap();
        open_home_item(&mut wb, new);
        // "No strategy", then the empty editor with its hint.
        act(&mut wb, Action::Select);
        assert_eq!(wb.context(), crate::keymap::Context::Editor);
        spanish_and_whole(&wb);
    });
}
