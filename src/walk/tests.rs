use super::*;
use crate::content::Content;
use crate::model::SaveTarget;
use crate::model::Store;
use crate::model::{Role, Stage};
use crate::testing::Effects as _;
use crate::testing::t0;
use crate::workbook::Session;

/// Type a choice as a person would, from what the page offers.
fn answer(wb: &mut Workbook, key: &str) {
    let p = page(wb);
    assert!(p.writing.is_none(), "expected choices, got:\n{}", p.text);
    let actions = choose(&p, key).unwrap_or_else(|| panic!("no choice {key:?} in:\n{p:?}"));
    for a in actions {
        wb.update(Msg::Action(a), t0());
    }
}

fn type_in(wb: &mut Workbook, text: &str) {
    assert!(
        page(wb).writing.is_some(),
        "not writing:\n{}",
        page(wb).text
    );
    write(wb, text, t0());
}

#[test]
fn a_whole_strategy_from_first_run_to_done_by_typed_choices() {
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut wb = Workbook::new(content, Store::default(), Session::default(), None);
    assert!(page(&wb).text.contains("Welcome."));
    answer(&mut wb, "c");
    type_in(&mut wb, "Robin");
    assert!(page(&wb).text.contains("where you stand"));
    answer(&mut wb, "2");
    assert!(page(&wb).text.contains("Where do you live?"));
    answer(&mut wb, "10");
    assert!(page(&wb).text.contains(&wb.content().safety.unsafe_help));
    answer(&mut wb, "c");
    let p = wb.partner().unwrap();
    assert_eq!((p.name.as_str(), p.role), ("Robin", Role::Repairing));

    let home = page(&wb);
    assert!(
        home.text.contains("0 of 10 strategies begun"),
        "{}",
        home.text
    );
    assert!(
        home.choices
            .iter()
            .any(|c| c.label == "Transparency (not started)")
    );
    answer(&mut wb, "2");
    assert!(
        page(&wb)
            .text
            .contains(&wb.content().strategies[1].guidance)
    );
    answer(&mut wb, "c");
    let first = page(&wb);
    assert!(first.text.contains("Prompt 1 of"), "{}", first.text);
    type_in(&mut wb, "What I want to say.\nAnd a second line.");
    // An empty answer stops writing; then the prompt can be skipped.
    type_in(&mut wb, "");
    answer(&mut wb, "s");
    while page(&wb).text.contains("Prompt ") {
        type_in(&mut wb, "");
        answer(&mut wb, "s");
    }
    assert!(page(&wb).text.contains("Choose one small commitment"));
    answer(&mut wb, "1");
    assert!(page(&wb).text.contains("You are practising"));
    answer(&mut wb, "v");
    // The same day: asked first, and "n" would keep practising.
    assert!(
        page(&wb).text.contains("Review it now?"),
        "{}",
        page(&wb).text
    );
    answer(&mut wb, "y");
    answer(&mut wb, "1"); // kept
    type_in(&mut wb, "It went better than I feared.");
    assert!(
        page(&wb).text.contains("This strategy is done"),
        "{}",
        page(&wb).text
    );

    let p = wb.partner().unwrap();
    assert_eq!(
        p.progress(&wb.content().strategies[1].id).stage,
        Stage::Done
    );
    let texts: Vec<_> = wb
        .store()
        .entries
        .iter()
        .filter_map(|e| e.body.text())
        .collect();
    assert!(
        texts.contains(&"What I want to say.\nAnd a second line."),
        "{texts:?}"
    );
    assert!(texts.contains(&"It went better than I feared."));
    answer(&mut wb, "b");
    assert!(
        page(&wb)
            .choices
            .iter()
            .any(|c| c.label == "Transparency (done)")
    );
}

#[test]
fn a_choice_that_is_not_offered_does_nothing() {
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let wb = Workbook::new(content, Store::default(), Session::default(), None);
    assert_eq!(choose(&page(&wb), "zz"), None);
    assert_eq!(choose(&page(&wb), " C "), Some(vec![Action::Select]));
}

#[test]
fn user_text_in_a_page_cannot_reach_the_terminal_raw() {
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut store = Store::default();
    store.add_partner("Al\x1b[2Jex", Role::Hurt, t0());
    let wb = Workbook::new(content, store, Session::default(), None);
    let p = page(&wb);
    assert!(!p.text.contains('\x1b'), "{}", p.text);
}

#[test]
fn with_two_people_walk_asks_who_is_here_first() {
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    store.add_partner("Sam", Role::Repairing, t0());
    let mut wb = Workbook::new(content, store, Session::default(), None);
    let p = page(&wb);
    assert!(p.text.contains("Who is here?"));
    let labels: Vec<_> = p.choices.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["Alex", "Sam", "someone new", "save and quit"]);
    answer(&mut wb, "2");
    assert_eq!(wb.partner().unwrap().name, "Sam");
    assert!(page(&wb).text.starts_with("Home. Sam"));
}

#[test]
fn a_protected_partner_unlocks_in_walk_and_a_wrong_passphrase_changes_nothing() {
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut store = Store::default();
    let alex = store.add_partner("Alex", crate::model::Role::Hurt, t0());
    crate::vault::protect_partner(&mut store, alex, "river stones").unwrap();
    let mut wb = Workbook::new(content, store, Session::default(), None);
    let p = page(&wb);
    assert_eq!(p.writing, Some(Writing::Secret), "{}", p.text);
    assert!(p.text.contains("Type your passphrase"), "{}", p.text);
    // The passphrase goes to the key derivation as an effect, off the page.
    let fx = write(&mut wb, "not it at all", t0());
    let Some(Effect::Unlock(work)) = fx.iter().find(|e| matches!(e, Effect::Unlock(_))) else {
        panic!("{fx:?}");
    };
    assert_eq!(work.passphrase.expose(), "not it at all");
    assert!(!format!("{work:?}").contains("not it at all"));
    assert!(!page(&wb).text.contains("not it at all"));
    // An empty line carries on with the entries locked.
    let mut wb2 = wb.clone();
    for e in fx {
        if let Effect::Unlock(work) = e {
            wb2.update(work.run(), t0());
        }
    }
    assert!(
        page(&wb2).text.contains("does not unlock"),
        "{}",
        page(&wb2).text
    );
    write(&mut wb2, "", t0());
    assert!(!wb2.keys().is_unlocked(alex));
    assert!(page(&wb2).writing != Some(Writing::Secret));
}

#[test]
fn when_it_is_too_much_from_home_breathes_grounds_and_goes_back() {
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut store = Store::default();
    store.add_partner("Robin", Role::Hurt, t0());
    let mut wb = Workbook::new(content, store, Session::default(), None);
    // Home as it reads once the day is known (its quiet line needs it).
    wb.update(Msg::Tick, t0());
    let home = page(&wb).text;
    answer(&mut wb, "t");
    let p = page(&wb);
    for line in [
        "Breathe in… for 4 seconds",
        "Hold… for 4 seconds",
        "Breathe out… for 6 seconds",
        "Help and safety",
        "step 1 of 5",
    ] {
        assert!(p.text.contains(line), "no {line:?} in:\n{}", p.text);
    }
    for n in 2..=5 {
        answer(&mut wb, "g");
        assert!(page(&wb).text.contains(&format!("step {n} of 5")));
    }
    assert!(choose(&page(&wb), "g").is_none(), "no step after the last");
    let fx: Vec<_> = [Action::Back]
        .into_iter()
        .flat_map(|a| wb.update(Msg::Action(a), t0()))
        .collect();
    assert!(!fx.saves(SaveTarget::Store));
    assert_eq!(page(&wb).text, home);
}

#[test]
fn saved_is_said_only_of_a_save_on_the_disk_and_only_once() {
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut store = Store::default();
    store.add_partner("Robin", Role::Hurt, t0());
    let wb = Workbook::new(content, store, Session::default(), None);
    // Tick the first line of the move-on checklist: the journal is saved.
    let ticked = |wb: &Workbook| {
        let mut wb = wb.clone();
        answer(&mut wb, "m");
        let before = wb.saves().clone();
        answer(&mut wb, "1");
        let seq = wb.saves().queued(crate::workbook::SaveTarget::Store);
        assert!(seq > before.queued(crate::workbook::SaveTarget::Store));
        (wb, before, seq)
    };
    let (asked, before, _) = ticked(&wb);
    assert_eq!(saved_line(&before, &asked), None, "asked is not saved");

    let (mut done, before, seq) = ticked(&wb);
    done.update(Msg::Saved(crate::workbook::SaveTarget::Store, seq), t0());
    assert_eq!(saved_line(&before, &done), Some("Saved.".to_string()));
    // Nothing saved in the next step: nothing said.
    assert_eq!(saved_line(done.saves(), &done), None);

    let (mut failed, before, seq) = ticked(&wb);
    let why = crate::testing::disk_full("store.json");
    failed.update(
        Msg::SaveFailed(crate::workbook::SaveTarget::Store, seq, why),
        t0(),
    );
    assert_eq!(saved_line(&before, &failed), None);
    assert!(page(&failed).text.contains("not saved yet"));
}

/// Two people in couples mode, with an entry each and a shared one.
fn couple() -> Workbook {
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut store = Store::default();
    for (name, role) in [("Alex", Role::Hurt), ("Sam", Role::Repairing)] {
        let id = store.add_partner(name, role, t0());
        let p = store.partner_mut(id).unwrap();
        p.seen_safety_note = true;
        p.safety_check = Some(crate::model::SafetyOutcome::Clear);
    }
    let mut wb = Workbook::new(content, store, Session::default(), Some("Alex"));
    // An answer to the first prompt, then home.
    answer(&mut wb, "1");
    answer(&mut wb, "c");
    type_in(&mut wb, "Something I wrote.");
    type_in(&mut wb, "");
    answer(&mut wb, "b");
    wb
}

/// Every page up to three choices away from home: each key once on its page, a
/// way to quit from every list of choices, and nothing typed that is not
/// offered.
#[test]
fn every_page_near_home_offers_each_key_once_and_a_way_out() {
    let home = couple();
    let mut seen = 0;
    let mut frontier = vec![home.clone()];
    for _depth in 0..3 {
        let mut next = Vec::new();
        for wb in &frontier {
            let p = page(wb);
            if p.writing.is_some() {
                continue;
            }
            for c in &p.choices {
                if c.key == "q" || c.breathe {
                    continue;
                }
                let mut after = wb.clone();
                for a in &c.actions {
                    after.update(Msg::Action(*a), t0());
                }
                let q = page(&after);
                seen += 1;
                let mut keys: Vec<&str> = q.choices.iter().map(|c| c.key.as_str()).collect();
                let n = keys.len();
                keys.sort_unstable();
                keys.dedup();
                assert_eq!(keys.len(), n, "a key twice after {:?}:\n{q:?}", c.label);
                if q.writing.is_none() {
                    assert!(keys.contains(&"q"), "no way to quit:\n{q:?}");
                    assert_eq!(reply(&q, "?"), Reply::ListChoices);
                    assert_eq!(reply(&q, "nothing like a key"), Reply::NotAChoice);
                }
                next.push(after);
            }
        }
        frontier = next;
    }
    assert!(seen > 500, "only {seen} pages");
}

#[test]
fn a_check_in_in_walk_offers_a_review_that_is_due_and_leads_into_it() {
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut store = Store::default();
    let me = store.add_partner("Robin", Role::Hurt, t0());
    let mut wb = Workbook::new(content, store, Session::default(), None);
    let strategy = wb.content().strategies[0].id.clone();
    wb.store_mut().practising_since(me, &strategy, t0());

    let later = t0() + chrono::Duration::days(8);
    let say = |wb: &mut Workbook, key: &str| {
        let p = page(wb);
        let actions = choose(&p, key).unwrap_or_else(|| panic!("no {key:?} in:\n{}", p.text));
        for a in actions {
            wb.update(Msg::Action(a), later);
        }
    };
    say(&mut wb, "c");
    for n in ["3", "6", "3", "3", "2", "d", "d"] {
        say(&mut wb, n);
    }
    write(&mut wb, "", later);
    let p = page(&wb);
    assert!(p.text.contains("Saving your check-in"), "{}", p.text);
    // Once it is on the disk.
    let seq = wb.saves().queued(crate::workbook::SaveTarget::Store);
    wb.update(Msg::Saved(crate::workbook::SaveTarget::Store, seq), later);
    let p = page(&wb);
    assert!(p.text.contains("Check-in saved."), "{}", p.text);
    assert!(p.text.contains("Review one now?"), "{}", p.text);
    assert_eq!(wb.store().checkins.len(), 1);
    say(&mut wb, "1");
    let p = page(&wb);
    assert!(p.text.contains("How well was it kept?"), "{}", p.text);
}

/// A new item on the full screen's home must get its letter here too.
#[test]
fn every_item_of_home_has_a_choice_in_walk() {
    let alone = {
        let content = std::sync::Arc::new(Content::bundled().unwrap());
        let mut store = Store::default();
        store.add_partner("Robin", Role::Hurt, t0());
        Workbook::new(content, store, Session::default(), None)
    };
    for wb in [alone, couple()] {
        let choices = page(&wb).choices;
        for (row, item) in wb.home_items().into_iter().enumerate() {
            let opens = choices.iter().any(|c| c.actions == super::pick(row));
            assert!(opens, "{item:?} has no choice in walk's home");
        }
    }
}

/// Stumble 8 of issue 28: walk printed a draft as "What you wrote before
/// (your new answer replaces it)", so it had to be typed again. It is
/// called a draft, and a first line of only "+" goes on from it.
#[test]
fn a_draft_is_called_a_draft_and_can_be_continued() {
    assert_eq!(
        continue_from(Some("half"), "+\nand more").as_deref(),
        Some("half\nand more")
    );
    assert_eq!(continue_from(Some("half"), "+").as_deref(), Some("half"));
    assert_eq!(continue_from(None, "+\nnew").as_deref(), Some("new"));
    assert_eq!(continue_from(Some("half"), "new words"), None);
    assert_eq!(continue_from(Some("half"), "+1 for this"), None);

    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut store = Store::default();
    store.add_partner("Alex", Role::Hurt, t0());
    let mut wb = Workbook::new(content, store, Session::default(), None);
    answer(&mut wb, "1");
    answer(&mut wb, "c"); // to the first prompt, writing
    // Words typed on the full screen and left unsaved: a draft.
    wb.update(Msg::Paste("I was scared".into()), t0());
    wb.update(Msg::Action(Action::StopEditing), t0());
    answer(&mut wb, "w");
    let text = page(&wb).text;
    assert!(
        text.contains("Your draft (not saved yet):\nI was scared"),
        "{text}"
    );
    assert!(!text.contains("replaces it):"), "{text}");
    type_in(&mut wb, "+\nand I still am.");
    let saved: Vec<_> = wb
        .store()
        .entries
        .iter()
        .filter_map(|e| e.body.text())
        .collect();
    assert_eq!(saved, ["I was scared\nand I still am."]);
}

/// Issue 28 (3): walk offers the safety check again on Help and safety,
/// as the full screen does, by the same rule.
#[test]
fn help_and_safety_offers_the_check_again_once_it_was_taken() {
    let content = std::sync::Arc::new(Content::bundled().unwrap());
    let mut store = Store::default();
    let id = store.add_partner("Robin", Role::Hurt, t0());
    let mut wb = Workbook::new(content.clone(), store.clone(), Session::default(), None);
    let safety = |wb: &mut Workbook| {
        answer(wb, "h");
        page(wb)
    };
    let p = safety(&mut wb);
    assert!(choose(&p, "t").is_none(), "not taken yet:\n{}", p.text);

    store.partner_mut(id).unwrap().safety_check = Some(crate::model::SafetyOutcome::Concern);
    let mut wb = Workbook::new(content, store, Session::default(), None);
    let p = safety(&mut wb);
    assert!(
        p.text.contains("take your private safety check again"),
        "{}",
        p.text
    );
    answer(&mut wb, "t");
    assert!(
        page(&wb).text.contains("Question 1 of"),
        "{}",
        page(&wb).text
    );
}

/// The words of `english` that a page says or offers (in any case).
fn english_words_in(p: &Page, english: &[&str]) -> Vec<String> {
    let all = format!("{}\n{}", p.text, choice_lines(p));
    all.split(|c: char| !c.is_alphabetic())
        .filter(|w| english.contains(&w.to_lowercase().as_str()))
        .map(str::to_string)
        .collect()
}

/// `walk`'s journal and homework pages in Spanish: no English word
/// left in what the page says or offers (the person's own words aside).
#[test]
fn the_journal_and_homework_pages_in_spanish() {
    use crate::i18n::{Lang, in_language};
    const ENGLISH: [&str; 16] = [
        "the", "you", "your", "and", "with", "from", "entry", "entries", "of", "is", "to", "it",
        "done", "homework", "journal", "shared",
    ];
    let english_in = |p: &Page| english_words_in(p, &ENGLISH);
    in_language(Lang::ES, || {
        let content = std::sync::Arc::new(Content::bundled_in("es").unwrap());
        let mut store = Store::default();
        let me = store.add_partner("Lucía", Role::Hurt, t0());
        store.past_foundations();
        let mut wb = Workbook::new(content, store, Session::default(), None);
        wb.update(Msg::Action(Action::OpenJournal), t0());
        let empty = page(&wb);
        assert!(
            english_in(&empty).is_empty(),
            "{}\n{}",
            empty.text,
            choice_lines(&empty)
        );
        assert!(
            empty.text.contains("Tu diario todavía no tiene entradas"),
            "{}",
            empty.text
        );
        answer(&mut wb, "w");
        answer(&mut wb, "0");
        let writing = page(&wb);
        assert!(english_in(&writing).is_empty(), "{}", writing.text);
        type_in(&mut wb, "Hoy caminamos junto al río.\n.");
        wb.update(Msg::Action(Action::Back), t0());
        let list = page(&wb);
        assert!(list.text.contains("Tu diario: 1 entrada."), "{}", list.text);
        assert!(
            english_in(&list).is_empty(),
            "{}\n{}",
            list.text,
            choice_lines(&list)
        );
        answer(&mut wb, "1");
        let read = page(&wb);
        assert!(
            english_in(&read).is_empty(),
            "{}\n{}",
            read.text,
            choice_lines(&read)
        );
        assert!(read.text.contains("privada"), "{}", read.text);

        // A therapist's homework, in walk.
        let src = "assigned_by = \"Dra. Ruiz\"\nstart = 2026-03-01\nmeasures = [\"phq9\"]\n\n[[step]]\nstrategy = \"open-communication\"\ndue = 2026-03-04\n[[step.prompt]]\nid = \"ruiz-1\"\nrole = \"hurt\"\ntext = \"¿Qué conversación salió mejor de lo que temías?\"\n";
        let plan =
            crate::homework::parse(std::path::Path::new("t.toml"), src, wb.content()).unwrap();
        crate::homework::attach(wb.store_mut(), plan.into_assignment(me, t0()));
        wb.update(Msg::Action(Action::Back), t0());
        wb.update(Msg::Action(Action::Back), t0());
        let at = wb
            .home_items()
            .iter()
            .position(|i| *i == crate::workbook::HomeItem::Homework)
            .unwrap();
        wb.update(Msg::Action(Action::Top), t0());
        for _ in 0..at {
            wb.update(Msg::Action(Action::Down), t0());
        }
        wb.update(Msg::Action(Action::Select), t0());
        let homework = page(&wb);
        assert!(
            homework.text.contains("Tareas de Dra. Ruiz"),
            "{}",
            homework.text
        );
        assert!(
            english_in(&homework).is_empty(),
            "{:?}\n{}\n{}",
            english_in(&homework),
            homework.text,
            choice_lines(&homework)
        );
    });
}

/// `walk`'s progress pages in Spanish, both tabs.
#[test]
fn the_progress_pages_in_spanish() {
    use crate::i18n::{Lang, in_language};
    in_language(Lang::ES, || {
        let content = std::sync::Arc::new(Content::bundled_in("es").unwrap());
        let mut store = Store::default();
        store.add_partner("Lucía", Role::Hurt, t0());
        store.past_foundations();
        let mut wb = Workbook::new(content, store, Session::default(), None);
        wb.update(Msg::Action(Action::OpenProgress), t0());
        let p = page(&wb);
        let all = format!("{}\n{}", p.text, choice_lines(&p));
        for said in [
            "Progreso: tus registros en las últimas 2 semanas.",
            "Todavía no hay registros.",
            "Ánimo (de 1 a 5): no hay registros suficientes para decirlo.",
            "otro periodo (ahora 2 semanas)",
            "ver las estrategias",
        ] {
            assert!(all.contains(said), "{said:?}:\n{all}");
        }
        for english in ["check-in", "Mood", "range", "the ", "your "] {
            assert!(!all.contains(english), "{english:?}:\n{all}");
        }
        answer(&mut wb, "t");
        let p = page(&wb);
        let all = format!("{}\n{}", p.text, choice_lines(&p));
        assert!(all.contains("Progreso: las estrategias."), "{all}");
        assert!(
            all.contains("1. Comunicación abierta: sin empezar"),
            "{all}"
        );
        assert!(all.contains("Compromisos: 0 cumplidos"), "{all}");
        assert!(all.contains("ver los registros"), "{all}");
    });
}

/// A person's own words in a choice are shown as they wrote them, whatever
/// the language: a name that happens to be one of the key tables' words
/// ("Help", "Back", "Edit") is never looked up in the catalogue.
#[test]
fn a_name_that_is_also_a_key_word_stays_as_written_in_spanish() {
    use crate::i18n::{Lang, in_language};
    in_language(Lang::ES, || {
        let content = std::sync::Arc::new(Content::bundled_in("es").unwrap());
        let mut store = Store::default();
        for name in ["Help", "Back", "Edit"] {
            store.add_partner(name, Role::Hurt, t0());
        }
        let wb = Workbook::new(content, store, Session::default(), None);
        let p = page(&wb);
        let labels: Vec<&str> = p.choices.iter().map(|c| c.label.as_str()).collect();
        for name in ["Help", "Back", "Edit"] {
            assert!(labels.contains(&name), "{name:?} shown as: {labels:?}");
        }
    });
}

/// `walk`'s pages for two people in Spanish: the private safety check (its
/// questions and the answers before keeping them), the together prompts,
/// the reveal, leaving the workbook, and the days on homework and
/// progress written in words of the language.
#[test]
fn the_couples_pages_leaving_and_dates_in_spanish() {
    use crate::i18n::{Lang, in_language};
    use crate::model::{Body, Entry, EntryKind, Visibility};
    const ENGLISH: [&str; 19] = [
        "the", "you", "your", "and", "with", "from", "of", "is", "to", "it", "question", "answers",
        "change", "answer", "wrote", "turn", "waiting", "leaving", "due",
    ];
    let english_in = |p: &Page| english_words_in(p, &ENGLISH);
    let no_english = |p: &Page| {
        assert!(
            english_in(p).is_empty(),
            "{:?}\n{}\n{}",
            english_in(p),
            p.text,
            choice_lines(p)
        );
    };
    in_language(Lang::ES, || {
        let content = std::sync::Arc::new(Content::bundled_in("es").unwrap());
        let mut store = Store::default();
        for (name, role) in [("Lucía", Role::Hurt), ("Mateo", Role::Repairing)] {
            let id = store.add_partner(name, role, t0());
            let p = store.partner_mut(id).unwrap();
            p.seen_safety_note = true;
            p.safety_check = Some(crate::model::SafetyOutcome::Clear);
        }
        // Both answered the first together prompt; the second waits.
        let prompts = crate::privacy::together::prompts(&content);
        for (who, text) in [(0, "Lo que escribió Lucía."), (1, "Lo que escribió Mateo.")] {
            let id = store.fresh_id();
            let author = store.partners[who].id;
            store.entries.push(Entry {
                id,
                author,
                kind: EntryKind::Reflection {
                    strategy: prompts[0].strategy.clone().into(),
                    prompt: prompts[0].prompt.clone().into(),
                },
                heading: Default::default(),
                body: Body::Text(text.into()),
                visibility: Visibility::Private,
                created: t0(),
                updated: t0(),
            });
        }
        let mut wb = Workbook::new(content, store, Session::default(), Some("Lucía"));
        let me = wb.active().unwrap();

        // The safety check, taken again from Help and safety.
        answer(&mut wb, "h");
        answer(&mut wb, "t");
        let question = page(&wb);
        assert!(question.text.contains("Pregunta 1 de"), "{}", question.text);
        no_english(&question);
        let checks = wb.content().safety.checks.len();
        for _ in 0..checks {
            answer(&mut wb, "1");
        }
        let confirming = page(&wb);
        assert!(
            confirming
                .text
                .contains("Tus respuestas (todavía no se guarda nada):"),
            "{}",
            confirming.text
        );
        assert!(
            choice_lines(&confirming).contains("1) cambiar la respuesta 1"),
            "{}",
            choice_lines(&confirming)
        );
        no_english(&confirming);
        answer(&mut wb, "b");
        wb.update(Msg::Action(Action::Back), t0());

        // The together prompts, then the two answers side by side.
        answer(&mut wb, "g");
        let together = page(&wb);
        assert!(
            together.text.starts_with("Preguntas para los dos."),
            "{}",
            together.text
        );
        assert!(
            choice_lines(&together).contains("(listas para leer juntos)"),
            "{}",
            choice_lines(&together)
        );
        no_english(&together);
        answer(&mut wb, "1");
        let reveal = page(&wb);
        assert!(
            reveal
                .text
                .contains("Tú escribiste:\nLo que escribió Lucía."),
            "{}",
            reveal.text
        );
        assert!(
            reveal
                .text
                .contains("Mateo escribió:\nLo que escribió Mateo."),
            "{}",
            reveal.text
        );
        no_english(&reveal);
        answer(&mut wb, "b");
        answer(&mut wb, "b");

        // Leaving this workbook.
        wb.update(Msg::Action(Action::LeaveWorkbook), t0());
        let depart = page(&wb);
        assert!(
            depart.text.contains("trustmend partner remove \"Lucía\""),
            "{}",
            depart.text
        );
        no_english(&depart);
        wb.update(Msg::Action(Action::Back), t0());

        // A therapist's step due on 4 March, and a strategy begun.
        let src = "assigned_by = \"Dra. Ruiz\"\nstart = 2026-03-01\n\n[[step]]\nstrategy = \"open-communication\"\ndue = 2026-03-04\n";
        let plan =
            crate::homework::parse(std::path::Path::new("t.toml"), src, wb.content()).unwrap();
        crate::homework::attach(wb.store_mut(), plan.into_assignment(me, t0()));
        answer(&mut wb, "w");
        let homework = page(&wb);
        let lines = choice_lines(&homework);
        assert!(lines.contains("para el 4 de marzo de 2026"), "{lines}");
        assert!(!lines.contains("2026-03-04"), "{lines}");
        no_english(&homework);
        answer(&mut wb, "b");
        answer(&mut wb, "1");
        answer(&mut wb, "c");
        type_in(&mut wb, "Algo que escribí.");
        type_in(&mut wb, "");
        answer(&mut wb, "b");
        answer(&mut wb, "p");
        answer(&mut wb, "t");
        let progress = page(&wb);
        assert!(
            progress.text.contains("empezada el 1 mar 2026"),
            "{}",
            progress.text
        );
        assert!(!progress.text.contains("2026-03-01"), "{}", progress.text);
    });
}

/// The first `walk` with a Spanish locale offers the language before
/// anything else, each named in its own words; the number chosen is the
/// welcome's own choice.
#[test]
fn walk_offers_the_language_first_with_a_spanish_locale() {
    use crate::i18n::{Because, Lang, in_language};
    in_language(Lang::ES, || {
        let content = std::sync::Arc::new(Content::bundled_in("es").unwrap());
        let config = crate::config::Config {
            language_chosen: Some((Lang::ES, Because::Locale("LANG", "es_MX.UTF-8".into()))),
            ..crate::config::Config::default()
        };
        let mut wb =
            Workbook::new(content, Store::default(), Session::default(), None).with_config(config);
        let p = page(&wb);
        assert!(
            p.text
                .contains("¿En qué idioma quieres leer trustmend? Escribe su número."),
            "{}",
            p.text
        );
        let lines = choice_lines(&p);
        assert!(lines.contains("English"), "{lines}");
        assert!(lines.contains("Español"), "{lines}");
        let mut fx = Vec::new();
        for a in choose(&p, "1").unwrap() {
            fx.extend(wb.update(Msg::Action(a), t0()));
        }
        assert!(
            fx.iter().any(|e| matches!(
                e,
                crate::workbook::Effect::ChooseLanguage { lang, .. } if *lang == Lang::EN
            )),
            "{fx:?}"
        );
    });
}

/// Before you begin and the questions people ask are named in the
/// language, in `walk` as on the full screen.
#[test]
fn the_reading_pages_are_named_in_spanish() {
    use crate::i18n::{Lang, in_language};
    in_language(Lang::ES, || {
        let content = std::sync::Arc::new(Content::bundled_in("es").unwrap());
        let mut store = Store::default();
        store.add_partner("Lucía", Role::Hurt, t0());
        let mut wb = Workbook::new(content, store, Session::default(), None);
        answer(&mut wb, "i");
        let p = page(&wb);
        assert!(p.text.starts_with("Antes de empezar, 1 de"), "{}", p.text);
        answer(&mut wb, "b");
        answer(&mut wb, "f");
        let p = page(&wb);
        assert!(
            p.text.starts_with("Preguntas frecuentes, 1 de"),
            "{}",
            p.text
        );
    });
}
