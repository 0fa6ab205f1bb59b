//! "When it is too much" at 80x24: the shape as the breath moves, and text
//! only with `reduce_motion` or without colour.

use super::*;

/// Alex on the calm screen, opened at `now()`, drawn `ms` later.
fn calm_at(ms: i64) -> Workbook {
    let mut wb = alex();
    act(&mut wb, Action::Calm);
    wb.update_now(Msg::Tick, now() + Duration::milliseconds(ms));
    wb
}

fn render_plain(wb: &Workbook) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| draw_with(f, wb, &Theme::plain())).unwrap();
    t
}

/// How many cells the shape covers: on rows of nothing but its characters
/// (so the letter o in the words does not count).
fn shape_cells(t: &Terminal<TestBackend>) -> usize {
    let text = screen_text(t);
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(80)
        .map(|row| row.iter().collect::<String>())
        .filter(|row| row.trim().chars().all(|c| matches!(c, 'o' | '·')))
        .map(|row| row.chars().filter(|c| matches!(c, 'o' | '·')).count())
        .sum()
}

#[test]
fn the_shape_breathes_in_holds_and_breathes_out() {
    snap!("calm_motion_start", calm_at(0));
    snap!("calm_motion_half_in", calm_at(2_000));
    snap!("calm_motion_hold", calm_at(6_000));
    snap!("calm_motion_half_out", calm_at(11_000));
    // The shape's size follows the breath, every 250 ms through two breaths.
    let mut sizes = Vec::new();
    for step in 0..112 {
        let wb = calm_at(step * 250);
        sizes.push(shape_cells(&render(&wb)));
    }
    let (start, full) = (sizes[0], sizes[16]);
    assert!(full > start * 4, "full {full} vs empty {start}");
    assert!(sizes[..16].windows(2).all(|w| w[0] <= w[1]), "{sizes:?}");
    assert!(sizes[16..32].iter().all(|s| *s == full), "{sizes:?}");
    assert!(sizes[32..56].windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
    assert_eq!(
        sizes[..56],
        sizes[56..],
        "the second breath is the first again"
    );
}

#[test]
fn the_words_say_which_part_of_the_breath_it_is() {
    for (ms, words) in [
        (0, "Breathe in…  4"),
        (3_500, "Breathe in…  1"),
        (4_000, "Hold…  4"),
        (8_000, "Breathe out…  6"),
        (13_900, "Breathe out…  1"),
        (14_000, "Breathe in…  4"),
    ] {
        let wb = calm_at(ms);
        for t in [render(&wb), render_plain(&wb)] {
            let text = screen_text(&t);
            assert!(text.contains(words), "{ms} ms: no {words:?}");
            assert!(text.contains("Help and safety"), "{ms} ms");
            assert!(text.contains("five things you can see"), "{ms} ms");
        }
    }
}

#[test]
fn reduce_motion_and_no_colour_draw_text_only_and_nothing_moves() {
    let mut still = calm_at(2_000);
    still.config_mut().reduce_motion = true;
    snap!("calm_reduce_motion", still);
    insta::assert_snapshot!("calm_no_color", render_plain(&calm_at(2_000)).backend());
    // Within one part of the breath, frames a moment apart are the same
    // except for the seconds counting down: no shape anywhere.
    for ms in (0..28_000).step_by(300) {
        let mut wb = calm_at(ms);
        assert_eq!(shape_cells(&render_plain(&wb)), 0, "no colour, {ms} ms");
        wb.config_mut().reduce_motion = true;
        assert_eq!(shape_cells(&render(&wb)), 0, "reduce_motion, {ms} ms");
    }
}

#[test]
fn the_key_is_on_the_home_footer_and_in_every_help() {
    let wb = alex();
    let footer = screen_text(&render(&wb));
    assert!(footer.contains("F2 when it is too much"), "{footer}");
    // In the help of home, and of a screen whose table does not name it.
    let mut wb = alex();
    act(&mut wb, Action::Help);
    assert!(screen_text(&render(&wb)).contains("F2"));
    let mut wb = alex();
    open_home_item(&mut wb, 0);
    act(&mut wb, Action::Help);
    let help = screen_text(&render(&wb));
    assert!(help.contains("F2") && help.contains("when it is too much"));
}

#[test]
fn leaving_shows_the_screen_beneath_as_it_was() {
    let mut wb = alex();
    open_home_item(&mut wb, 0);
    let before = screen_text(&render(&wb));
    act(&mut wb, Action::Calm);
    assert!(screen_text(&render(&wb)).contains("When it is too much"));
    act(&mut wb, Action::Back);
    assert_eq!(screen_text(&render(&wb)), before);
}
