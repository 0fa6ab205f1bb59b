//! The check-in lines of `trustmend status`: the last check-in's numbers
//! and a sparkline of trust. Only the partner's own check-ins, and never
//! their notes (a status may be pasted into an email).

use crate::model::{PartnerId, Store};
use crate::progress::{last_checkin, last_trust, sparkline};

/// How many check-ins the trust sparkline covers.
pub const SPARK_CHECKINS: usize = 14;

pub fn lines(store: &Store, me: PartnerId) -> Vec<String> {
    let Some(last) = last_checkin(&store.checkins, me) else {
        return vec!["Check-ins: none yet (open trustmend and press c)".to_string()];
    };
    let trust = last_trust(&store.checkins, me, SPARK_CHECKINS);
    vec![
        format!(
            "Last check-in: {} · mood {}/5 · trust {}/10 · sleep {}/5 · stress {}/5",
            last.at.date_naive(),
            last.mood,
            last.trust,
            last.sleep,
            last.stress
        ),
        match trust.len() {
            1 => format!("Trust, first check-in: {} (0 to 10)", sparkline(&trust, 10)),
            n => format!(
                "Trust, last {n} check-ins: {} (0 to 10)",
                sparkline(&trust, 10)
            ),
        },
    ]
}
