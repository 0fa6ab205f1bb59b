//! The check-in lines of `trustmend status`: the last check-in's numbers
//! and a sparkline of trust. Only the partner's own check-ins, and never
//! their notes (a status may be pasted into an email).

use crate::progress::sparkline;
use crate::standing::Digest;

pub(super) fn lines(digest: &Digest) -> Vec<String> {
    let Some(last) = &digest.checkin else {
        return vec![crate::t!(
            "status-checkins-none",
            checkin = crate::say!(Home, OpenCheckIn)
        )];
    };
    let trust = &digest.trust;
    vec![
        crate::t!(
            "status-last-checkin",
            date = last.day.to_string(),
            mood = rated("mood", last.mood, 5),
            trust = rated("trust", last.trust, 10),
            sleep = rated("sleep", last.sleep, 5),
            stress = rated("stress", last.stress, 5)
        ),
        match trust.len() {
            0 => crate::t!("status-trust-none"),
            1 => crate::t!("status-trust-first", line = sparkline(trust, 10)),
            n => crate::t!("status-trust-last", n = n, line = sparkline(trust, 10)),
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
