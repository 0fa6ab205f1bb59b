//! Together prompts: both partners answer the same prompt separately; once
//! both answers are in (and couples mode is on), either may read them side
//! by side. Before that, nothing of the other's answer is reachable: the
//! reveal is the only place one partner's private reflection is shown to
//! the other, and [`reveal`] is the only function that hands it out.

use crate::content::{Audience, Content};
use crate::model::{Entry, EntryKind, PartnerId, Store};

/// One together prompt of the pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TogetherPrompt {
    pub strategy: String,
    pub prompt: String,
    pub text: String,
}

/// Where a together prompt stands, from the viewer's side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// The viewer has not answered yet.
    YourTurn,
    /// The viewer has answered; the other has not.
    Waiting,
    /// Both have answered: the reveal is open.
    Ready,
}

/// Every together prompt, in content order.
pub fn prompts(content: &Content) -> Vec<TogetherPrompt> {
    content
        .strategies
        .iter()
        .flat_map(|s| {
            s.prompts
                .iter()
                .filter(|p| p.audience == Audience::Together)
                .map(|p| TogetherPrompt {
                    strategy: s.id.clone(),
                    prompt: p.id.clone(),
                    text: p.text.clone(),
                })
        })
        .collect()
}

/// The one other person, when there are exactly two.
fn other(store: &Store, viewer: PartnerId) -> Option<PartnerId> {
    match store.partners.as_slice() {
        [a, b] if a.id == viewer => Some(b.id),
        [a, b] if b.id == viewer => Some(a.id),
        _ => None,
    }
}

fn answer<'a>(store: &'a Store, who: PartnerId, p: &TogetherPrompt) -> Option<&'a Entry> {
    store.reflection(who, &p.strategy, &p.prompt)
}

/// Where `p` stands, from the viewer's side: asked once (a prompt
/// chosen), so looked for, leaving what home remembers as it is.
pub fn progress(store: &Store, viewer: PartnerId, p: &TogetherPrompt) -> Progress {
    look_for_each(store, viewer, other(store, viewer), std::slice::from_ref(p))
        .first()
        .copied()
        .unwrap_or(Progress::YourTurn)
}

/// Where each of `prompts` stands, from the viewer's side, in their order.
///
/// Home asks on every frame, and the answer needs a look through the whole
/// journal (10 to 30 ms at 100,000 entries, most of it reaching each
/// entry's names in memory): it is kept, on each thread, for as long as
/// the journal's entries keep their stamp and the same people and prompts
/// are asked about (`Entries::stamp`).
pub fn progress_of_each(
    store: &Store,
    viewer: PartnerId,
    prompts: &[TogetherPrompt],
) -> Vec<Progress> {
    type Asked = (PartnerId, Option<PartnerId>, Vec<(String, String)>);
    thread_local! {
        static KEPT: crate::model::Remembered<Asked, Vec<Progress>> =
            const { crate::model::Remembered::new() };
    }
    let them = other(store, viewer);
    let asked = (
        viewer,
        them,
        prompts
            .iter()
            .map(|p| (p.strategy.clone(), p.prompt.clone()))
            .collect(),
    );
    KEPT.with(|kept| {
        kept.answer(&store.entries, asked, || {
            look_for_each(store, viewer, them, prompts)
        })
    })
}

/// [`progress_of_each`], looked for: one pass through the journal.
fn look_for_each(
    store: &Store,
    viewer: PartnerId,
    them: Option<PartnerId>,
    prompts: &[TogetherPrompt],
) -> Vec<Progress> {
    // Whether the viewer, and the other, answered each.
    let mut answered = vec![(false, false); prompts.len()];
    if !prompts.is_empty() {
        for e in store.entries.iter() {
            let mine = e.author == viewer;
            if !mine && Some(e.author) != them {
                continue;
            }
            let EntryKind::Reflection { strategy, prompt } = &e.kind else {
                continue;
            };
            // A handful of prompts: compared in place, faster than hashing
            // both names of every reflection.
            if let Some(i) = prompts
                .iter()
                .position(|p| p.prompt == *prompt && p.strategy == *strategy)
            {
                if mine {
                    answered[i].0 = true;
                } else {
                    answered[i].1 = true;
                }
            }
        }
    }
    answered
        .into_iter()
        .map(|answered| match answered {
            (false, _) => Progress::YourTurn,
            (true, false) => Progress::Waiting,
            (true, true) => Progress::Ready,
        })
        .collect()
}

/// Both answers, the viewer's first — only when couples mode is on and both
/// are in. `None` in every other case, so no screen can show half of it.
pub fn reveal<'a>(
    store: &'a Store,
    viewer: PartnerId,
    p: &TogetherPrompt,
) -> Option<(&'a Entry, &'a Entry)> {
    if !crate::privacy::couples_available(store) {
        return None;
    }
    let mine = answer(store, viewer, p)?;
    let theirs = answer(store, other(store, viewer)?, p)?;
    debug_assert!(matches!(theirs.kind, EntryKind::Reflection { .. }));
    Some((mine, theirs))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::{Body, Role, Visibility};
    use crate::testing::t0;

    fn prompt(strategy: &str, id: &str) -> TogetherPrompt {
        TogetherPrompt {
            strategy: strategy.into(),
            prompt: id.into(),
            text: String::new(),
        }
    }

    proptest! {
        /// One look through the journal for every prompt says what a look
        /// per prompt for each partner's answer says, whoever wrote what:
        /// the viewer, the other, a third person, answers given twice,
        /// reflections on prompts that are not together prompts, and ids
        /// that share a strategy or a prompt name.
        #[test]
        fn each_prompt_stands_where_its_own_look_says(
            written in proptest::collection::vec((0u8..4, 0u8..3, 0u8..4), 0..40),
            partners in 1usize..4,
            viewer in 0usize..3,
        ) {
            let mut store = Store::default();
            let ids: Vec<PartnerId> = (0..partners)
                .map(|i| store.add_partner(&format!("P{i}"), Role::Hurt, t0()))
                .collect();
            let viewer = ids[viewer % ids.len()];
            let strategies = ["honesty", "patience", "trust"];
            let names = ["a", "b", "ab", "c"];
            for (who, s, p) in written {
                let author = ids.get(usize::from(who)).copied().unwrap_or(99);
                let id = store.fresh_id();
                store.entries.push(Entry {
                    id,
                    author,
                    kind: EntryKind::Reflection {
                        strategy: strategies[usize::from(s)].into(),
                        prompt: names[usize::from(p)].into(),
                    },
                    heading: Default::default(),
                    body: Body::Text("words".into()),
                    visibility: Visibility::Private,
                    created: t0(),
                    updated: t0(),
                });
            }
            let asked = [
                prompt("honesty", "a"),
                prompt("patience", "a"),
                prompt("honesty", "ab"),
                prompt("trust", "c"),
                prompt("nowhere", "a"),
            ];
            let each = progress_of_each(&store, viewer, &asked);
            prop_assert_eq!(each.len(), asked.len());
            for (p, stands) in asked.iter().zip(each) {
                let mine = answer(&store, viewer, p).is_some();
                let theirs = other(&store, viewer).is_some_and(|o| answer(&store, o, p).is_some());
                let expected = match (mine, theirs) {
                    (false, _) => Progress::YourTurn,
                    (true, false) => Progress::Waiting,
                    (true, true) => Progress::Ready,
                };
                prop_assert_eq!(stands, expected, "{:?}", p);
                prop_assert_eq!(progress(&store, viewer, p), expected);
            }
        }
    }
}
