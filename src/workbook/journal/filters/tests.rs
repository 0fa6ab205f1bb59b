use chrono::Duration;

use super::*;
use crate::model::Body;
use crate::testing::t0;

fn content() -> Content {
    Content::bundled().unwrap()
}

fn entry(kind: EntryKind, visibility: Visibility, days_ago: i64) -> Entry {
    Entry {
        id: 1,
        author: 1,
        kind,
        heading: Default::default(),
        body: Body::Text("words".into()),
        visibility,
        created: t0() - Duration::days(days_ago),
        updated: t0(),
    }
}

/// One entry of each kind, a prompt answer shared, and the together one.
fn entries(c: &Content) -> Vec<Entry> {
    let s = &c.strategies[1];
    let together = c
        .strategies
        .iter()
        .flat_map(|s| s.prompts.iter().map(move |p| (s, p)))
        .find(|(_, p)| p.audience == crate::content::Audience::Together)
        .map(|(s, p)| EntryKind::Reflection {
            strategy: s.id.clone().into(),
            prompt: p.id.clone().into(),
        })
        .expect("the bundled pack has a together prompt");
    vec![
        entry(
            EntryKind::Reflection {
                strategy: s.id.clone().into(),
                prompt: s.prompts[0].id.clone().into(),
            },
            Visibility::Shared,
            2,
        ),
        entry(EntryKind::Free { strategy: None }, Visibility::Private, 10),
        entry(
            EntryKind::Review {
                strategy: s.id.clone().into(),
                commitment: 9,
            },
            Visibility::Private,
            100,
        ),
        entry(together, Visibility::Private, 400),
    ]
}

fn kept(f: &Filters, c: &Content, es: &[Entry]) -> Vec<usize> {
    (0..es.len()).filter(|&i| f.keeps(c, &es[i])).collect()
}

#[test]
fn no_filter_keeps_everything() {
    let c = content();
    let es = entries(&c);
    assert!(Filters::default().is_empty());
    assert_eq!(kept(&Filters::default(), &c, &es), [0, 1, 2, 3]);
}

#[test]
fn each_kind_is_told_apart() {
    let c = content();
    let es = entries(&c);
    let mut f = Filters::default();
    let mut seen = Vec::new();
    for _ in 0..6 {
        f.step(Chip::Kind, &c, es.iter(), t0());
        seen.push((f.label(Chip::Kind, &c), kept(&f, &c, &es)));
    }
    assert_eq!(
        seen,
        [
            ("prompt answers".to_string(), vec![0]),
            ("free entries".to_string(), vec![1]),
            ("together".to_string(), vec![3]),
            ("reviews".to_string(), vec![2]),
            ("replies".to_string(), vec![]),
            ("all kinds".to_string(), vec![0, 1, 2, 3]),
        ]
    );
}

#[test]
fn visibility_and_dates_narrow() {
    let c = content();
    let es = entries(&c);
    let mut f = Filters::default();
    f.step(Chip::Visibility, &c, es.iter(), t0());
    assert_eq!(kept(&f, &c, &es), [1, 2, 3]);
    f.step(Chip::Visibility, &c, es.iter(), t0());
    assert_eq!(kept(&f, &c, &es), [0]);
    f.step(Chip::Visibility, &c, es.iter(), t0());
    assert!(!f.is_set(Chip::Visibility));
    let mut days = Vec::new();
    for _ in 0..4 {
        f.step(Chip::Date, &c, es.iter(), t0());
        days.push((f.label(Chip::Date, &c), kept(&f, &c, &es)));
    }
    assert_eq!(
        days,
        [
            ("past 7 days".to_string(), vec![0]),
            ("past 30 days".to_string(), vec![0, 1]),
            ("past year".to_string(), vec![0, 1, 2]),
            ("any time".to_string(), vec![0, 1, 2, 3]),
        ]
    );
}

#[test]
fn the_strategy_chip_offers_only_strategies_with_entries() {
    let c = content();
    let es = entries(&c);
    let mut f = Filters::default();
    let mut labels = Vec::new();
    loop {
        f.step(Chip::Strategy, &c, es.iter(), t0());
        labels.push(f.label(Chip::Strategy, &c));
        if !f.is_set(Chip::Strategy) {
            break;
        }
        assert!(!kept(&f, &c, &es).is_empty(), "{labels:?}");
    }
    let together = match &es[3].kind {
        EntryKind::Reflection { strategy, .. } => c.strategy(strategy).unwrap().title.clone(),
        _ => unreachable!(),
    };
    assert!(labels.contains(&c.strategies[1].title), "{labels:?}");
    assert!(labels.contains(&together), "{labels:?}");
    assert!(labels.contains(&"no strategy".to_string()), "{labels:?}");
    assert_eq!(labels.last().map(String::as_str), Some("all strategies"));
    assert!(labels.len() <= 5, "{labels:?}");
}

#[test]
fn digits_name_the_chips_in_order() {
    assert_eq!(Chip::for_digit(0), None);
    assert_eq!(Chip::for_digit(5), None);
    for (i, chip) in Chip::ALL.iter().enumerate() {
        assert_eq!(Chip::for_digit(i as u8 + 1), Some(*chip));
        assert_eq!(chip.key(), char::from(b'1' + i as u8));
    }
}
