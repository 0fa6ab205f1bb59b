//! The field guide written at the top of each file by `trustmend content
//! export`, so a person editing a pack has the format in front of them.
//! The full description is `docs/content.md`.

/// The comment block for one pack file (empty for an unknown name).
pub(super) fn field_guide(file: &str) -> &'static str {
    match file {
        "foundations.toml" => FOUNDATIONS,
        "safety.toml" => SAFETY,
        "help.toml" => HELP,
        "strategies.toml" => STRATEGIES,
        "faq.toml" => FAQ,
        "move_on.toml" => MOVE_ON,
        _ => "",
    }
}

const COMMON: &str = "\
# How to edit: change the text between the quotes; keep the keys (the words
# before \"=\") as they are. Text in triple quotes (\"\"\"...\"\"\") may span
# lines; a blank line starts a new paragraph. An id is lowercase letters,
# digits and dashes, unique in its list; journal entries remember ids, so
# keep an id when you reword its text. Check your pack with
# `trustmend content check DIR`; a file you delete comes from the bundled pack.
#
";

const FOUNDATIONS: &str = concat!(
    "# ==== foundations.toml: the welcome and \"Before you begin\" ====\n",
    "# welcome          text shown on the first screen of a new workbook\n",
    "# [[section]]      one page of \"Before you begin\", in order\n",
    "#   id, title, body\n",
    "# [[emotion]]      feelings offered in check-ins: id, label\n",
    "# [[body_sign]]    body signals offered in check-ins: id, label\n",
);

const SAFETY: &str = concat!(
    "# ==== safety.toml: \"Help and safety\" ====\n",
    "# not_therapy      the note that this workbook is not therapy\n",
    "# unsafe           what to do when someone does not feel safe\n",
    "# [[check]]        private safety questions before couples mode: id, question,\n",
    "#                  and kind: danger (left out: the same), self-harm (the\n",
    "#                  crisis lines come first) or own-behaviour (the lines for\n",
    "#                  people who want to stop come first). A yes or not sure\n",
    "#                  to danger or own-behaviour closes couples exercises\n",
);

const HELP: &str = concat!(
    "# ==== help.toml: the places to turn to, by where the person lives ====\n",
    "# danger           the first sentence of the list: what to do in danger\n",
    "# elsewhere        said when the list has nothing for where the person is\n",
    "# stop_elsewhere   said when there is no line there for people who want\n",
    "#                  to stop hurting a partner\n",
    "# [[everywhere]]   lines for everyone (at least one): name, detail, kind,\n",
    "#                  source, checked\n",
    "# [[country]]      code (\"CA\"; \"GB-SCT\" for a UK nation), name (as it\n",
    "#                  reads after \"in\": \"the United Kingdom\"), group (the\n",
    "#                  welcome's heading for it: \"Europe\")\n",
    "# [[country.line]] one place to turn there: name, detail, kind, source,\n",
    "#                  checked. Every country needs an emergency line (its\n",
    "#                  own or, for a UK nation, the UK's)\n",
    "# kind             what it is for, one or more of: emergency (danger right\n",
    "#                  now), crisis (thoughts of suicide), abuse, stop (for\n",
    "#                  someone who wants to stop hurting a partner)\n",
    "# source           the organisation's own page where you checked the number\n",
    "# checked          the day you checked it, as a date: checked = 2026-12-01\n",
    "#                  (`content check` warns when that is over a year ago)\n",
);

const STRATEGIES: &str = concat!(
    "# ==== strategies.toml: the strategies, in the order they are offered ====\n",
    "# [[strategy]]\n",
    "#   id               e.g. \"open-communication\" (homework files name it)\n",
    "#   title, summary   the name, and one line for the home screen\n",
    "#   guidance         the reading before the prompts\n",
    "#   review_question  asked when a commitment is reviewed\n",
    "# [[strategy.prompt]]      at least 4 per strategy, at least one for \"both\"\n",
    "#                          or \"together\"\n",
    "#   id, role, text\n",
    "# [[strategy.commitment]]  at least 2 suggested commitments per strategy\n",
    "#   id, role, text\n",
    "# role: \"hurt\" (the partner who was hurt), \"repairing\" (the partner\n",
    "#   repairing the trust), \"mutual\" (partners who have each hurt the other,\n",
    "#   `--role both`), \"both\" (everyone, each answers alone), \"together\"\n",
    "#   (each answers alone, then may compare). Commitments take hurt,\n",
    "#   repairing, mutual or both.\n",
    "# Prompt and commitment ids are unique across the whole file.\n",
    "#\n",
    "# The order, for therapists: the first four strategies own the harm (a safe\n",
    "# way to talk, honesty offered freely, an apology without excuses, promises\n",
    "# kept); the next four are understanding and pacing (patience, small steps\n",
    "# back to closeness, outside help, limits that protect); empathy and\n",
    "# forgiveness come last, as they cannot be asked for early. Keep a\n",
    "# \"what would you like to bring to your next session\" line in each\n",
    "# review_question if your clients see you between weeks.\n",
);

const FAQ: &str = concat!(
    "# ==== faq.toml: \"Questions people ask\" ====\n",
    "# [[question]]     id, question, answer\n",
);

const MOVE_ON: &str = concat!(
    "# ==== move_on.toml: \"When is it time to move on?\" ====\n",
    "# intro            shown above the private checklist\n",
    "# closing          shown below it\n",
    "# [[sign]]         one checklist item: id, text\n",
    "#   offers_help    true on a sign of danger (\"I do not feel safe\"):\n",
    "#                  ticking it opens \"Help and safety\" at once\n",
);

/// The guide and the shared editing notes, as written at the top of a file.
pub fn header(file: &str) -> String {
    let guide = field_guide(file);
    if guide.is_empty() {
        return String::new();
    }
    format!("{guide}#\n{COMMON}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key a file may have, by file (kept in step with `raw.rs`).
    const KEYS: [(&str, &[&str]); 6] = [
        (
            "foundations.toml",
            &[
                "welcome",
                "[[section]]",
                "title",
                "body",
                "[[emotion]]",
                "[[body_sign]]",
                "label",
            ],
        ),
        (
            "safety.toml",
            &["not_therapy", "unsafe", "[[check]]", "question"],
        ),
        (
            "help.toml",
            &[
                "danger",
                "elsewhere",
                "stop_elsewhere",
                "[[everywhere]]",
                "[[country]]",
                "code",
                "group",
                "kind",
                "[[country.line]]",
                "name",
                "detail",
                "source",
                "checked",
            ],
        ),
        (
            "strategies.toml",
            &[
                "[[strategy]]",
                "title",
                "summary",
                "guidance",
                "review_question",
                "[[strategy.prompt]]",
                "[[strategy.commitment]]",
                "role",
                "text",
                "\"hurt\"",
                "\"repairing\"",
                "\"mutual\"",
                "\"both\"",
                "\"together\"",
            ],
        ),
        ("faq.toml", &["[[question]]", "question", "answer"]),
        (
            "move_on.toml",
            &["intro", "closing", "[[sign]]", "text", "offers_help"],
        ),
    ];

    #[test]
    fn each_files_guide_names_every_key_and_is_all_comment() {
        for (file, keys) in KEYS {
            let h = header(file);
            for key in keys {
                assert!(h.contains(key), "{file}: the guide does not mention {key}");
            }
            assert!(h.lines().all(|l| l.starts_with('#')), "{file}: {h}");
        }
        assert_eq!(header("other.toml"), "");
    }

    #[test]
    fn a_pack_with_the_guides_on_top_still_parses() {
        let (_, english) = super::super::bundled_pack("en").unwrap();
        let files = english.map(|(name, text)| {
            (
                std::path::PathBuf::from(name),
                format!("{}{text}", header(name)),
            )
        });
        assert!(super::super::raw::parse_pack(&files).is_ok());
    }
}
