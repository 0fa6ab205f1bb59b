//! Texts that must be read whole: at 80x24, home's description of every
//! item and both notes of the move-on checklist are shown to their last
//! word, never cut mid-sentence.

use std::cell::Cell;

use super::*;
use crate::ui::Ctx;
use crate::workbook::HomeItem;

/// The screen's words in order, rows joined and spaces collapsed, with the
/// list's markers and borders left out, so a wrapped text can be found
/// whole.
pub(super) fn words(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let width = usize::from(buf.area.width);
    let cells: Vec<&str> = buf
        .content()
        .iter()
        .map(ratatui::buffer::Cell::symbol)
        .collect();
    cells
        .chunks(width)
        .map(<[&str]>::concat)
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(super) fn every_home_text_is_shown_whole(mut wb: Workbook) {
    if matches!(wb.screen(), Screen::Picker(_)) {
        act(&mut wb, Action::Select);
    }
    assert!(matches!(wb.screen(), Screen::Home(_)), "not home");
    let items = wb.home_items();
    act(&mut wb, Action::Top);
    for (i, item) in items.iter().enumerate() {
        let theme = Theme::default();
        let ctx = Ctx {
            seen: wb.seen(),
            theme: &theme,
            width: 80,
            height: 24,
            cursor: Cell::new(None),
        };
        let said = crate::ui::home::summary(&ctx, *item);
        let shown = words(&render(&wb));
        assert!(
            shown.contains(&flat(&said)),
            "item {i} ({item:?}) is cut at 80x24: {said:?}\n{shown}"
        );
        act(&mut wb, Action::Down);
    }
}

#[test]
fn home_describes_every_item_whole_at_80x24() {
    every_home_text_is_shown_whole(alex());
    every_home_text_is_shown_whole(workbook_with(&[
        ("Alex", Role::Hurt),
        ("Sam", Role::Repairing),
    ]));
}

#[test]
fn both_notes_of_the_move_on_checklist_are_shown_whole_at_80x24() {
    let mut wb = alex();
    let at = wb
        .home_items()
        .iter()
        .position(|i| *i == HomeItem::MoveOn)
        .unwrap();
    open_home_item(&mut wb, at);
    assert!(matches!(wb.screen(), Screen::MoveOn(_)));
    let mo = wb.content().move_on.clone();
    let first = words(&render(&wb));
    assert!(first.contains(&flat(&mo.intro)), "{first}");
    // The closing note, with its safety advice, by the last item.
    act(&mut wb, Action::Bottom);
    let last = words(&render(&wb));
    assert!(last.contains(&flat(&mo.closing)), "{last}");
    assert!(last.contains("Help and safety"), "{last}");
}

/// The welcome offers every place in the help list, each under its group,
/// and scrolls so the one chosen is always in sight at 80x24.
#[test]
fn the_welcome_offers_every_place_grouped_and_in_sight() {
    let mut wb = workbook_with(&[]);
    act(&mut wb, Action::Select);
    type_text(&mut wb, "Sam");
    acts(&mut wb, &[Action::Select, Action::Select]);
    assert!(screen_text(&render(&wb)).contains("Where do you live?"));
    let choices = crate::workbook::welcome::country_choices(wb.content());
    let groups = crate::workbook::welcome::country_groups(wb.content());
    assert_eq!(choices.len(), wb.content().help.places.len() + 2);
    for _ in 0..choices.len() {
        act(&mut wb, Action::Up);
    }
    for (i, (code, label)) in choices.iter().enumerate() {
        let text = screen_text(&render(&wb));
        assert!(text.contains(&format!("› {label}")), "{label}: {text}");
        if let Some(group) = &groups[i] {
            assert!(
                text.contains(group.as_str()),
                "{label} without {group}: {text}"
            );
        }
        if let Some(code) = code.as_deref().filter(|c| *c != "ZZ") {
            assert!(wb.content().help.place(code).is_some(), "{code}");
        }
        act(&mut wb, Action::Down);
    }
}

/// `country` takes every code in the help list without a warning, and so
/// every example docs/config.md gives.
#[test]
fn every_code_in_the_help_list_and_the_docs_is_a_country_setting_that_works() {
    let content = Content::bundled().unwrap();
    let known = content.help.codes();
    let docs = include_str!("../../../docs/config.md");
    let section = docs
        .split("### `country`")
        .nth(1)
        .and_then(|s| s.split("### ").next())
        .unwrap();
    let examples: Vec<&str> = section
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|w| crate::country::parse_code(w).is_some() && *w != "UK")
        .collect();
    assert!(
        examples.contains(&"CA") && examples.contains(&"GB-SCT"),
        "{examples:?}"
    );
    for code in known.iter().copied().chain(examples) {
        let loaded = crate::config::Loaded {
            config: crate::config::Config {
                country: Some(code.into()),
                ..Default::default()
            },
            ..Default::default()
        };
        assert_eq!(
            crate::config::Warning::no_help_for(&loaded, &known),
            None,
            "{code}"
        );
    }
}
