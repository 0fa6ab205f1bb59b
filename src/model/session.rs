//! Where each partner was and what they had not saved yet. Kept apart from
//! the journal (`session.json`) so that autosaving a draft every few
//! seconds rewrites a few hundred bytes, not the whole store.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{CommitmentId, EntryId, PartnerId};

pub const SESSION_VERSION: u32 = 1;

/// A place in the app a partner can come back to.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "screen", rename_all = "snake_case")]
pub enum Location {
    #[default]
    Home,
    Strategy {
        id: String,
    },
    Journal,
    Faq,
    MoveOn,
    Foundations,
    Safety,
}

/// What an editor's text will become when saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "for", rename_all = "snake_case")]
pub enum DraftTarget {
    /// An answer to a strategy's prompt.
    Reflection { strategy: String, prompt: String },
    /// A commitment the partner writes in their own words.
    OwnCommitment { strategy: String },
    /// What the partner learned from practising a commitment.
    Review {
        strategy: String,
        commitment: CommitmentId,
    },
    /// Changes to an entry already in the journal.
    EditEntry { entry: EntryId },
    /// The one-line note of a check-in not saved yet.
    CheckInNote,
    /// A free journal entry not saved yet (its title is its first line).
    NewEntry {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        strategy: Option<String>,
    },
    /// A reply to an entry the other partner shared (new, or changes to
    /// one's reply already there: one reply per person per entry).
    Reply { to: EntryId },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    #[serde(flatten)]
    pub target: DraftTarget,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PartnerSession {
    #[serde(default)]
    pub location: Location,
    /// Unsaved words, at most one per target, most recent first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drafts: Vec<Draft>,
    /// The replies to this partner's entries they have read (shown on
    /// home until then).
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub seen_replies: std::collections::BTreeSet<EntryId>,
    /// The together prompts ("strategy/prompt") whose two answers this
    /// partner has opened side by side (home says a reveal is ready until).
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub seen_reveals: std::collections::BTreeSet<String>,
    /// For a protected partner, all of the above sealed whole (see `vault`);
    /// the fields are then empty here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed: Option<String>,
}

impl PartnerSession {
    pub fn draft_for(&self, target: &DraftTarget) -> Option<&Draft> {
        self.drafts.iter().find(|d| &d.target == target)
    }

    /// Keep `draft`, replacing any older one for the same target.
    pub fn keep(&mut self, draft: Draft) {
        self.forget(&draft.target);
        self.drafts.insert(0, draft);
    }

    /// A sealed draft (of a protected partner who is locked) is never
    /// dropped: it cannot be read now, so it cannot have been replaced.
    pub fn forget(&mut self, target: &DraftTarget) {
        self.drafts
            .retain(|d| &d.target != target || crate::crypto::is_sealed(&d.text));
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_partner: Option<PartnerId>,
    /// Keyed by partner id (as text: JSON object keys are strings).
    #[serde(default)]
    pub partners: BTreeMap<String, PartnerSession>,
    /// Set by the quick exit: the next start asks who is there before
    /// showing anything private.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ask_who: bool,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            version: SESSION_VERSION,
            last_partner: None,
            partners: BTreeMap::new(),
            ask_who: false,
        }
    }
}

impl Session {
    pub fn for_partner(&self, id: PartnerId) -> Option<&PartnerSession> {
        self.partners.get(&id.to_string())
    }

    pub fn set_partner(&mut self, id: PartnerId, s: PartnerSession) {
        self.partners.insert(id.to_string(), s);
    }

    /// Keep `draft` for `id` (replacing their earlier one for its place).
    pub fn keep_draft(&mut self, id: PartnerId, draft: Draft) {
        self.partners.entry(id.to_string()).or_default().keep(draft);
    }

    /// Forget `id`'s draft for `target` (a sealed one stays until its
    /// author unlocks).
    pub fn forget_draft(&mut self, id: PartnerId, target: &DraftTarget) {
        if let Some(s) = self.partners.get_mut(&id.to_string()) {
            s.forget(target);
        }
    }
}
