//! The journal a person keeps, at 80x24: a free entry from `n` to reading
//! it, sharing asked once, replies under an entry for both partners, and
//! one date format on every screen that shows a date.

use super::*;
use crate::report::fixture;
use crate::workbook::HomeItem;

/// From home: a free entry with a title, saved; left on it, being read.
fn free_entry(wb: &mut Workbook, text: &str) {
    open(wb, HomeItem::NewEntry);
    act(wb, Action::Select);
    type_text(wb, text);
    act(wb, Action::Save);
}

#[test]
fn a_free_entry_from_the_choice_to_the_list() {
    let mut wb = alex();
    open(&mut wb, HomeItem::NewEntry);
    snap!("journal_new_link", wb);
    act(&mut wb, Action::Select);
    snap!("journal_new_editor", wb);
    type_text(
        &mut wb,
        "# A quiet Sunday\n\nWe walked by the river and did not talk about it.",
    );
    act(&mut wb, Action::Save);
    snap!("journal_free_read", wb);
    let read = screen_text(&render(&wb));
    assert!(
        read.contains("A quiet Sunday") && !read.contains("# A quiet"),
        "{read}"
    );
    assert!(read.contains("1 Mar 2026 09:00"), "date and time: {read}");
    act(&mut wb, Action::Back);
    snap!("journal_free_list", wb);
    let list = screen_text(&render(&wb));
    assert!(
        list.contains("A quiet Sunday") && list.contains("private"),
        "{list}"
    );
}

#[test]
fn sharing_is_asked_once_and_names_the_partner() {
    let mut wb = couple();
    free_entry(&mut wb, "Something for both of us.");
    act(&mut wb, Action::Toggle);
    snap!("journal_share_asked", wb);
}

/// Alex shares an entry; Sam replies "I read this." and a few words more.
fn replied() -> Workbook {
    let mut wb = couple();
    free_entry(&mut wb, "# After the dinner\n\nI felt heard today.");
    acts(
        &mut wb,
        &[Action::Toggle, Action::Confirm, Action::Back, Action::Back],
    );
    acts(&mut wb, &[Action::PassKeyboard, Action::Select]);
    open(&mut wb, HomeItem::Shared);
    act(&mut wb, Action::ReadIt);
    wb
}

#[test]
fn a_reply_shows_under_the_entry_for_both_and_home_says_it_came() {
    let mut wb = replied();
    act(&mut wb, Action::Reply);
    snap!("reply_editor", wb);
    let editor = screen_text(&render(&wb));
    assert!(
        editor.contains("shared by nature"),
        "said before typing: {editor}"
    );
    type_text(&mut wb, " Thank you.");
    act(&mut wb, Action::Save);
    snap!("reply_shared_sam", wb);
    let sam = screen_text(&render(&wb));
    assert!(
        sam.contains("You replied") && sam.contains("I read this. Thank you."),
        "{sam}"
    );
    // Alex's home says so, once, until Shared shows it.
    acts(
        &mut wb,
        &[Action::Back, Action::PassKeyboard, Action::Select],
    );
    let home = screen_text(&render(&wb));
    assert!(home.contains("Sam replied · in Shared"), "{home}");
    snap!("reply_home_alex", wb);
    open(&mut wb, HomeItem::Shared);
    snap!("reply_shared_alex", wb);
    let alex = screen_text(&render(&wb));
    assert!(
        alex.contains("Sam replied") && alex.contains("I read this. Thank you."),
        "{alex}"
    );
    act(&mut wb, Action::Back);
    let home = screen_text(&render(&wb));
    assert!(!home.contains("replied"), "{home}");
    // Made private again, the entry takes its reply out of Shared; Alex
    // still reads it under the entry in the journal.
    acts(
        &mut wb,
        &[Action::OpenJournal, Action::Select, Action::Toggle],
    );
    let read = screen_text(&render(&wb));
    assert!(read.contains("Sam replied"), "{read}");
    // Deleting it says where the reply goes.
    acts(&mut wb, &[Action::Back, Action::Delete]);
    let asked = screen_text(&render(&wb));
    assert!(asked.contains("Replies to it stay in their"), "{asked}");
}

/// Every character on the screens that show dates, with `format`.
fn dated_screens(format: &str) -> Vec<(&'static str, String)> {
    let f = fixture::fixture();
    let mut out = Vec::new();
    let mut wb = Workbook::new(
        Arc::new(f.content),
        f.store,
        Session::default(),
        Some("Alex"),
    );
    wb.config_mut().date_format = format.into();
    let now = fixture::now();
    let go = |wb: &mut Workbook, a: Action| {
        wb.update(Msg::Action(a), now);
    };
    let mut shot = |name, wb: &Workbook| out.push((name, screen_text(&render(wb))));
    go(&mut wb, Action::OpenJournal);
    shot("journal list", &wb);
    go(&mut wb, Action::Select);
    shot("journal entry", &wb);
    go(&mut wb, Action::Back);
    go(&mut wb, Action::Back);
    let shared = wb.home_items().iter().position(|i| *i == HomeItem::Shared);
    go(&mut wb, Action::Top);
    for _ in 0..shared.unwrap_or(0) {
        go(&mut wb, Action::Down);
    }
    go(&mut wb, Action::Select);
    shot("shared", &wb);
    go(&mut wb, Action::Back);
    go(&mut wb, Action::OpenProgress);
    shot("progress", &wb);
    go(&mut wb, Action::Right);
    shot("progress strategies", &wb);
    go(&mut wb, Action::Back);
    go(&mut wb, Action::OpenCheckIn);
    shot("check-in", &wb);
    let mut hw = super::homework::alex_with_homework();
    hw.config_mut().date_format = format.into();
    let at = hw
        .home_items()
        .iter()
        .position(|i| *i == HomeItem::Homework);
    act(&mut hw, Action::Top);
    for _ in 0..at.unwrap_or(0) {
        act(&mut hw, Action::Down);
    }
    out.push(("home with homework", screen_text(&render(&hw))));
    act(&mut hw, Action::Select);
    out.push(("homework", screen_text(&render(&hw))));
    out
}

#[test]
fn every_screen_writes_dates_in_the_one_format_of_the_settings() {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let default_style =
        |text: &str| (1..=31).any(|d| MONTHS.iter().any(|m| text.contains(&format!("{d} {m}"))));
    let mut seen_iso = 0;
    for (name, text) in dated_screens("%Y-%m-%d") {
        assert!(
            !default_style(&text),
            "{name} mixes in another format:\n{text}"
        );
        seen_iso += usize::from(text.contains("2026-0"));
    }
    assert!(
        seen_iso >= 5,
        "the dates are there, in the setting's format"
    );
    // And with the default format, no screen writes an ISO date.
    for (name, text) in dated_screens(crate::config::DEFAULT_DATE_FORMAT) {
        assert!(!text.contains("2026-0"), "{name}:\n{text}");
    }
}

/// The list's title column is as wide as its widest strategy title (up to
/// 24 columns) whatever the entries and their order, though each different
/// title is measured once: the same width as measuring every entry's.
#[test]
fn the_title_column_is_the_widest_title_however_the_entries_come() {
    let wb = alex();
    let content = wb.content().clone();
    let mut entries: Vec<crate::model::Entry> = fixture::fixture()
        .store
        .entries
        .iter()
        .chain(crate::synthetic::store(&content, 120).entries.iter())
        .cloned()
        .collect();
    let mut reply = entries[0].clone();
    reply.kind = crate::model::EntryKind::Reply { to: entries[0].id };
    entries.insert(7, reply);
    let theme = Theme::default();
    let ctx = crate::ui::Ctx {
        seen: wb.seen(),
        theme: &theme,
        width: 80,
        height: 24,
        cursor: std::cell::Cell::new(None),
    };
    let each = |es: &[crate::model::Entry]| {
        es.iter()
            .map(|e| {
                unicode_width::UnicodeWidthStr::width(
                    crate::ui::journal::strategy_title(&ctx, e).as_str(),
                )
            })
            .max()
            .unwrap_or(0)
            .min(24)
    };
    let kinds: std::collections::BTreeSet<String> = entries
        .iter()
        .map(|e| crate::ui::journal::strategy_title(&ctx, e))
        .collect();
    assert!(kinds.len() > 10, "titles of many kinds: {kinds:?}");
    for n in 0..=entries.len() {
        for part in [&entries[..n], &entries[n..]] {
            assert_eq!(
                crate::ui::journal::widest_title(&ctx, part.iter()),
                each(part),
                "{n}"
            );
        }
    }
    // Every pair, in both orders: a short title first must not stand in
    // for another short one.
    for a in &entries {
        for b in &entries {
            let pair = [a.clone(), b.clone()];
            assert_eq!(
                crate::ui::journal::widest_title(&ctx, pair.iter()),
                each(&pair)
            );
        }
    }
    entries.reverse();
    assert_eq!(
        crate::ui::journal::widest_title(&ctx, entries.iter()),
        each(&entries)
    );
}
