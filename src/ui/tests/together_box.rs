//! A together prompt's answer box at 80x24: its title says who will read
//! the answer, whole, in both languages (it was cut at the box's edge).

use super::*;
use crate::i18n::{Lang, in_language};
use crate::workbook::HomeItem;

/// Alex and Sam, both past the safety check, Alex at the keyboard with the
/// second together prompt open to answer.
fn at_a_together_prompt(content: Content) -> Workbook {
    let mut store = Store::default();
    for (name, role) in [("Alex", Role::Hurt), ("Sam", Role::Repairing)] {
        let id = store.add_partner(name, role, now());
        store.past_foundations();
        if let Some(p) = store.partner_mut(id) {
            p.safety_check = Some(crate::model::SafetyOutcome::Clear);
        }
    }
    let mut wb = Workbook::new(Arc::new(content), store, Session::default(), None);
    act(&mut wb, Action::Select); // the picker: Alex
    let n = wb
        .home_items()
        .iter()
        .position(|i| *i == HomeItem::Together)
        .unwrap();
    open_home_item(&mut wb, n);
    acts(&mut wb, &[Action::Down, Action::Select]);
    wb
}

/// The answer box's title, from its top border to the border's end.
fn box_title(t: &Terminal<TestBackend>) -> String {
    let lines = screen_lines(t);
    let top = lines
        .lines()
        .find(|l| l.contains('┌'))
        .unwrap_or_else(|| panic!("no box:\n{lines}"))
        .to_string();
    top.split('┌')
        .nth(1)
        .and_then(|rest| rest.split('┐').next())
        .unwrap_or_default()
        .trim_matches(|c| c == '─' || c == ' ')
        .to_string()
}

#[test]
fn a_together_prompts_answer_box_title_is_whole_in_english() {
    in_language(Lang::EN, || {
        let wb = at_a_together_prompt(Content::bundled().unwrap());
        let t = render(&wb);
        let title = box_title(&t);
        assert_eq!(
            title,
            "Your answer (together: shown beside your partner's once both are in)"
        );
        assert!(title.ends_with(')'), "cut: {title:?}\n{}", screen_lines(&t));
        snap!("together_answer_box_en", wb);
    });
}

#[test]
fn a_together_prompts_answer_box_title_is_whole_in_spanish() {
    in_language(Lang::ES, || {
        let wb = at_a_together_prompt(Content::bundled_in("es").unwrap());
        let t = render(&wb);
        let title = box_title(&t);
        assert_eq!(
            title,
            "Tu respuesta (juntos: junto a la de tu pareja cuando respondan los dos)"
        );
        assert!(title.ends_with(')'), "cut: {title:?}\n{}", screen_lines(&t));
        snap!("together_answer_box_es", wb);
    });
}
