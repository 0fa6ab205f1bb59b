//! Synthetic workbooks of any size, for benchmarks, the `gen-store` example
//! and tests that need a large store. Deterministic: the same size gives the
//! same store.

use chrono::{DateTime, Duration, NaiveDate};

use crate::content::Content;
use crate::model::{
    AssignedStep, Assignment, Body, CheckIn, Commitment, CommitmentReview, Entry, EntryKind, Kept,
    Role, SafetyOutcome, Stage, Store, StrategyProgress, Timestamp, Visibility,
};

const WORDS: &[&str] = &[
    "today",
    "we",
    "talked",
    "about",
    "the",
    "evening",
    "and",
    "I",
    "noticed",
    "how",
    "tired",
    "felt",
    "after",
    "it",
    "listening",
    "was",
    "harder",
    "than",
    "expected",
    "but",
    "small",
    "steps",
    "helped",
    "a",
    "little",
    "more",
    "honest",
    "kind",
    "slowly",
    "trust",
    "walk",
    "promise",
    "kept",
    "quiet",
    "morning",
    "worry",
    "hope",
    "again",
];

/// A small deterministic generator (no dependency, same output everywhere).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn start() -> Timestamp {
    DateTime::parse_from_rfc3339("2024-01-01T20:00:00+01:00").unwrap_or_default()
}

/// About `chars` characters of journal-like text in a few paragraphs.
fn text(rng: &mut Lcg, chars: usize) -> String {
    let mut out = String::with_capacity(chars + 16);
    let mut sentence = 0;
    while out.len() < chars {
        let w = WORDS[rng.below(WORDS.len())];
        if sentence == 0 {
            let mut c = w.chars();
            if let Some(first) = c.next() {
                out.extend(first.to_uppercase());
                out.push_str(c.as_str());
            }
        } else {
            out.push(' ');
            out.push_str(w);
        }
        sentence += 1;
        if sentence > 8 + rng.below(10) {
            out.push('.');
            sentence = 0;
            out.push(if rng.below(5) == 0 { '\n' } else { ' ' });
            if out.ends_with('\n') {
                out.push('\n');
            }
        }
    }
    out.trim_end().to_string()
}

/// A two-partner store with `entries` journal entries (about 800 characters
/// each, one in fifty around 8,000), a check-in per partner per day, a
/// commitment per strategy and an assignment.
pub fn store(content: &Content, entries: usize) -> Store {
    let mut rng = Lcg(entries as u64 ^ 0x7275_7374);
    let mut s = Store::default();
    let t0 = start();
    let alex = s.add_partner("Alex", Role::Hurt, t0);
    let sam = s.add_partner("Sam", Role::Repairing, t0);
    // Spread the entries over the days, a few a day.
    let days = (entries / 4).max(1) as i64;
    for i in 0..entries {
        let author = if i % 2 == 0 { alex } else { sam };
        let role = if author == alex {
            Role::Hurt
        } else {
            Role::Repairing
        };
        let strategy = &content.strategies[i % content.strategies.len()];
        let prompts = strategy.prompts_for(role);
        let prompt = prompts[(i / content.strategies.len()) % prompts.len().max(1)];
        let when = t0 + Duration::minutes((i as i64 * days * 1440) / entries.max(1) as i64);
        let len = if i % 50 == 49 {
            8000
        } else {
            600 + rng.below(400)
        };
        let id = s.fresh_id();
        s.entries.push(Entry {
            id,
            author,
            kind: EntryKind::Reflection {
                strategy: strategy.id.as_str().into(),
                prompt: prompt.id.as_str().into(),
            },
            heading: prompt.text.as_str().into(),
            body: Body::Text(text(&mut rng, len)),
            visibility: if i % 7 == 0 {
                Visibility::Shared
            } else {
                Visibility::Private
            },
            created: when,
            updated: when,
        });
    }
    for day in 0..days {
        for author in [alex, sam] {
            s.checkins.push(CheckIn {
                author,
                at: t0 + Duration::days(day),
                mood: Some(1 + rng.below(5) as u8),
                trust: Some(rng.below(11) as u8),
                sleep: Some(1 + rng.below(5) as u8),
                appetite: Some(1 + rng.below(5) as u8),
                stress: Some(1 + rng.below(5) as u8),
                feelings: Default::default(),
                body_signs: Default::default(),
                note: (day % 3 == 0).then(|| "A calmer day.".to_string()),
            });
        }
    }
    for (n, strategy) in content.strategies.iter().enumerate() {
        for author in [alex, sam] {
            let id = s.fresh_id();
            let began = t0 + Duration::days(n as i64 * 14);
            let done = n < 7;
            if let Some(p) = s.partner_mut(author) {
                p.commitments.push(Commitment {
                    id,
                    strategy: strategy.id.clone(),
                    text: "This week I will make time to talk without phones.".into(),
                    suggestion: None,
                    started: began.date_naive(),
                    created: began,
                    review: done.then(|| CommitmentReview {
                        kept: Kept::ALL[n % 3],
                        reviewed: began + Duration::days(7),
                        entry: None,
                    }),
                });
                p.progress.insert(
                    strategy.id.clone(),
                    StrategyProgress {
                        stage: if done {
                            Stage::Done
                        } else {
                            Stage::Practising {
                                commitment: id,
                                since: began.date_naive(),
                            }
                        },
                        started: Some(began),
                        finished: done.then(|| began + Duration::days(7)),
                        visits: 1,
                    },
                );
            }
        }
    }
    // A couple some years in: both saw the safety note and passed the
    // private safety check, so the couples screens are open to them.
    for p in &mut s.partners {
        p.seen_safety_note = true;
        p.safety_check = Some(SafetyOutcome::Clear);
    }
    s.assignments.push(Assignment {
        partner: alex,
        assigned_by: "Dr. Rivera".into(),
        to: None,
        start: NaiveDate::from_ymd_opt(2024, 1, 8).unwrap_or_default(),
        note: "One strategy a week; bring the journal to our sessions.".into(),
        steps: content
            .strategies
            .iter()
            .take(4)
            .enumerate()
            .map(|(i, st)| AssignedStep {
                strategy: st.id.clone(),
                due: NaiveDate::from_ymd_opt(2024, 1, 15 + 7 * i as u32),
                prompts: Vec::new(),
            })
            .collect(),
        imported: t0,
        measures: Default::default(),
    });
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_lengths_are_realistic_and_repeatable() {
        let c = Content::bundled().unwrap();
        let s = store(&c, 200);
        assert_eq!(s.entries.len(), 200);
        assert_eq!(s.partners.len(), 2);
        let avg = s
            .entries
            .iter()
            .map(|e| e.body.text().unwrap().len())
            .sum::<usize>()
            / 200;
        assert!((600..1200).contains(&avg), "average {avg}");
        assert_eq!(store(&c, 200), s, "deterministic");
        // It parses back as a valid store.
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<Store>(&json).unwrap(), s);
    }
}
