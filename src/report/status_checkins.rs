//! The check-in lines of `trustmend status`: the last check-in's numbers
//! and a sparkline of trust. Only the partner's own check-ins, and never
//! their notes (a status may be pasted into an email).

use crate::model::{CheckIn, PartnerId, Store};

use crate::progress::{last_checkin, last_trust, sparkline};

/// How many check-ins the trust sparkline covers.
pub(super) const SPARK_CHECKINS: usize = 14;

pub(super) fn lines(store: &Store, me: PartnerId) -> Vec<String> {
    let Some(last) = last_checkin(&store.checkins, me) else {
        return vec!["Check-ins: none yet (open trustmend and press c)".to_string()];
    };
    let trust = last_trust(&store.checkins, me, SPARK_CHECKINS);
    vec![
        format!(
            "Last check-in: {} · {} · {} · {} · {}",
            last.at.date_naive(),
            rated("mood", last.mood, 5),
            rated("trust", last.trust, 10),
            rated("sleep", last.sleep, 5),
            rated("stress", last.stress, 5),
        ),
        match trust.len() {
            0 => "Trust: not rated in recent check-ins".to_string(),
            1 => format!("Trust, first check-in: {} (0 to 10)", sparkline(&trust, 10)),
            n => format!(
                "Trust, last {n} check-ins: {} (0 to 10)",
                sparkline(&trust, 10)
            ),
        },
    ]
}

/// "mood 3/5", or "mood skipped" when the person left it out.
fn rated(name: &str, value: Option<u8>, max: u8) -> String {
    match value {
        Some(_) => format!("{name} {}/{max}", CheckIn::shown(value)),
        None => format!("{name} {}", CheckIn::shown(value)),
    }
}
