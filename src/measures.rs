//! Validated questionnaires (PHQ-9, GAD-7, CSI-4): their items, options and
//! scoring from the content pack (`content/measures.toml`, with the source
//! and licence of each), and the scoring itself. Pure: text in, measures or
//! problems out; a total in, its band out.
//!
//! A person's answers are kept in their own `Partner` record
//! ([`crate::model::MeasureResult`]), so they are sealed with the rest of a
//! protected person's records and never shown to the partner.

use std::path::Path;

use serde::Deserialize;

/// The questionnaires' file name in a content pack folder.
pub(crate) const FILE: &str = "measures.toml";

/// The English questionnaires (`content/measures.toml`), compiled in.
pub(crate) fn english() -> &'static str {
    crate::i18n::bundled::file("en", FILE).map_or("", |(_, text)| text)
}

/// One questionnaire, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    pub id: String,
    pub name: String,
    pub about: String,
    pub stem: String,
    pub source: String,
    pub licence: String,
    pub items: Vec<Item>,
    pub bands: Vec<Band>,
    /// An answer above `.1` to item `.0` (0-based) opens Help and safety.
    pub alert: Option<(usize, u8)>,
    /// Said instead of offering it, when the pack has no verified wording
    /// of it in its language (`unavailable = "…"`): it is then never asked
    /// (a validated questionnaire is asked in its published words only),
    /// and answers kept from before are still shown.
    pub unavailable: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub text: String,
    /// Scored 0, 1, 2… in this order.
    pub options: Vec<String>,
}

/// Totals from `min` to `max` (inclusive) read as `label`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub min: u16,
    pub max: u16,
    pub label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    measure: Vec<RawMeasure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeasure {
    id: String,
    name: String,
    about: String,
    stem: String,
    source: String,
    licence: String,
    #[serde(default)]
    options: Vec<String>,
    #[serde(default)]
    items: Vec<String>,
    #[serde(default)]
    item: Vec<RawItem>,
    bands: Vec<Band>,
    alert_item: Option<usize>,
    alert_above: Option<u8>,
    #[serde(default)]
    unavailable: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    text: String,
    #[serde(default)]
    options: Vec<String>,
}

impl Measure {
    /// The highest total possible.
    pub fn max_total(&self) -> u16 {
        self.items
            .iter()
            .map(|i| u16::try_from(i.options.len().saturating_sub(1)).unwrap_or(u16::MAX))
            .sum()
    }

    /// The total of one answer per item (each the option's place, from 0),
    /// or `None` when the answers do not fit the items.
    pub fn score(&self, answers: &[u8]) -> Option<u16> {
        if answers.len() != self.items.len() {
            return None;
        }
        let mut total = 0u16;
        for (item, &a) in self.items.iter().zip(answers) {
            if usize::from(a) >= item.options.len() {
                return None;
            }
            total += u16::from(a);
        }
        Some(total)
    }

    /// The band a total falls in, in words.
    pub fn band(&self, total: u16) -> Option<&str> {
        self.bands
            .iter()
            .find(|b| (b.min..=b.max).contains(&total))
            .map(|b| b.label.as_str())
    }

    /// A total in words, with its band as published: "7 of 27: mild (5 to 9)".
    pub fn said(&self, total: u16) -> String {
        match self.bands.iter().find(|b| (b.min..=b.max).contains(&total)) {
            Some(b) => crate::t!(
                "measure-said",
                total = total,
                all = self.max_total(),
                label = b.label.as_str(),
                min = b.min,
                max = b.max
            ),
            None => crate::t!(
                "measure-said-no-band",
                total = total,
                all = self.max_total()
            ),
        }
    }

    /// Every band in words: "0 to 4 minimal; 5 to 9 mild; …".
    pub fn bands_said(&self) -> String {
        let mut bands = self.bands.clone();
        bands.sort_by_key(|b| b.min);
        bands
            .iter()
            .map(|b| {
                crate::t!(
                    "measure-band",
                    min = b.min,
                    max = b.max,
                    label = b.label.as_str()
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Whether these answers must open Help and safety at once (PHQ-9 item
    /// 9 answered above "Not at all"), whatever the total.
    pub fn alerts(&self, answers: &[u8]) -> bool {
        self.alert
            .is_some_and(|(item, above)| answers.get(item).is_some_and(|&a| a > above))
    }
}

/// The measures of `src` (read from `path`), checked: every problem is
/// returned, each naming the file and the measure.
pub(crate) fn parse(path: &Path, src: &str) -> Result<Vec<Measure>, Vec<String>> {
    let file: File = toml::from_str(src).map_err(|e| {
        let at = e
            .span()
            .map(|s| {
                let line = src[..s.start.min(src.len())].matches('\n').count() + 1;
                format!(":{line}")
            })
            .unwrap_or_default();
        let line = crate::text::line_at(src, e.span());
        let said = crate::i18n::toml_words::said(e.message(), line);
        vec![format!("{}{at}: {said}", path.display())]
    })?;
    let mut problems = Vec::new();
    let mut out = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for raw in file.measure {
        let say = |what: String| format!("{}: measure {:?}: {what}", path.display(), raw.id);
        if !ids.insert(raw.id.clone()) {
            problems.push(say("is defined twice; give each measure one id".into()));
        }
        for (field, value) in [
            ("name", &raw.name),
            ("stem", &raw.stem),
            ("source", &raw.source),
            ("licence", &raw.licence),
        ] {
            if value.trim().is_empty() {
                problems.push(say(format!(
                    "`{field}` is empty; every measure names its source and licence"
                )));
            }
        }
        let mut items: Vec<Item> = raw
            .items
            .iter()
            .map(|text| Item {
                text: text.clone(),
                options: raw.options.clone(),
            })
            .collect();
        items.extend(raw.item.iter().map(|i| Item {
            text: i.text.clone(),
            options: if i.options.is_empty() {
                raw.options.clone()
            } else {
                i.options.clone()
            },
        }));
        if items.is_empty() {
            problems.push(say("has no items".into()));
        }
        for (n, item) in items.iter().enumerate() {
            if item.options.len() < 2 {
                problems.push(say(format!(
                    "item {} has fewer than two options; give `options` to the measure or the item",
                    n + 1
                )));
            }
        }
        let measure = Measure {
            id: raw.id.clone(),
            name: raw.name.clone(),
            about: raw.about.clone(),
            stem: raw.stem.clone(),
            source: raw.source.clone(),
            licence: raw.licence.clone(),
            items,
            bands: raw.bands.clone(),
            alert: None,
            unavailable: raw
                .unavailable
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_string),
        };
        // The bands cover every total from 0 to the highest, once each.
        let mut next = 0u16;
        let mut bands = measure.bands.clone();
        bands.sort_by_key(|b| b.min);
        for b in &bands {
            if b.min != next || b.max < b.min {
                problems.push(say(format!(
                    "band {:?} ({}–{}) does not start at {next}; bands must cover every total once, from 0 to {}",
                    b.label,
                    b.min,
                    b.max,
                    measure.max_total()
                )));
            }
            next = b.max.saturating_add(1);
        }
        if next != measure.max_total() + 1 {
            problems.push(say(format!(
                "the bands end at {}, but the highest total is {}",
                next.saturating_sub(1),
                measure.max_total()
            )));
        }
        let alert = match (raw.alert_item, raw.alert_above) {
            (None, None) => None,
            (Some(item), Some(above)) if (1..=measure.items.len()).contains(&item) => {
                Some((item - 1, above))
            }
            (Some(item), Some(_)) => {
                problems.push(say(format!(
                    "alert_item {item} is not one of its {} items",
                    measure.items.len()
                )));
                None
            }
            _ => {
                problems.push(say(
                    "give both `alert_item` and `alert_above`, or neither".into()
                ));
                None
            }
        };
        out.push(Measure { alert, ..measure });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The bundled questionnaires (`measures.toml`) in `lang`, with the path
/// to name in messages; parse them with [`parse`].
pub fn bundled_measures_in(lang: &str) -> Option<(String, &'static str)> {
    crate::i18n::bundled::file(lang, FILE)
}

/// Every bundled measure in the language in use (checked by the tests, so
/// this never fails in a released build; an empty list if it somehow did),
/// read once: the same ids and scoring in every language, with those the
/// language cannot offer yet (`Measure::unavailable`). For reading answers
/// kept before and for the ids a homework file may name.
pub(crate) fn all() -> &'static [Measure] {
    static ALL: [std::sync::OnceLock<Vec<Measure>>; crate::i18n::LANGUAGES.len()] =
        [const { std::sync::OnceLock::new() }; crate::i18n::LANGUAGES.len()];
    let lang = crate::i18n::language();
    let index = crate::i18n::LANGUAGES
        .iter()
        .position(|l| *l == lang.code())
        .unwrap_or(0);
    ALL[index].get_or_init(|| parse_bundled(lang.code()).unwrap_or_default())
}

/// The bundled measures offered in the language in use: [`all`] but those
/// it has no verified wording of.
pub(crate) fn bundled() -> &'static [Measure] {
    static OFFERED: [std::sync::OnceLock<Vec<Measure>>; crate::i18n::LANGUAGES.len()] =
        [const { std::sync::OnceLock::new() }; crate::i18n::LANGUAGES.len()];
    let index = crate::i18n::language().index().min(OFFERED.len() - 1);
    OFFERED[index].get_or_init(|| {
        all()
            .iter()
            .filter(|m| m.unavailable.is_none())
            .cloned()
            .collect()
    })
}

/// What the language says of the measures it cannot offer yet, one line
/// each (said where the questionnaires are listed).
pub(crate) fn not_offered() -> Vec<&'static str> {
    all()
        .iter()
        .filter_map(|m| m.unavailable.as_deref())
        .collect()
}

/// A bundled measure by its id, offered or not (its name, answers kept).
pub(crate) fn known(id: &str) -> Option<&'static Measure> {
    all().iter().find(|m| m.id == id)
}

/// The bundled questionnaires in `lang` (English where it has none),
/// parsed and checked, every problem named: `content check` reports them.
pub(crate) fn parse_bundled(lang: &str) -> Result<Vec<Measure>, Vec<String>> {
    let (path, text) =
        bundled_measures_in(lang).unwrap_or(("content/measures.toml".to_string(), english()));
    parse(Path::new(&path), text)
}

/// One bundled measure offered in the language in use, by its id (`phq9`).
pub(crate) fn by_id(id: &str) -> Option<&'static Measure> {
    bundled().iter().find(|m| m.id == id)
}

/// The ids of the bundled measures, for messages: `phq9, gad7, csi4`.
pub(crate) fn ids() -> String {
    all()
        .iter()
        .map(|m| m.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Said under every score: what a questionnaire can and cannot tell.
/// When a questionnaire was last answered, and whether it is offered now,
/// in words: the full screen and `walk` alike (each writes the day its way).
pub(crate) fn when_said(offered: bool, last: Option<String>) -> String {
    let when = match (offered, &last) {
        (true, Some(_)) => "offered-answered",
        (true, None) => "offered",
        (false, Some(_)) => "answered",
        (false, None) => "not",
    };
    crate::t!("measure-when", when = when, date = last.unwrap_or_default())
}

/// How often the measures are offered again, in days, unless a therapist's
/// homework says otherwise: about every two weeks, the period the PHQ-9
/// and GAD-7 ask about.
pub(crate) const EVERY_DAYS: u32 = 14;

/// Which measures are offered on `today`: each one asked for (the
/// therapist's list, or every measure) that was never answered, or was last
/// answered `every_days` days ago or more. The one rule for home's quiet
/// line, the homework list and `walk`; pure (the day comes in).
pub(crate) fn due<'m>(
    measures: &'m [Measure],
    asked: Option<&[String]>,
    every_days: u32,
    results: &[crate::model::MeasureResult],
    today: chrono::NaiveDate,
) -> Vec<&'m Measure> {
    measures
        .iter()
        .filter(|m| asked.is_none_or(|ids| ids.contains(&m.id)))
        .filter(|m| {
            last_answered(results, &m.id)
                .is_none_or(|at| (today - at).num_days() >= i64::from(every_days))
        })
        .collect()
}

/// The day a measure was last answered, if ever.
pub(crate) fn last_answered(
    results: &[crate::model::MeasureResult],
    id: &str,
) -> Option<chrono::NaiveDate> {
    results
        .iter()
        .filter(|r| r.measure == id)
        .map(|r| r.at.date_naive())
        .max()
}

/// The measures of a pack folder: its `measures.toml`, or the bundled ones.
pub(crate) fn load_dir(dir: &Path) -> Result<Vec<Measure>, Vec<String>> {
    let path = dir.join(FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => parse(&path, &text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(all().to_vec()),
        Err(e) => Err(vec![format!("{}: cannot be read: {e}", path.display())]),
    }
}

/// A person's own history, one line a measure they answered, for
/// Progress: "PHQ-9: 12 moderate → 7 mild (2 answers, latest 7 Mar 2026)".
pub(crate) fn history(
    results: &[crate::model::MeasureResult],
    day: impl Fn(chrono::NaiveDate) -> String,
) -> Vec<String> {
    let mut out = Vec::new();
    for m in all() {
        let mut mine: Vec<&crate::model::MeasureResult> =
            results.iter().filter(|r| r.measure == m.id).collect();
        mine.sort_by_key(|r| r.at);
        let (Some(first), Some(latest)) = (mine.first(), mine.last()) else {
            continue;
        };
        let said = |r: &crate::model::MeasureResult| {
            format!("{} {}", r.total, m.band(r.total).unwrap_or("?"))
        };
        let when = day(latest.at.date_naive());
        out.push(if mine.len() == 1 {
            crate::t!(
                "measure-history-one",
                name = m.name.as_str(),
                said = said(latest),
                when = when
            )
        } else {
            crate::t!(
                "measure-history-many",
                name = m.name.as_str(),
                first = said(first),
                latest = said(latest),
                n = mine.len(),
                when = when
            )
        });
    }
    out
}

#[cfg(test)]
mod tests;
