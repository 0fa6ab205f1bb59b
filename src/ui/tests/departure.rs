//! "Leave this workbook": counts and consequences, never a word written.

use super::*;

#[test]
fn leaving_names_what_goes_and_what_cannot_be_undone_without_any_words() {
    let mut wb = workbook_with(&[("Alex", Role::Hurt), ("Sam", Role::Repairing)]);
    act(&mut wb, Action::Select); // Alex, from the picker
    act(&mut wb, Action::LeaveWorkbook);
    let first = render(&wb);
    insta::assert_snapshot!("depart_explain", first.backend());
    let text = format!("{:?}", first.backend());
    for words in [
        "Leave this workbook, Alex?",
        "cannot be undone",
        "Sam's journal",
    ] {
        assert!(text.contains(words), "{words:?} missing:\n{text}");
    }
    act(&mut wb, Action::Confirm);
    insta::assert_snapshot!("depart_confirm", render(&wb).backend());
    let wide = format!("{:?}", render_at(&wb, 200, 60).backend());
    assert!(wide.contains("Are you sure, Alex?"), "{wide}");
}
