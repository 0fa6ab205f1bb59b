//! The passphrase screens: protecting one's private entries (the passphrase
//! typed twice) and unlocking them (three tries), plus locking again after
//! idle time. The key lives in [`Keys`].
//!
//! A protected person who is locked is not at the keyboard: nobody is
//! active on the unlock screen, and leaving it (Esc, or three wrong tries)
//! goes to the picker or the cover, never into their workbook.

use std::sync::Arc;

use chrono::Duration;
use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;
use zeroize::Zeroizing;

use super::kind;
use super::page::Here;
use super::page::Page;
use super::page::{Ctx, Go};
use super::{Effect, Screen, Workbook};
use crate::crypto::{UnlockError, Unlocked};
use crate::keymap::{Action, Context};
use crate::model::{PartnerId, Timestamp};
use crate::vault;

/// Entries lock again after this long without a key pressed.
pub const LOCK_AFTER: Duration = Duration::minutes(10);
/// Wrong passphrases allowed at one unlock.
pub(super) const TRIES: u8 = 3;
/// Shorter passphrases are refused: they are too easy to guess.
pub const MIN_CHARS: usize = 8;

/// The unlocked key of the partner at the keyboard.
#[derive(Debug, Clone)]
pub struct OpenKey {
    pub partner: PartnerId,
    pub key: Arc<Unlocked>,
    pub last_used: Timestamp,
}

/// Whose words are open in memory: nobody's (every protected partner's
/// private words sealed), or one partner's, with their key. The one fact
/// behind "is this partner's text readable now?". Its field is private to
/// this module: a key is only ever set by unlocking or protecting, and only
/// ever dropped by [`lock`], which seals the words in memory first, so no
/// way of leaving a partner can forget the bodies and keep them plain.
#[derive(Debug, Clone, Default)]
pub struct Keys {
    open: Option<OpenKey>,
}

impl Keys {
    /// Whose protected words are open in memory, if anyone's.
    pub(crate) fn open_for(&self) -> Option<PartnerId> {
        self.open.as_ref().map(|k| k.partner)
    }

    /// Whether `partner`'s protected words are open in memory.
    pub fn is_unlocked(&self, partner: PartnerId) -> bool {
        self.open.as_ref().is_some_and(|k| k.partner == partner)
    }

    /// Whether anyone's are (core dumps stay off then).
    pub fn any_unlocked(&self) -> bool {
        self.open.is_some()
    }

    /// A key was pressed: the idle lock starts counting again.
    pub(super) fn touch(&mut self, now: Timestamp) {
        if let Some(k) = &mut self.open {
            k.last_used = now;
        }
    }

    fn idle_since(&self) -> Option<Timestamp> {
        self.open.as_ref().map(|k| k.last_used)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PassphraseStep {
    /// Choosing a new passphrase.
    Choose,
    /// Typing it again.
    Confirm,
    Unlock {
        tries_left: u8,
    },
    /// The key is being derived off the UI thread ("Unlocking…").
    Unlocking {
        tries_left: u8,
    },
    /// The key is being made and the person's records sealed off the UI
    /// thread ("Sealing 1,234 of 10,000…").
    Protecting {
        done: usize,
        total: usize,
    },
    /// Just protected: the recovery key, shown this once.
    ShowRecovery,
    /// A forgotten passphrase: typing the recovery key instead.
    Recover,
}

/// A passphrase on its way to the key derivation: wiped from memory when
/// the last copy goes, and never printed.
#[derive(Clone)]
pub struct Passphrase(Arc<Zeroizing<String>>);

impl Passphrase {
    pub fn new(typed: Zeroizing<String>) -> Passphrase {
        Passphrase(Arc::new(typed))
    }

    pub fn expose(&self) -> &str {
        self.0.as_str()
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl PartialEq for Passphrase {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Passphrase {}

/// (No derived `Debug`: the field and `first` hold the passphrase.)
#[derive(Clone)]
pub struct PassphraseView {
    pub step: PassphraseStep,
    /// The masked field.
    pub field: TextArea<'static>,
    /// The first typing, while the second is awaited.
    first: Option<Zeroizing<String>>,
    /// A problem with the last try, in plain words.
    pub problem: Option<String>,
    /// Whose passphrase this is: the person protecting, or the one to unlock
    /// (who is not active until it opens them).
    pub partner: PartnerId,
    /// Where to go once protected (or on "not now"). Unlocking always goes
    /// into the person's own workbook, where they left it.
    then: Box<Screen>,
    /// The recovery key made when protecting, while it is shown.
    recovery: Option<Arc<crate::crypto::RecoveryKey>>,
    /// The key the recovery key opened, while a new passphrase is chosen.
    recovered: Option<Arc<Unlocked>>,
}

impl std::fmt::Debug for PassphraseView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PassphraseView")
            .field("step", &self.step)
            .field("problem", &self.problem)
            .finish_non_exhaustive()
    }
}

impl PassphraseView {
    /// The screen to go back to, taken (this one is being left).
    fn leave(&mut self) -> Screen {
        std::mem::replace(&mut *self.then, Screen::Neutral(super::Blank))
    }

    fn new(step: PassphraseStep, partner: PartnerId, then: Screen) -> Self {
        PassphraseView {
            step,
            field: masked_field(),
            first: None,
            problem: None,
            partner,
            then: Box::new(then),
            recovery: None,
            recovered: None,
        }
    }

    /// The recovery key to show, on its step.
    pub fn recovery_key(&self) -> Option<&str> {
        match self.step {
            PassphraseStep::ShowRecovery => self
                .recovery
                .as_deref()
                .map(super::super::crypto::RecoveryKey::expose),
            _ => None,
        }
    }

    /// Whether a new passphrase is being chosen after a recovery.
    pub fn after_recovery(&self) -> bool {
        self.recovered.is_some()
    }

    /// The unlock screen for `partner`, who is not at the keyboard until
    /// their passphrase opens their records.
    pub fn unlock(partner: PartnerId) -> Self {
        Self::new(
            PassphraseStep::Unlock { tries_left: TRIES },
            partner,
            Screen::Neutral(super::Blank),
        )
    }

    /// Whether this screen asks for a passphrase to unlock (not to protect).
    pub fn unlocking(&self) -> bool {
        matches!(
            self.step,
            PassphraseStep::Unlock { .. } | PassphraseStep::Unlocking { .. }
        )
    }

    pub fn context(&self) -> Context {
        Context::Passphrase
    }

    pub fn input(&mut self, key: KeyEvent) {
        if self.waiting() {
            return;
        }
        // One line only: Enter is the "continue" key, never a newline.
        self.field.input(key);
    }

    /// Whether the screen waits for work under way (nothing is typed then).
    fn waiting(&self) -> bool {
        matches!(self.step, PassphraseStep::Protecting { .. })
    }

    pub fn paste(&mut self, text: &str) {
        if self.waiting() {
            return;
        }
        self.field
            .insert_str(text.lines().next().unwrap_or_default());
    }

    /// The typed passphrase, taken out of the field (which is emptied).
    fn take(&mut self) -> Zeroizing<String> {
        let lines = std::mem::replace(&mut self.field, masked_field()).into_lines();
        let typed = Zeroizing::new(lines.concat());
        for line in lines {
            drop(Zeroizing::new(line));
        }
        typed
    }
}

/// The recovery key's field: shown as typed, since it is long and copied by
/// hand (it is as secret as the passphrase: type it where nobody watches).
fn plain_field() -> TextArea<'static> {
    let mut field = TextArea::default();
    field.set_max_histories(0);
    field
}

fn masked_field() -> TextArea<'static> {
    let mut field = TextArea::default();
    field.set_mask_char('•');
    // No undo history: it would keep the typed characters around.
    field.set_max_histories(0);
    field
}

/// "Protect my private entries", from home. (A protected person at the
/// keyboard is always unlocked: see [`Workbook::activate`].)
pub(super) fn start(wb: &mut Workbook) -> Screen {
    let Some(id) = wb.active else {
        return Screen::Picker(super::ListView::default());
    };
    if wb.partner().is_some_and(|p| p.protection.is_some()) {
        wb.info(crate::t!("pass-already"));
        return wb.home();
    }
    let home = wb.home();
    Screen::Passphrase(Box::new(PassphraseView::new(
        PassphraseStep::Choose,
        id,
        home,
    )))
}

/// Leaving an unlock screen without the key: nobody goes in. With two people
/// the picker lets whoever is here say who they are; alone, the cover waits
/// for the person to try again.
pub(super) fn locked_out(wb: &mut Workbook, partner: PartnerId, why: &str) -> Screen {
    wb.active = None;
    if wb.store.partners.len() > 1 {
        wb.info(crate::t!("pass-locked-out-pick", why = why));
        Screen::Picker(super::ListView::default())
    } else {
        wb.info(crate::t!(
            "pass-locked-out-again",
            why = why,
            open = crate::say!(Cover, Select)
        ));
        Screen::Cover(partner)
    }
}

impl Page for kind::Passphrase {
    fn context(state: &Self::State, _: Here) -> Context {
        state.context()
    }

    fn update(v: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        match (action, v.step.clone()) {
            // The recovery key was seen; it is never shown again.
            (Action::Select | Action::Back, PassphraseStep::ShowRecovery) => {
                v.recovery = None;
                Go::To(v.leave())
            }
            (Action::Recover, PassphraseStep::Unlock { .. }) => {
                v.take();
                v.field = plain_field();
                v.step = PassphraseStep::Recover;
                v.problem = None;
                Go::Stay
            }
            (Action::Back, PassphraseStep::Recover) => Go::To(Screen::Passphrase(Box::new(
                PassphraseView::unlock(v.partner),
            ))),
            (Action::Select, PassphraseStep::Recover) => {
                let typed = v.take();
                let opened = ctx
                    .store
                    .partner(v.partner)
                    .and_then(|p| p.protection.as_ref())
                    .map(|p| crate::crypto::recover(p, &typed));
                match opened {
                    Some(Ok(key)) => {
                        v.recovered = Some(Arc::new(key));
                        v.field = masked_field();
                        v.step = PassphraseStep::Choose;
                        v.problem = None;
                    }
                    Some(Err(UnlockError::WrongPassphrase)) => {
                        v.field = plain_field();
                        v.problem = Some(crate::t!(
                            "pass-recovery-wrong",
                            back = crate::say!(Passphrase, Back)
                        ));
                    }
                    Some(Err(e)) => {
                        v.field = plain_field();
                        v.problem = Some(crate::t!("pass-recovery-unusable", why = e.to_string()));
                    }
                    None => return Go::LockedOut(v.partner, crate::t!("pass-still-locked")),
                }
                Go::Stay
            }
            (Action::Back, PassphraseStep::Unlock { .. } | PassphraseStep::Unlocking { .. }) => {
                Go::LockedOut(v.partner, crate::t!("pass-still-locked"))
            }
            (Action::Back, _) if v.recovered.is_some() => Go::To(Screen::Passphrase(Box::new(
                PassphraseView::unlock(v.partner),
            ))),
            (Action::Back, _) => {
                // Also while protecting: the work under way is dropped when it
                // answers (see `protected`).
                ctx.info(crate::t!("pass-not-protected"));
                Go::To(v.leave())
            }
            (Action::Select, PassphraseStep::Choose) => {
                let typed = v.take();
                if typed.chars().count() < MIN_CHARS {
                    v.problem = Some(crate::t!("pass-too-short", min = MIN_CHARS));
                } else {
                    v.first = Some(typed);
                    v.problem = None;
                    v.step = PassphraseStep::Confirm;
                }
                Go::Stay
            }
            (Action::Select, PassphraseStep::Confirm) => {
                let typed = v.take();
                if v.first.as_ref() != Some(&typed) {
                    v.first = None;
                    v.step = PassphraseStep::Choose;
                    v.problem = Some(crate::t!("pass-no-match"));
                    return Go::Stay;
                }
                if let Some(key) = v.recovered.take() {
                    return Go::NewPassphrase(v.partner, key, Passphrase::new(typed));
                }
                let Some(partner) = ctx.me else {
                    return Go::To(v.leave());
                };
                // The slow part (the key, then every record sealed) runs at the
                // edge, off the UI thread; see `sealing` and `protected`.
                let (entries, checkins) = vault::to_protect(ctx.store, partner);
                let total = entries.len() + checkins.len();
                ctx.effect(Effect::Protect(crate::workbook::Protecting {
                    partner,
                    passphrase: Passphrase::new(typed),
                    entries,
                    checkins,
                }));
                v.partner = partner;
                v.step = PassphraseStep::Protecting { done: 0, total };
                v.problem = None;
                Go::Stay
            }

            (Action::Select, PassphraseStep::Unlock { tries_left }) => {
                let typed = v.take();
                if typed.is_empty() {
                    v.problem = Some(crate::t!(
                        "pass-type-it",
                        open = crate::say!(Passphrase, Select)
                    ));
                    return Go::Stay;
                }
                let partner = v.partner;
                let Some(protection) = ctx
                    .store
                    .partner(partner)
                    .and_then(|p| p.protection.clone())
                else {
                    v.problem = Some(crate::t!(
                        "pass-unlock-failed",
                        why = crate::t!("pass-not-protected-person"),
                        open = crate::say!(Passphrase, Select),
                        back = crate::say!(Passphrase, Back)
                    ));
                    return Go::Stay;
                };
                // The slow part runs at the edge, off the UI thread, on the
                // sealed records as they are now; its answer comes back as
                // `Msg::Unlocked` (see `unlocked`).
                ctx.effect(Effect::Unlock(Box::new(crate::workbook::Unlocking::of(
                    ctx.store,
                    partner,
                    protection,
                    Passphrase::new(typed),
                ))));
                v.step = PassphraseStep::Unlocking { tries_left };
                v.problem = None;
                Go::Stay
            }

            _ => Go::Stay,
        }
    }
}

/// Sealing goes on: how far, for the screen that waits for it.
pub(super) fn sealing(wb: &mut Workbook, partner: PartnerId, done: usize, total: usize) {
    if let Screen::Passphrase(v) = &mut wb.screen
        && v.partner == partner
        && let PassphraseStep::Protecting { .. } = v.step
    {
        v.step = PassphraseStep::Protecting { done, total };
    }
}

/// Protecting answered. It is used only if the person who chose the
/// passphrase is still at the keyboard waiting for it: after a quick exit, a
/// change of partner or Esc, it is dropped and nothing was changed.
pub(super) fn protected(
    wb: &mut Workbook,
    partner: PartnerId,
    result: Result<Arc<vault::Protected>, String>,
    now: Timestamp,
) {
    let waiting = wb.active == Some(partner)
        && matches!(&wb.screen, Screen::Passphrase(v)
            if v.partner == partner && matches!(v.step, PassphraseStep::Protecting { .. }));
    if !waiting {
        return;
    }
    let Screen::Passphrase(v) = &mut wb.screen else {
        return;
    };
    match result {
        Ok(done) => {
            vault::finish_protecting(&mut wb.sealer, &mut wb.store, partner, &done);
            v.recovery = Some(Arc::clone(&done.recovery));
            v.step = PassphraseStep::ShowRecovery;
            v.problem = None;
            wb.keys.open = Some(OpenKey {
                partner,
                key: Arc::clone(&done.key),
                last_used: now,
            });
            wb.changed(now);
            wb.notice_when_saved(
                &crate::t!("pass-protecting-notice"),
                &crate::t!("pass-protected"),
            );
        }
        Err(e) => {
            let then = std::mem::replace(
                &mut v.then,
                Box::new(Screen::Home(super::ListView::default())),
            );
            wb.screen = *then;
            error(
                wb,
                format!("Your entries could not be protected: {e}. Nothing was changed."),
            );
        }
    }
}

/// The one way a person gets in: their records opened with `key`, the key
/// kept, and they are at the keyboard where they left off. Returns how many
/// records could not be opened (they stay sealed).
fn let_in(
    wb: &mut Workbook,
    partner: PartnerId,
    key: Arc<Unlocked>,
    ahead: &vault::Ahead,
    now: Timestamp,
) -> usize {
    let failed = vault::open_partner(
        &mut wb.sealer,
        &mut wb.store,
        &mut wb.session,
        partner,
        &key,
        ahead,
    );
    wb.keys.open = Some(OpenKey {
        partner,
        key,
        last_used: now,
    });
    wb.enter(partner);
    failed
}

/// After a recovery: the key sealed with the new passphrase, and the person
/// let in where they left off.
pub(super) fn new_passphrase(
    wb: &mut Workbook,
    partner: PartnerId,
    key: Arc<Unlocked>,
    passphrase: &Passphrase,
    now: Timestamp,
) -> Screen {
    if let Err(e) = vault::new_passphrase(&mut wb.store, partner, &key, passphrase.expose()) {
        error(wb, crate::t!("pass-new-failed", why = e.to_string()));
        return Screen::Passphrase(Box::new(PassphraseView::unlock(partner)));
    }
    let failed = let_in(wb, partner, key, &vault::Ahead::default(), now);
    wb.changed(now);
    if failed > 0 {
        error(wb, crate::t!("pass-opened-some-sealed", failed = failed));
    } else {
        wb.notice_when_saved(&crate::t!("pass-saving-new"), &crate::t!("pass-new-saved"));
    }
    std::mem::replace(&mut wb.screen, Screen::Home(super::ListView::default()))
}

/// The key derivation answered. It is used only if the unlock screen of the
/// person who typed the passphrase is still waiting for it: after a quick
/// exit, a change of partner or Esc, the key is dropped unused.
pub(super) fn unlocked(
    wb: &mut Workbook,
    partner: PartnerId,
    result: Result<Arc<vault::Opened>, Arc<UnlockError>>,
    now: Timestamp,
) {
    let waiting = matches!(&wb.screen, Screen::Passphrase(v)
        if matches!(v.step, PassphraseStep::Unlocking { .. }) && v.partner == partner);
    if !waiting {
        return;
    }
    let screen = std::mem::replace(&mut wb.screen, Screen::Home(super::ListView::default()));
    let Screen::Passphrase(mut v) = screen else {
        wb.screen = screen;
        return;
    };
    let PassphraseStep::Unlocking { tries_left } = v.step else {
        wb.screen = Screen::Passphrase(v);
        return;
    };
    wb.screen = match result.as_ref().map_err(|e| &**e) {
        Ok(_) => {
            let Ok(opened) = result else {
                return;
            };
            let key = Arc::clone(&opened.key);
            let failed = let_in(wb, partner, key, &opened.ahead, now);
            drop(opened);
            if failed > 0 {
                error(wb, crate::t!("pass-unlocked-some-sealed", failed = failed));
            } else {
                wb.info(crate::t!("pass-unlocked"));
            }
            return;
        }
        Err(UnlockError::WrongPassphrase) if tries_left > 1 => {
            let left = tries_left - 1;
            v.step = PassphraseStep::Unlock { tries_left: left };
            v.problem = Some(crate::t!("pass-wrong", left = left));
            Screen::Passphrase(v)
        }
        Err(UnlockError::WrongPassphrase) => {
            locked_out(wb, v.partner, &crate::t!("pass-wrong-last"))
        }
        Err(e) => {
            // Nothing was changed, and the record stays as it was: the next
            // try reads exactly what this one read.
            v.step = PassphraseStep::Unlock { tries_left };
            v.problem = Some(crate::t!(
                "pass-unlock-failed",
                open = crate::say!(Passphrase, Select),
                back = crate::say!(Passphrase, Back),
                why = e.to_string()
            ));
            Screen::Passphrase(v)
        }
    };
}

/// Lock the open key: the one way every path that leaves a partner (pass
/// the keyboard, both quick exits, the idle lock, switching in the picker)
/// drops it. The words in memory are sealed again and the key is forgotten.
/// Returns whether a key was open.
pub(super) fn lock(wb: &mut Workbook) -> bool {
    let Some(open) = wb.keys.open.take() else {
        return false;
    };
    wb.sync_session();
    match wb
        .sealer
        .lock_partner(&mut wb.store, &mut wb.session, open.partner)
    {
        Ok(_) => true,
        Err(e) => {
            wb.keys.open = Some(open);
            error(wb, crate::t!("pass-lock-failed", why = e.to_string()));
            false
        }
    }
}

/// On a tick: lock after `LOCK_AFTER` without a key pressed, and ask for the
/// passphrase again before showing anything.
pub(super) fn tick(wb: &mut Workbook, now: Timestamp) {
    let idle = wb
        .keys
        .idle_since()
        .is_some_and(|since| now - since >= wb.config.lock_after());
    let Some(partner) = wb.keys.open.as_ref().map(|k| k.partner) else {
        return;
    };
    if idle && lock(wb) {
        wb.want_saved(crate::model::SaveTarget::Session);
        // Nobody is at the keyboard until the passphrase is typed again.
        wb.active = None;
        wb.help_open = false;
        wb.screen = Screen::Passphrase(Box::new(PassphraseView::unlock(partner)));
        wb.info(crate::t!("pass-idle-locked"));
    }
}

fn error(wb: &mut Workbook, text: String) {
    wb.notice = Some(super::Notice {
        kind: super::NoticeKind::Error,
        text,
    });
}

#[cfg(test)]
mod tests;
