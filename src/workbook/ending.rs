//! How the program is ending, as one value: whether it is, how far it has
//! got, whether it waits for every word to be on the disk, who is leaving
//! the workbook for good, and what to tell the person once the screen is
//! closed. Every way of quitting (Ctrl+C, Esc on home, the quick exit,
//! "Leave this workbook", the choices of "Not saved yet") is a transition
//! here, so the edge asks one value instead of six flags.

use crate::model::PartnerId;

/// Where the program stands on its way out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Ending {
    /// Not ending.
    #[default]
    Staying,
    /// Asked to leave in this update: at its end the last saves and the
    /// quit go out (after the screen is put back, so its draft is kept).
    Asked(Leave),
    /// The quit is out: the edge waits for the saves unless the way of
    /// leaving says not to (see [`Ending::may_leave`]).
    Out(Leave),
    /// A save failed on the way out: the person is asked what to do (see
    /// `leaving`) and stays meanwhile. Who was leaving the workbook is kept
    /// for when they quit again.
    Stopped { depart: Option<PartnerId> },
}

/// How a person leaves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Leave {
    /// Once every word is on the disk; `depart` is the person who asked
    /// (twice) to leave the workbook, for the edge to carry on after.
    WhenSaved { depart: Option<PartnerId> },
    /// The person chose to leave words that are not on the disk (a copy of
    /// them written elsewhere, or knowing they are lost).
    Unsaved {
        depart: Option<PartnerId>,
        parting: Option<String>,
    },
    /// The quick exit: at once, the terminal wiped; `parting` says where a
    /// copy went when the last saves failed after all.
    Quick { parting: Option<String> },
}

impl Leave {
    fn departing(&self) -> Option<PartnerId> {
        match self {
            Leave::WhenSaved { depart } | Leave::Unsaved { depart, .. } => *depart,
            Leave::Quick { .. } => None,
        }
    }
}

impl Ending {
    fn leave(&self) -> Option<&Leave> {
        match self {
            Ending::Asked(leave) | Ending::Out(leave) => Some(leave),
            Ending::Staying | Ending::Stopped { .. } => None,
        }
    }

    /// Who asked to leave the workbook for good, if anyone (never after the
    /// quick exit: nothing is removed behind a hidden screen).
    pub fn departing(&self) -> Option<PartnerId> {
        match self {
            Ending::Stopped { depart } => *depart,
            _ => self.leave().and_then(Leave::departing),
        }
    }

    /// Quit, once the words are on the disk (Ctrl+C, Esc on home, trying
    /// again on "Not saved yet"). Keeps a way of leaving already chosen.
    pub fn quit(&mut self) {
        *self = match std::mem::take(self) {
            Ending::Staying => Ending::Asked(Leave::WhenSaved { depart: None }),
            Ending::Stopped { depart } => Ending::Asked(Leave::WhenSaved { depart }),
            Ending::Asked(leave) | Ending::Out(leave) => Ending::Asked(leave),
        };
    }

    /// Quit and leave the workbook for good (asked twice).
    pub fn depart(&mut self, who: PartnerId) {
        *self = Ending::Asked(Leave::WhenSaved { depart: Some(who) });
    }

    /// The quick exit.
    pub fn quick(&mut self) {
        *self = Ending::Asked(Leave::Quick { parting: None });
    }

    /// Quit with words not on the disk, saying `parting` once the screen is
    /// closed (where a copy went). After the quick exit it stays quick.
    pub fn let_words_go(&mut self, parting: Option<String>) {
        *self = match std::mem::take(self) {
            Ending::Asked(Leave::Quick { .. }) | Ending::Out(Leave::Quick { .. }) => {
                Ending::Asked(Leave::Quick { parting })
            }
            other => Ending::Asked(Leave::Unsaved {
                depart: other.departing(),
                parting,
            }),
        };
    }

    /// A save failed while waiting to leave once saved: stop and ask.
    /// Returns whether the person must be asked.
    pub fn stop(&mut self) -> bool {
        match self {
            Ending::Out(Leave::WhenSaved { depart }) => {
                *self = Ending::Stopped { depart: *depart };
                true
            }
            _ => false,
        }
    }

    /// At the end of an update: whether the quit was asked in it (and so its
    /// saves and the quit must go out now).
    pub fn send(&mut self) -> bool {
        match std::mem::take(self) {
            Ending::Asked(leave) => {
                *self = Ending::Out(leave);
                true
            }
            other => {
                *self = other;
                false
            }
        }
    }

    /// Asked to quit, or on the way out.
    pub fn is_quitting(&self) -> bool {
        self.leave().is_some()
    }

    /// Left with the quick exit.
    pub fn is_quick(&self) -> bool {
        matches!(self.leave(), Some(Leave::Quick { .. }))
    }

    /// The person chose to leave words not on the disk: a copy written
    /// elsewhere (also after the quick exit), or knowing they are lost.
    pub fn lets_words_go(&self) -> bool {
        matches!(
            self.leave(),
            Some(Leave::Unsaved { .. } | Leave::Quick { parting: Some(_) })
        )
    }

    /// What to print once the screen is closed, if anything.
    pub fn parting(&self) -> Option<&str> {
        match self.leave() {
            Some(Leave::Unsaved { parting, .. } | Leave::Quick { parting }) => parting.as_deref(),
            _ => None,
        }
    }

    /// Whether the edge may leave now, given whether every save is on the
    /// disk: the quit is out, and the words are there or need not be.
    pub fn may_leave(&self, all_durable: bool) -> bool {
        match self {
            Ending::Out(Leave::WhenSaved { .. }) => all_durable,
            Ending::Out(Leave::Unsaved { .. } | Leave::Quick { .. }) => true,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who() -> PartnerId {
        7
    }

    #[test]
    fn a_quit_goes_out_once_and_waits_for_the_words() {
        let mut e = Ending::default();
        assert!(!e.is_quitting());
        e.quit();
        assert!(e.is_quitting());
        assert!(!e.may_leave(true), "not before the quit is out");
        assert!(e.send());
        assert!(!e.send(), "sent once");
        assert!(!e.may_leave(false));
        assert!(e.may_leave(true));
        assert_eq!(e.parting(), None);
        assert!(!e.lets_words_go());
    }

    #[test]
    fn a_failed_save_stops_the_quit_and_keeps_who_was_departing() {
        let mut e = Ending::default();
        e.depart(who());
        e.send();
        assert!(e.stop());
        assert!(!e.is_quitting());
        assert_eq!(e.departing(), Some(who()));
        assert!(!e.stop(), "asked once");
        e.let_words_go(None);
        assert_eq!(e.departing(), Some(who()));
        e.send();
        assert!(e.may_leave(false));
        assert!(e.lets_words_go());
    }

    #[test]
    fn the_quick_exit_never_waits_never_departs_and_stays_quick() {
        let mut e = Ending::default();
        e.depart(who());
        e.quick();
        e.send();
        assert!(e.is_quick());
        assert_eq!(e.departing(), None);
        assert!(e.may_leave(false));
        assert!(!e.stop(), "nobody is asked behind a hidden screen");
        assert!(!e.lets_words_go(), "a failed save after it is still told");
        e.let_words_go(Some("a copy is in /x".into()));
        assert!(e.is_quick());
        assert!(e.lets_words_go());
        assert_eq!(e.parting(), Some("a copy is in /x"));
    }

    #[test]
    fn quitting_again_keeps_the_way_already_chosen() {
        let mut e = Ending::default();
        e.let_words_go(Some("copy".into()));
        e.send();
        e.quit();
        assert_eq!(e.parting(), Some("copy"));
        assert!(e.send());
        assert!(e.may_leave(false));
    }
}
