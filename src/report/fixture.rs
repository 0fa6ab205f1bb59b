//! A store for the report tests: Alex (was hurt) and Sam (repairing), with
//! entries of both, some shared, progress in several stages, commitments
//! kept and partly kept, a protected entry, hostile text and a therapist's
//! assignment. Every time is fixed so the snapshots never drift.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate};

use crate::content::Content;
use crate::model::*;

pub(crate) const SAM_SECRET: &str = "SAM-PRIVATE: I am still afraid to tell the whole story.";
pub(crate) const SAM_CHECKIN_NOTE: &str = "SAM-CHECKIN-NOTE: a bad night again.";
pub(crate) const CIPHERTEXT: &str = "-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3Jn\n-----END AGE ENCRYPTED FILE-----";
pub(crate) const HOSTILE: &str = "# not a heading\n- not a list\n<script>alert(1)</script>\n```\n    indented code\n> not a quote\n1. not ordered\n---\n[link](javascript:alert(1)) *bold* _em_ & co";

/// Dr. Lee's extra prompts: one Alex answered, one not yet.
pub(crate) const LEE_ANSWERED_ID: &str = "lee-good-evening";
pub(crate) const LEE_ANSWERED: &str = "What does a good evening together look like to you?";
pub(crate) const LEE_OPEN: &str =
    "What would let you ask about the trip without it turning into a fight?";

pub(crate) struct Fixture {
    pub content: Content,
    pub store: Store,
    pub alex: PartnerId,
    pub sam: PartnerId,
}

impl Fixture {
    pub(crate) fn scope(&self, partner: PartnerId) -> super::Scope<'_> {
        super::Scope {
            filter: Default::default(),
            content: &self.content,
            store: &self.store,
            partner,
        }
    }
}

pub(crate) fn t(s: &str) -> Timestamp {
    DateTime::parse_from_rfc3339(s).unwrap()
}

pub(crate) fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

pub(crate) fn now() -> Timestamp {
    t("2026-03-08T10:00:00+01:00")
}

pub(crate) fn today() -> NaiveDate {
    d("2026-03-08")
}

fn progress(stage: Stage, started: &str, finished: Option<&str>) -> StrategyProgress {
    StrategyProgress {
        stage,
        started: Some(t(started)),
        finished: finished.map(t),
        visits: 1,
    }
}

fn commitment(
    id: u64,
    strategy: &str,
    text: &str,
    started: &str,
    kept: Option<Kept>,
) -> Commitment {
    Commitment {
        id,
        strategy: strategy.into(),
        text: text.into(),
        suggestion: None,
        started: d(started),
        created: t(&format!("{started}T20:00:00+01:00")),
        review: kept.map(|kept| CommitmentReview {
            kept,
            reviewed: t("2026-03-04T21:00:00+01:00"),
            entry: None,
        }),
    }
}

fn add(
    store: &mut Store,
    author: PartnerId,
    kind: EntryKind,
    heading: &str,
    body: Body,
    vis: Visibility,
    at: &str,
) -> EntryId {
    let id = store.fresh_id();
    store.entries.push(Entry {
        id,
        author,
        kind,
        heading: heading.into(),
        body,
        visibility: vis,
        created: t(at),
        updated: t(at),
    });
    id
}

fn reflection(strategy: &str, prompt: &str) -> EntryKind {
    EntryKind::Reflection {
        strategy: strategy.into(),
        prompt: prompt.into(),
    }
}

pub(crate) fn fixture() -> Fixture {
    fixture_in("en")
}

/// [`fixture`] read with the bundled pack in `lang`: the pack's words (titles,
/// prompts, feelings) in that language, the people's own words as they are.
pub(crate) fn fixture_in(lang: &str) -> Fixture {
    let content = Content::bundled_in(lang).unwrap();
    let mut store = Store::default();
    let alex = store.add_partner("Alex", Role::Hurt, t("2026-03-01T08:00:00+01:00"));
    let sam = store.add_partner("Sam", Role::Repairing, t("2026-03-01T08:30:00+01:00"));
    // Both past the safety check: couples mode is on, so sharing counts.
    for p in &mut store.partners {
        p.safety_check = Some(crate::model::SafetyOutcome::Clear);
    }
    // Alex's questionnaires (in Alex's record; never in Sam's export).
    if let Some(p) = store.partner_mut(alex) {
        for (measure, at, total) in [
            ("phq9", "2026-03-01T09:00:00+01:00", 12u16),
            ("csi4", "2026-03-02T09:00:00+01:00", 13),
            ("phq9", "2026-03-07T09:00:00+01:00", 7),
        ] {
            p.measures.push(MeasureResult {
                measure: measure.into(),
                at: t(at),
                answers: Vec::new(),
                total,
            });
        }
    }
    store.next_id = 100;
    let text = |s: &str| Body::Text(s.into());
    let (private, shared) = (Visibility::Private, Visibility::Shared);

    let oc = content.strategy("open-communication").unwrap();
    add(
        &mut store,
        alex,
        reflection("open-communication", "oc-what-you-need-to-say"),
        &oc.prompts[0].text,
        text("How lonely the evenings have been.\nI keep it in because I do not want a fight."),
        private,
        "2026-03-01T09:00:00+01:00",
    );
    add(
        &mut store,
        alex,
        reflection("open-communication", "oc-being-heard"),
        &oc.prompts[1].text,
        text("My sister, last winter. She let me finish.\n\nShe did not try to fix it."),
        shared,
        "2026-03-02T21:15:00+01:00",
    );
    add(
        &mut store,
        sam,
        reflection("open-communication", "oc-urge-to-defend"),
        &oc.prompts[2].text,
        text(SAM_SECRET),
        private,
        "2026-03-02T22:00:00+01:00",
    );
    let review = add(
        &mut store,
        alex,
        EntryKind::Review {
            strategy: "open-communication".into(),
            commitment: 1,
        },
        &oc.review_question,
        text("We talk after dinner now. Saying \"I am angry\" is still hard."),
        private,
        "2026-03-04T21:00:00+01:00",
    );
    add(
        &mut store,
        sam,
        EntryKind::Free {
            strategy: Some("transparency".into()),
        },
        "A promise about that week",
        text("I will answer any question about that week, as often as you need."),
        shared,
        "2026-03-05T19:00:00+01:00",
    );
    let sa = content.strategy("sincere-apology").unwrap();
    add(
        &mut store,
        alex,
        reflection("sincere-apology", "sa-what-to-hear"),
        &sa.prompts[0].text,
        Body::Sealed(CIPHERTEXT.into()),
        private,
        "2026-03-06T08:00:00+01:00",
    );
    let hostile = add(
        &mut store,
        alex,
        EntryKind::Free { strategy: None },
        "# Heading? *no* <b>bold</b> [x](y)",
        text(HOSTILE),
        private,
        "2026-03-06T22:30:00+01:00",
    );
    store.entry_mut(hostile).unwrap().updated = t("2026-03-07T07:45:00+01:00");
    add(
        &mut store,
        alex,
        EntryKind::Free {
            strategy: Some("retired-strategy".into()),
        },
        "",
        text("From an older pack."),
        private,
        "2026-03-07T08:00:00+01:00",
    );
    add(
        &mut store,
        sam,
        EntryKind::Free { strategy: None },
        "",
        text("SAM-PRIVATE: a note to myself."),
        private,
        "2026-03-07T09:00:00+01:00",
    );
    // The answer to one of Dr. Lee's extra prompts (below).
    add(
        &mut store,
        alex,
        reflection("open-communication", LEE_ANSWERED_ID),
        LEE_ANSWERED,
        text("Dinner together, phones in the other room."),
        private,
        "2026-03-03T20:00:00+01:00",
    );

    let a = store.partner_mut(alex).unwrap();
    a.progress = BTreeMap::from([
        (
            "open-communication".into(),
            progress(
                Stage::Done,
                "2026-03-01T08:55:00+01:00",
                Some("2026-03-04T21:00:00+01:00"),
            ),
        ),
        (
            "transparency".into(),
            progress(
                Stage::Practising {
                    commitment: 2,
                    since: d("2026-03-05"),
                },
                "2026-03-05T08:00:00+01:00",
                None,
            ),
        ),
        (
            "sincere-apology".into(),
            progress(
                Stage::Reflecting { prompt: 1 },
                "2026-03-06T07:50:00+01:00",
                None,
            ),
        ),
        (
            "empathy".into(),
            progress(
                Stage::Done,
                "2026-03-02T08:00:00+01:00",
                Some("2026-03-04T21:30:00+01:00"),
            ),
        ),
        (
            "patience".into(),
            progress(Stage::Reading, "2026-03-07T10:00:00+01:00", None),
        ),
    ]);
    let mut kept = commitment(
        1,
        "open-communication",
        &oc.commitments[0].text,
        "2026-03-01",
        Some(Kept::Kept),
    );
    kept.suggestion = Some(oc.commitments[0].id.clone());
    if let Some(r) = kept.review.as_mut() {
        r.entry = Some(review);
    }
    a.commitments = vec![
        kept,
        commitment(
            2,
            "transparency",
            "This week I will ask about the trip once, calmly, and then let it rest for a day.",
            "2026-03-05",
            None,
        ),
        commitment(
            3,
            "empathy",
            "- This week I will *listen* <first>",
            "2026-03-02",
            Some(Kept::Partly),
        ),
    ];
    a.move_on.insert("ALEX-MOVE-ON-TICK".into());

    let s = store.partner_mut(sam).unwrap();
    s.progress.insert(
        "open-communication".into(),
        progress(Stage::Committing, "2026-03-01T09:00:00+01:00", None),
    );
    s.commitments.push(commitment(
        4,
        "open-communication",
        "SAM-PRIVATE commitment",
        "2026-03-02",
        None,
    ));

    // Alex checks in most days for two weeks and more (with gaps); Sam
    // three times, with a note that must never leave Sam's screen.
    #[rustfmt::skip]
    let alex_days: [(i64, u8); 16] = [
        (17, 1), (18, 2), (19, 2), (21, 3), (22, 2), (23, 3), (24, 4), (25, 4),
        (26, 5), (27, 4), (28, 5), (29, 6), (31, 6), (32, 7), (34, 6), (36, 7),
    ];
    for (day, trust) in alex_days {
        let at = t("2026-02-01T07:30:00+01:00") + chrono::Duration::days(day - 1);
        store.checkins.push(CheckIn {
            author: alex,
            at,
            mood: Some((trust / 2 + 1).min(5)),
            trust: Some(trust),
            sleep: Some(3),
            appetite: Some(3),
            stress: Some((5 - trust / 2).max(1)),
            feelings: ["anxiety".to_string()].into_iter().collect(),
            body_signs: ["headaches".to_string()].into_iter().collect(),
            note: Some(format!("ALEX-NOTE day {day}")),
        });
    }
    for day in [30, 33, 35] {
        store.checkins.push(CheckIn {
            author: sam,
            at: t("2026-02-01T08:00:00+01:00") + chrono::Duration::days(day - 1),
            mood: Some(2),
            trust: Some(9),
            sleep: None,
            appetite: Some(2),
            stress: Some(5),
            feelings: Default::default(),
            body_signs: Default::default(),
            note: Some(SAM_CHECKIN_NOTE.into()),
        });
    }

    store.assignments.push(Assignment {
        partner: alex,
        assigned_by: "Dr. Lee".into(),
        to: None,
        start: d("2026-03-01"),
        note: "Go gently; one strategy at a time is plenty.".into(),
        // Open communication was due the day before Alex finished it: late.
        steps: ["open-communication", "transparency", "sincere-apology"]
            .iter()
            .zip(["2026-03-03", "2026-03-07", "2026-03-20"])
            .zip([
                (LEE_ANSWERED_ID, LEE_ANSWERED),
                ("lee-ask-calmly", LEE_OPEN),
                ("", ""),
            ])
            .map(|((s, due), (id, text))| AssignedStep {
                strategy: (*s).into(),
                due: Some(d(due)),
                prompts: (!id.is_empty())
                    .then(|| AssignedPrompt {
                        id: id.into(),
                        role: "both".into(),
                        text: text.into(),
                    })
                    .into_iter()
                    .collect(),
            })
            .collect(),
        imported: t("2026-03-01T08:00:00+01:00"),
        measures: Default::default(),
    });
    Fixture {
        content,
        store,
        alex,
        sam,
    }
}

/// Every way the fixture is reported: each person, and the filters.
pub(crate) fn scopes<'a>(f: &'a Fixture, selected: &'a [u64]) -> Vec<super::Scope<'a>> {
    vec![
        f.scope(f.alex),
        f.scope(f.sam),
        super::Scope {
            filter: super::filter::Filter {
                since: Some("2026-03-02".parse().unwrap()),
                until: Some("2026-03-06".parse().unwrap()),
                strategy: Some("open-communication"),
                shared_only: false,
                selected: Some(selected),
            },
            ..f.scope(f.alex)
        },
        super::Scope {
            filter: super::filter::Filter {
                since: Some("2026-03-02".parse().unwrap()),
                shared_only: true,
                ..super::filter::Filter::default()
            },
            ..f.scope(f.alex)
        },
        super::Scope {
            filter: super::filter::Filter {
                until: Some("2026-03-06".parse().unwrap()),
                selected: Some(&selected[..1]),
                ..super::filter::Filter::default()
            },
            ..f.scope(f.alex)
        },
    ]
}
