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

pub fn progress(store: &Store, viewer: PartnerId, p: &TogetherPrompt) -> Progress {
    let mine = answer(store, viewer, p).is_some();
    let theirs = other(store, viewer).is_some_and(|o| answer(store, o, p).is_some());
    match (mine, theirs) {
        (false, _) => Progress::YourTurn,
        (true, false) => Progress::Waiting,
        (true, true) => Progress::Ready,
    }
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
