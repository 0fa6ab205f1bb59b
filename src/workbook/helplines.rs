//! What the help list says, and in what order, for where the person lives:
//! the places to turn to first, then how to leave at once and keep entries
//! private, then the longer notes. One description of the page, drawn by
//! the screens and measured by the state machine, so scrolling stops where
//! the text does.

use crate::config::Config;
use crate::content::help::Kind;
use crate::content::{Content, Help, HelpLine};
use crate::model::Partner;

/// One piece of the page, before wrapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Text(String),
    /// A short line that introduces a list.
    Heading(String),
    /// One place to turn ("name — detail"), drawn with a bullet.
    Item(String),
    Blank,
}

/// The code whose lines are shown: the `country` setting, else what this
/// person said in the welcome, else the locale's guess.
pub fn country_for(config: &Config, partner: Option<&Partner>) -> Option<String> {
    crate::country::choose(
        config.country.as_deref(),
        partner.and_then(|p| p.country.as_deref()),
        config.locale_country.as_deref(),
    )
}

/// What a person answers in the welcome when none of the places fits: ISO
/// 3166's code for an unknown place, so the locale's guess is not used.
pub const SOMEWHERE_ELSE: &str = "ZZ";

fn item(name: &str, detail: &str) -> Block {
    Block::Item(format!("{name} — {detail}"))
}

fn items<'a>(lines: impl IntoIterator<Item = &'a HelpLine>) -> Vec<Block> {
    lines
        .into_iter()
        .map(|l| item(&l.name, &l.detail))
        .collect()
}

/// The places to turn to first: what to do in danger (the place's own
/// emergency number, which comes first among its lines, else the general
/// sentence), the lines for `code`, then the lines for everyone.
pub fn first(help: &Help, code: Option<&str>) -> Vec<Block> {
    let mut out = Vec::new();
    match code.and_then(|c| help.lines_for(c).map(|lines| (c, lines))) {
        Some((c, lines)) => {
            let name = help
                .place(c)
                .or_else(|| help.place(crate::country::parent(c)))
                .map_or(c, |p| p.name.as_str());
            out.push(Block::Heading(crate::t!(
                "help-where-to-turn",
                place = name
            )));
            out.extend(lines.iter().map(|(_, l)| item(&l.name, &l.detail)));
        }
        None => out.extend([
            Block::Text(help.danger.clone()),
            Block::Text(help.elsewhere.clone()),
        ]),
    }
    out.extend(help.everywhere.iter().map(|l| item(&l.name, &l.detail)));
    out
}

/// How to leave at once and keep entries private, with the keys as the
/// key tables name them.
pub fn leaving_quickly() -> String {
    let quick = crate::say!(Home, QuickExit);
    let protect = crate::say!(Home, Protect);
    crate::t!("help-leaving-quickly", quick = quick, protect = protect)
}

/// Lines for the places not already shown, so a person can help someone
/// who lives elsewhere.
fn other_places(help: &Help, code: Option<&str>) -> Vec<Block> {
    let shown: Vec<&str> = code
        .and_then(|c| help.lines_for(c))
        .map(|lines| lines.iter().map(|(p, _)| p.code.as_str()).collect())
        .unwrap_or_default();
    let mut out = Vec::new();
    for place in help
        .places
        .iter()
        .filter(|p| !shown.contains(&p.code.as_str()))
    {
        if out.is_empty() {
            out.push(Block::Blank);
            out.push(Block::Heading(crate::t!("help-in-other-places")));
        }
        out.extend(place.lines.iter().map(|l| item(&l.name, &l.detail)));
    }
    out
}

/// The Help and safety screen.
pub fn page(content: &Content, code: Option<&str>) -> Vec<Block> {
    let mut out = first(&content.help, code);
    out.extend([
        Block::Blank,
        Block::Text(leaving_quickly()),
        Block::Blank,
        Block::Text(content.safety.unsafe_help.clone()),
        Block::Blank,
        Block::Text(content.safety.not_therapy.clone()),
    ]);
    // Said once, kindly, while the language's words have not had a
    // clinician's review (the catalogue's `translation-review`).
    if crate::t!("translation-review") != "reviewed" {
        out.extend([
            Block::Blank,
            Block::Text(crate::t!("help-translation-note")),
        ]);
    }
    out.extend(other_places(&content.help, code));
    out
}

/// What a person is told after their own safety check raised a concern.
pub fn concern() -> String {
    crate::t!("help-concern")
}

/// What a person is told when they said they have thought of harming
/// themselves, and nothing else closed couples exercises.
pub fn support() -> String {
    crate::t!("help-support")
}

/// Above the crisis lines, when they come first.
pub fn crisis_first() -> String {
    crate::t!("help-crisis-first")
}

/// Above the lines for people who want to stop hurting a partner.
pub fn stop_first() -> String {
    crate::t!("help-stop-first")
}

/// The screen after a safety check that raised a concern or a need for
/// support: a gentle word, then the lines the route puts first, then the
/// whole Help and safety page.
pub fn after_check(content: &Content, code: Option<&str>, route: Route) -> Vec<Block> {
    let help = &content.help;
    let word = if route.closes { concern() } else { support() };
    let mut out = vec![Block::Heading(word), Block::Blank];
    if route.crisis_first {
        out.push(Block::Heading(crisis_first()));
        out.extend(items(help.of_kind(code, Kind::Crisis)));
        out.push(Block::Blank);
    }
    if route.stop_lines {
        out.push(Block::Heading(stop_first()));
        let stop = help.of_kind(code, Kind::Stop);
        if stop.is_empty() {
            out.push(Block::Text(help.stop_elsewhere.clone()));
        }
        out.extend(items(stop));
        out.push(Block::Blank);
    }
    out.extend(page(content, code));
    out
}

/// The welcome's last step: the note for when someone is not safe, then
/// the places to turn to.
pub fn welcome(content: &Content, code: Option<&str>) -> Vec<Block> {
    let mut out = vec![
        Block::Text(content.safety.unsafe_help.clone()),
        Block::Blank,
    ];
    out.extend(first(&content.help, code));
    out
}

/// The blocks as plain text, for `walk`: one paragraph a line, places as
/// "- name — detail".
pub fn plain(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Text(t) | Block::Heading(t) => out.push_str(t),
            Block::Item(t) => {
                out.push_str("- ");
                out.push_str(t);
            }
            Block::Blank => {}
        }
        out.push('\n');
    }
    out
}

/// What a finished check leads to (the rule is `safety_check::route`): a "yes"
/// or "not sure" to a sign of danger, or to the person's own behaviour,
/// closes couples exercises (the other partner is told only
/// `safety_check::not_available`); to thoughts of self-harm, it puts the crisis lines
/// first without closing them; to the person's own behaviour, it also puts
/// the lines for people who want to stop first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    /// Couples exercises close: the outcome kept is a concern.
    pub closes: bool,
    /// The crisis lines come first.
    pub crisis_first: bool,
    /// The lines for people who want to stop hurting a partner come next.
    pub stop_lines: bool,
}

impl Route {
    /// A concern raised in an earlier check: the answers are long gone, so
    /// only that couples exercises are closed is known.
    pub const EARLIER_CONCERN: Route = Route {
        closes: true,
        crisis_first: false,
        stop_lines: false,
    };

    /// What is kept in the person's record.
    pub fn outcome(self) -> crate::model::SafetyOutcome {
        if self.closes {
            crate::model::SafetyOutcome::Concern
        } else {
            crate::model::SafetyOutcome::Clear
        }
    }

    /// Whether a screen of help follows the check (rather than going on).
    pub fn shows_help(self) -> bool {
        self.closes || self.crisis_first || self.stop_lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(blocks: &[Block]) -> String {
        blocks
            .iter()
            .map(|b| match b {
                Block::Text(t) | Block::Heading(t) | Block::Item(t) => t.as_str(),
                Block::Blank => "",
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn every_place_puts_its_own_lines_first_and_findahelpline_always() {
        let c = Content::bundled().unwrap();
        for place in &c.help.places {
            let blocks = first(&c.help, Some(&place.code));
            let text = texts(&blocks);
            let first_line = place.lines.first().unwrap();
            let at = text.find(&first_line.name).unwrap();
            let after = text.find("findahelpline.com").unwrap();
            assert!(at < after, "{}: {text}", place.code);
            // The place's own emergency number is its first line (the
            // general sentence is for places not listed).
            let emergency = c.help.lines_for(&place.code).unwrap()[0].1;
            assert!(
                emergency.is(crate::content::help::Kind::Emergency),
                "{}",
                place.code
            );
            let after_heading = text.split_once(":\n").map_or("", |(_, rest)| rest);
            assert!(
                after_heading.starts_with(&emergency.name),
                "{}: {text}",
                place.code
            );
            assert!(!text.contains(&c.help.danger), "{}", place.code);
        }
    }

    #[test]
    fn a_uk_nation_sees_its_own_lines_then_the_uk_wide_ones() {
        let c = Content::bundled().unwrap();
        let text = texts(&first(&c.help, Some("GB-WLS")));
        let wales = text.find("Live Fear Free").unwrap();
        let uk = text.find("Samaritans").unwrap();
        assert!(wales < uk, "{text}");
        assert!(
            !text.contains("Refuge"),
            "England's line is not Wales's: {text}"
        );
        assert!(text.contains("Where to turn in Wales:"), "{text}");
        // "GB" alone cannot tell the nations apart: all of them, labelled.
        let all = texts(&first(&c.help, Some("GB")));
        for nation in ["England", "Wales", "Northern Ireland"] {
            assert!(all.contains(&format!("({nation})")), "{nation}: {all}");
        }
    }

    #[test]
    fn an_unknown_or_missing_country_gets_the_lines_for_everyone() {
        let c = Content::bundled().unwrap();
        for code in [None, Some("ZZ"), Some("JP")] {
            let text = texts(&first(&c.help, code));
            assert!(text.contains(&c.help.elsewhere), "{code:?}");
            assert!(text.contains("findahelpline.com"), "{code:?}");
            assert!(!text.contains("Where to turn in"), "{code:?}");
        }
        // The page still lists every place further down.
        let page = texts(&page(&c, None));
        for place in &c.help.places {
            for l in &place.lines {
                assert!(page.contains(&l.name), "{}", l.name);
            }
        }
    }

    #[test]
    fn the_page_names_the_real_keys_and_never_the_pack() {
        let c = Content::bundled().unwrap();
        for code in [None, Some("AU"), Some("GB-NIR")] {
            let text = texts(&page(&c, code)).to_lowercase();
            assert!(text.contains("ctrl+q leaves trustmend at once"), "{text}");
            assert!(text.contains("press p on the home screen"), "{text}");
            assert!(!text.contains("content pack"), "{text}");
        }
    }
}
