//! The HTML export for the fixture store, its escaping, and the export
//! filters across every format.

use chrono::NaiveDate;

use super::super::filter::Filter;
use super::super::fixture::{CIPHERTEXT, SAM_SECRET, fixture, now};
use super::super::{Scope, json, markdown, visible_entries};
use super::{escape, render};
use crate::model::{CheckIn, Visibility};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn html_for_alex() {
    let f = fixture();
    insta::assert_snapshot!(render(&f.scope(f.alex), now()));
}

/// Issue 28: a homework step done late was printed in the green of
/// "done"; it is only marked late (italic).
#[test]
fn a_step_done_late_is_not_green() {
    let f = fixture();
    let html = render(&f.scope(f.alex), now());
    let row = html
        .lines()
        .find(|l| l.contains(", late"))
        .expect("the fixture has a step done late");
    assert!(row.contains("class=\"late\""), "{row}");
    assert!(!row.contains("class=\"done"), "{row}");
}

#[test]
fn the_page_is_self_contained_and_every_user_text_is_literal() {
    let f = fixture();
    let html = render(&f.scope(f.alex), now());
    for banned in [
        "<script",
        "src=",
        "href=",
        "<link",
        "@import",
        "url(",
        "javascript:alert(1)\">",
    ] {
        assert!(!html.contains(banned), "{banned:?} in the page");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("# Heading? *no* &lt;b&gt;bold&lt;/b&gt; [x](y)"));
    assert!(html.contains("<p># not a heading<br>\n- not a list<br>"));
    assert!(!html.contains(SAM_SECRET) && !html.contains("SAM-PRIVATE"));
    assert!(!html.contains(&CIPHERTEXT[40..60]));
    assert!(html.contains("(protected entry, locked)"));
    assert_eq!(
        escape("a<b>&\"c\"'d'\u{1b}[2J"),
        "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;\u{241b}[2J"
    );
}

#[test]
fn the_page_shows_homework_progress_commitments_and_checkins() {
    let mut f = fixture();
    let html = render(&f.scope(f.alex), now());
    assert!(html.contains("<h2>Homework from Dr. Lee</h2>"), "{html}");
    assert!(html.contains("Go gently"));
    assert!(html.contains("<h3>Commitments</h3>"));
    assert!(
        html.contains("<h2>Check-ins</h2>"),
        "the fixture has check-ins"
    );

    f.store.checkins.push(CheckIn {
        author: f.alex,
        at: now(),
        mood: Some(3),
        trust: Some(4),
        sleep: Some(2),
        appetite: Some(3),
        stress: Some(4),
        feelings: Default::default(),
        body_signs: Default::default(),
        note: Some("<i>tired</i>".into()),
    });
    f.store.checkins.push(CheckIn {
        author: f.sam,
        at: now(),
        mood: Some(1),
        trust: Some(1),
        sleep: Some(1),
        appetite: Some(1),
        stress: Some(1),
        feelings: Default::default(),
        body_signs: Default::default(),
        note: Some("SAM-CHECKIN".into()),
    });
    let html = render(&f.scope(f.alex), now());
    assert!(html.contains("<h2>Check-ins</h2>"));
    assert!(html.contains("&lt;i&gt;tired&lt;/i&gt;"));
    assert!(!html.contains("SAM-CHECKIN"), "only one's own check-ins");
}

fn scope_with<'a>(f: &'a super::super::fixture::Fixture, filter: Filter<'a>) -> Scope<'a> {
    Scope {
        filter,
        ..f.scope(f.alex)
    }
}

#[test]
fn dates_narrow_every_format_to_the_days_asked_for() {
    let f = fixture();
    let filter = Filter {
        since: Some(d("2026-03-02")),
        until: Some(d("2026-03-05")),
        ..Filter::default()
    };
    let scope = scope_with(&f, filter);
    let days: Vec<String> = visible_entries(&scope)
        .iter()
        .map(|e| e.created.date_naive().to_string())
        .collect();
    assert_eq!(
        days,
        ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"]
    );
    let md = markdown::render(&scope, now());
    let html = render(&scope, now());
    let js = json::render(&scope, now()).unwrap();
    for report in [&md, &html, &js] {
        assert!(!report.contains("lonely"), "1 March is before --since");
        assert!(!report.contains("alert(1)"), "6 March is after --until");
        assert!(report.contains("My sister"));
    }
    assert!(
        html.contains("Entries from 2 March 2026 to 5 March 2026"),
        "{html}"
    );
}

#[test]
fn one_strategy_and_shared_only_narrow_but_never_widen() {
    let f = fixture();
    let scope = scope_with(
        &f,
        Filter {
            strategy: Some("open-communication"),
            ..Filter::default()
        },
    );
    let js: serde_json::Value =
        serde_json::from_str(&json::render(&scope, now()).unwrap()).unwrap();
    let ids: Vec<&str> = js["strategies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["open-communication"]);
    assert_eq!(js["other_entries"].as_array().unwrap().len(), 0);
    assert!(
        visible_entries(&scope)
            .iter()
            .all(|e| e.kind.strategy() == Some("open-communication"))
    );
    assert!(!render(&scope, now()).contains(SAM_SECRET));

    let shared = scope_with(
        &f,
        Filter {
            shared_only: true,
            ..Filter::default()
        },
    );
    let seen = visible_entries(&shared);
    assert_eq!(
        seen.len(),
        2,
        "Alex's shared answer and Sam's shared promise"
    );
    assert!(seen.iter().all(|e| e.visibility == Visibility::Shared));
    let html = render(&shared, now());
    assert!(
        !html.contains("<h3>Commitments</h3>"),
        "commitments are never shared"
    );
    assert!(!html.contains("Homework from"), "homework is one's own");

    // From Sam's side, shared-only still never shows Alex's private words.
    let sam = Scope {
        filter: Filter {
            shared_only: true,
            ..Filter::default()
        },
        ..f.scope(f.sam)
    };
    assert!(
        visible_entries(&sam)
            .iter()
            .all(|e| e.visibility == Visibility::Shared)
    );
}

#[test]
fn markup_is_escaped_wherever_it_sits_in_a_long_line_and_nothing_else_changes() {
    let slowly = |text: &str| -> String {
        text.chars()
            .map(|c| match c {
                '&' => "&amp;".to_string(),
                '<' => "&lt;".to_string(),
                '>' => "&gt;".to_string(),
                '"' => "&quot;".to_string(),
                '\'' => "&#39;".to_string(),
                c => c.to_string(),
            })
            .collect()
    };
    for len in [1, 31, 32, 33, 64, 90] {
        for at in 0..len {
            for markup in ['&', '<', '>', '"', '\''] {
                let mut line: Vec<char> = "ré".repeat(len).chars().take(len).collect();
                line[at] = markup;
                if at + 2 < len {
                    line[at + 2] = markup;
                }
                let line: String = line.into_iter().collect();
                assert_eq!(escape(&line), slowly(&line), "{line:?}");
            }
        }
    }
}

/// The `<svg …>…</svg>` pictures of a page, each with the text that follows
/// it up to the end of its figure.
fn figures(html: &str) -> Vec<&str> {
    html.split("<figure class=\"chart\">")
        .skip(1)
        .map(|rest| rest.split("</figure>").next().unwrap_or(rest))
        .collect()
}

#[test]
fn the_charts_are_inline_svg_with_a_title_and_a_table_of_the_same_numbers() {
    let f = fixture();
    let html = render(&f.scope(f.alex), now());
    for banned in ["<script", "http", "src=", "href=", "<img", "<link", "url("] {
        assert!(!html.contains(banned), "{banned:?} in the page");
    }
    let figs = figures(&html);
    assert_eq!(figs.len(), 3, "the timeline, trust, and mood/sleep/stress");
    for fig in &figs {
        assert!(
            fig.starts_with("\n<svg role=\"img\" aria-labelledby=\""),
            "{fig}"
        );
        assert!(
            fig.contains("<title id=") && fig.contains("<desc id="),
            "{fig}"
        );
        assert!(
            fig.contains("<table class=\"chart-data\">\n<caption>"),
            "{fig}"
        );
    }
    let checkins = f
        .store
        .checkins
        .iter()
        .filter(|c| c.author == f.alex)
        .count();
    for fig in &figs[1..] {
        let rows = fig.matches("<tr><td>").count();
        assert_eq!(rows, checkins, "one table row per check-in");
    }
    let trust = figs[1];
    assert!(trust.contains("<th>Trust (0–10)</th>"));
    assert!(
        trust.contains("<tr><td>8 March 2026, 07:30</td><td>7</td></tr>"),
        "{trust}"
    );
    let timeline = figs[0];
    assert!(
        timeline
            .contains("<td>1. Open communication</td><td>1 March 2026</td><td>4 March 2026</td>")
    );
    assert!(timeline.contains("still going (practising)"), "{timeline}");
}

#[test]
fn the_charts_read_in_black_and_white_each_line_with_its_own_dash_and_marker() {
    let f = fixture();
    let html = render(&f.scope(f.alex), now());
    let figs = figures(&html);
    for fig in &figs {
        for colour in fig.split("=\"#").skip(1) {
            let value: String = colour.chars().take_while(|c| *c != '"').collect();
            assert!(
                ["000", "fff", "888"].contains(&value.as_str()),
                "a colour that grey print loses: #{value}"
            );
        }
    }
    let feeling = figs[2];
    let lines: Vec<&str> = feeling
        .split("<polyline")
        .skip(1)
        .map(|l| l.split("points").next().unwrap_or(""))
        .collect();
    assert_eq!(lines.len(), 3);
    let mut dashes: Vec<&str> = lines.clone();
    dashes.dedup();
    assert_eq!(dashes.len(), 3, "each line is drawn differently: {lines:?}");
    for shape in ["<circle", "<rect", "<path"] {
        assert!(
            feeling.contains(shape),
            "markers tell the lines apart: {shape}"
        );
    }
    for words in [
        "Mood (1 to 5)",
        "Sleep (1 to 5)",
        "Stress (1 to 5)",
        "dashed line, open squares",
    ] {
        assert!(feeling.contains(words), "the legend says {words:?}");
    }
    // Without check-ins there are no check-in charts, and no empty picture.
    let mut f = fixture();
    f.store.checkins.clear();
    let html = render(&f.scope(f.alex), now());
    assert_eq!(figures(&html).len(), 1, "only the timeline");
}

#[test]
fn a_catalogue_sentence_is_made_safe_for_the_page_and_its_value_kept_as_given() {
    assert_eq!(
        super::with_markup("a < b & \u{E000}'s", "&lt;x&gt;"),
        "a &lt; b &amp; &lt;x&gt;'s"
    );
    // A name with markup, inside the sentence about whose entries these are.
    let mut f = fixture();
    f.store.partner_mut(f.alex).unwrap().name = "<b>Al & ex</b>".into();
    let page = render(&f.scope(f.alex), now());
    assert!(
        page.contains("This holds only &lt;b&gt;Al &amp; ex&lt;/b&gt;'s own entries"),
        "{page}"
    );
    assert!(!page.contains("<b>Al"), "{page}");
}
