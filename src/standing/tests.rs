//! The digest against the whole journal, as `status` read it before there
//! was a digest.

use std::collections::{BTreeMap, BTreeSet};

use chrono::Duration;
use proptest::prelude::*;

use super::*;
use crate::content::Content;
use crate::homework::StepState;
use crate::report::{Scope, visible_entries};
use crate::testing::{t0, varied_store};

/// What the status lines said of `me`, read as they read it from the whole
/// journal: the entries a report shows them, oldest first, and the latest
/// of their own by when it changed; the check-ins; each prompt their
/// therapist added that they have an answer to.
fn as_read_whole(content: &Content, store: &Store, me: PartnerId) -> Digest {
    let scope = Scope {
        content,
        store,
        partner: me,
        filter: Default::default(),
    };
    let visible = visible_entries(&scope);
    let (own, others): (Vec<_>, Vec<_>) = visible.into_iter().partition(|e| e.author == me);
    let mut by_author = BTreeMap::new();
    for e in others {
        *by_author.entry(e.author).or_default() += 1;
    }
    let mut answered = BTreeSet::new();
    for a in store.assignments.iter().filter(|a| a.partner == me) {
        for step in &a.steps {
            for p in &step.prompts {
                if store.reflection(me, &step.strategy, &p.id).is_some() {
                    answered.insert((step.strategy.clone(), p.id.clone()));
                }
            }
        }
    }
    Digest {
        own: own.len(),
        shared: own
            .iter()
            .filter(|e| e.visibility == crate::model::Visibility::Shared)
            .count(),
        last: own.iter().map(|e| e.updated).max().map(|t| t.date_naive()),
        others: by_author,
        checkin: last_checkin(&store.checkins, me).map(|c| LastCheckIn {
            day: c.at.date_naive(),
            mood: c.mood,
            trust: c.trust,
            sleep: c.sleep,
            stress: c.stress,
        }),
        trust: last_trust(&store.checkins, me, SPARK_CHECKINS),
        answered,
    }
}

fn content() -> Content {
    Content::bundled().unwrap_or_else(|e| panic!("{e}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// For anyone (and someone who is not there), in journals varied where
    /// the rules turn: the same counts, days, numbers and answers, and so
    /// every assigned step judged the same, on any day.
    #[test]
    fn the_digest_says_what_the_whole_journal_says(seed in any::<u64>()) {
        let content = content();
        let store = varied_store(&content, seed);
        let mut people: Vec<PartnerId> = store.partners.iter().map(|p| p.id).collect();
        people.push(42);
        for me in people {
            let digest = Digest::of(&store, me);
            prop_assert_eq!(&digest, &as_read_whole(&content, &store, me));
            let partner = store.partner(me);
            for step in store.assignments.iter().filter(|a| a.partner == me).flat_map(|a| &a.steps) {
                for days in [-30, 0, 2, 30] {
                    let today = (t0() + Duration::days(days)).date_naive();
                    prop_assert_eq!(
                        StepState::judged(partner, step, today, |s, p| digest.has_answered(s, p)),
                        StepState::of(&store, me, step, today)
                    );
                }
            }
        }
    }
}

/// The generator makes what the property needs to mean something: ties,
/// replies, kept entries of someone who left, answers to added prompts.
#[test]
fn the_varied_journals_have_what_the_rules_turn_on() {
    let content = content();
    let (mut ties, mut replies, mut gone, mut answered, mut checkins) = (0, 0, 0, 0, 0);
    for seed in 0..512 {
        let store = varied_store(&content, seed);
        for me in store.partners.iter().map(|p| p.id) {
            let digest = Digest::of(&store, me);
            answered += digest.answered.len();
            gone += digest.others.get(&99).copied().unwrap_or(0);
        }
        let own: Vec<_> = store.entries.iter().collect();
        ties += own
            .iter()
            .filter(|e| {
                own.iter().any(|o| {
                    o.id != e.id
                        && o.author == e.author
                        && o.updated == e.updated
                        && o.updated.offset() != e.updated.offset()
                })
            })
            .count();
        replies += own.iter().filter(|e| e.kind.reply_to().is_some()).count();
        checkins += store.checkins.len();
    }
    for (what, n) in [
        ("entries changed at one moment in two offsets", ties),
        ("replies", replies),
        ("kept entries of someone who left, shown", gone),
        ("answers to added prompts", answered),
        ("check-ins", checkins),
    ] {
        assert!(n > 20, "only {n} {what} in 512 journals");
    }
}
