//! The check-in lines of `trustmend status`: the last check-in's numbers
//! and a sparkline of trust. Only the partner's own check-ins, and never
//! their notes (a status may be pasted into an email).

use crate::model::{PartnerId, Store};

use crate::progress::{last_checkin, last_trust, sparkline};

/// How many check-ins the trust sparkline covers.
pub(super) const SPARK_CHECKINS: usize = 14;

pub(super) fn lines(store: &Store, me: PartnerId) -> Vec<String> {
    let Some(last) = last_checkin(&store.checkins, me) else {
        return vec![crate::t!(
            "status-checkins-none",
            checkin = crate::say!(Home, OpenCheckIn)
        )];
    };
    let trust = last_trust(&store.checkins, me, SPARK_CHECKINS);
    vec![
        crate::t!(
            "status-last-checkin",
            date = last.at.date_naive().to_string(),
            mood = rated("mood", last.mood, 5),
            trust = rated("trust", last.trust, 10),
            sleep = rated("sleep", last.sleep, 5),
            stress = rated("stress", last.stress, 5)
        ),
        match trust.len() {
            0 => crate::t!("status-trust-none"),
            1 => crate::t!("status-trust-first", line = sparkline(&trust, 10)),
            n => crate::t!("status-trust-last", n = n, line = sparkline(&trust, 10)),
        },
    ]
}

/// "mood 3/5", or "mood skipped" when the person left it out.
fn rated(what: &str, value: Option<u8>, max: u8) -> String {
    let value = match value {
        Some(v) => format!("{v}/{max}"),
        None => crate::report::shown(None),
    };
    crate::t!("status-rated", what = what, value = value)
}
