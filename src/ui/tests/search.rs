//! The journal while finding: the search box, the chips, the matches
//! highlighted in the list and in the opened entry, at 80x24 and 200x60.

use ratatui::style::Modifier;

use super::*;
use crate::model::{Entry, EntryKind, PartnerId, SafetyOutcome, Visibility};

fn entry(
    wb: &mut Workbook,
    author: PartnerId,
    kind: EntryKind,
    heading: &str,
    body: Body,
    shared: bool,
    hours: i64,
) {
    let id = wb.store_mut().fresh_id();
    let when = now() - Duration::days(40) + Duration::hours(hours);
    wb.store_mut().entries.push(Entry {
        id,
        author,
        kind,
        heading: heading.into(),
        body,
        visibility: if shared {
            Visibility::Shared
        } else {
            Visibility::Private
        },
        created: when,
        updated: when,
    });
}

/// Alex and Sam (both safety checks clear), Alex at the keyboard, with
/// entries of every kind; Sam shared one about the café and kept one private.
pub(super) fn couple_with_entries() -> Workbook {
    let mut wb = workbook_with(&[("Alex", Role::Hurt), ("Sam", Role::Repairing)]);
    for p in &mut wb.store_mut().partners {
        p.safety_check = Some(SafetyOutcome::Clear);
    }
    let strategy = wb.content().strategies[0].clone();
    let prompt = strategy.prompts[0].clone();
    let reflection = EntryKind::Reflection {
        strategy: strategy.id.clone().into(),
        prompt: prompt.id.clone().into(),
    };
    let free = EntryKind::Free { strategy: None };
    entry(
        &mut wb,
        1,
        reflection.clone(),
        &prompt.text,
        Body::Text(
            "We talked at the CAFÉ for an hour.\nIt was hard, and kinder than I feared.".into(),
        ),
        false,
        1,
    );
    entry(
        &mut wb,
        1,
        free.clone(),
        "Morning walk",
        Body::Text("A slow walk by the river; we did not talk about it.".into()),
        false,
        20,
    );
    entry(
        &mut wb,
        2,
        free.clone(),
        "",
        Body::Text("Sam's shared note: the cafe on Sunday felt like us again.".into()),
        true,
        30,
    );
    entry(
        &mut wb,
        2,
        free.clone(),
        "",
        Body::Text("Sam's private cafe worry, never shared.".into()),
        false,
        31,
    );
    entry(
        &mut wb,
        1,
        free,
        "Sealed",
        Body::Sealed("-----BEGIN AGE ENCRYPTED FILE-----".into()),
        false,
        40,
    );
    act(&mut wb, Action::Select); // the picker: Alex
    act(&mut wb, Action::OpenJournal);
    wb
}

fn search(wb: &mut Workbook, text: &str) {
    act(wb, Action::Search);
    type_text(wb, text);
}

#[test]
fn the_plain_list_shows_the_chips_on_its_first_row() {
    let wb = couple_with_entries();
    snap!("journal_chips", wb);
    let text = screen_text(&render(&wb));
    assert!(
        text.contains("1 all strategies") && text.contains("4 any time"),
        "{text}"
    );
}

#[test]
fn typing_finds_own_and_shared_entries_but_never_a_private_one_of_the_partner() {
    let mut wb = couple_with_entries();
    search(&mut wb, "cafe");
    snap!("journal_search_typing", wb);
    let text = screen_text(&render(&wb));
    assert!(text.contains("CAFÉ") && text.contains("from Sam"), "{text}");
    assert!(!text.contains("never shared"), "{text}");
    assert!(text.contains("2 found"), "{text}");
    assert!(
        text.contains("1 locked entry is searched only after unlocking"),
        "{text}"
    );
    let t = render_at(&wb, 200, 60);
    insta::assert_snapshot!("journal_search_typing_200x60", t.backend());
}

#[test]
fn matches_are_marked_in_the_list_and_in_the_entry_read() {
    let mut wb = couple_with_entries();
    search(&mut wb, "cafe");
    act(&mut wb, Action::Select); // keep the results
    let t = render(&wb);
    let marked: String = t
        .backend()
        .buffer()
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED))
        .map(ratatui::buffer::Cell::symbol)
        .collect();
    assert_eq!(marked, "cafeCAFÉ", "Sam's (newest) first, then Alex's");
    act(&mut wb, Action::Next);
    act(&mut wb, Action::Select);
    snap!("journal_search_read", wb);
    let t = render(&wb);
    let marked: String = t
        .backend()
        .buffer()
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED))
        .map(ratatui::buffer::Cell::symbol)
        .collect();
    assert_eq!(marked, "CAFÉ");
    // n in the entry goes on to the next match, round the end.
    act(&mut wb, Action::Next);
    let text = screen_text(&render(&wb));
    assert!(text.contains("Sunday"), "{text}");
    let t = render_at(&wb, 200, 60);
    insta::assert_snapshot!("journal_search_read_200x60", t.backend());
}

#[test]
fn chips_filter_and_show_what_they_are_set_to() {
    let mut wb = couple_with_entries();
    act(&mut wb, Action::Digit(2)); // kind: prompt answers
    act(&mut wb, Action::Digit(2)); // kind: free entries
    act(&mut wb, Action::Digit(3)); // private
    snap!("journal_chips_set", wb);
    let text = screen_text(&render(&wb));
    assert!(
        text.contains("Morning walk") || text.contains("A slow walk"),
        "{text}"
    );
    assert!(!text.contains("CAFÉ") && !text.contains("Sunday"), "{text}");
    let t = render_at(&wb, 200, 60);
    insta::assert_snapshot!("journal_chips_set_200x60", t.backend());
    act(&mut wb, Action::Digit(0));
    let text = screen_text(&render(&wb));
    assert!(text.contains("CAFÉ"), "{text}");
}

#[test]
fn nothing_found_says_how_to_go_back() {
    let mut wb = couple_with_entries();
    search(&mut wb, "zebra");
    let text = screen_text(&render(&wb));
    assert!(
        text.contains("nothing found") && text.contains("Esc clears the search"),
        "{text}"
    );
}
