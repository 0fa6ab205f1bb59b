//! Where the person lives, as a code the help list is keyed by: the rule
//! for reading a `country` setting, for guessing from the locale, and for
//! which of those wins. Pure: the edge passes the environment's values in.
//!
//! A code is an ISO 3166-1 country code ("CA", "IE"), or for the four
//! nations of the United Kingdom an ISO 3166-2 code ("GB-ENG", "GB-SCT",
//! "GB-WLS", "GB-NIR"), whose own lines come before the UK-wide ones.

/// The codes of the UK's nations, which have help lines of their own.
#[cfg(test)]
pub(crate) const UK_NATIONS: [&str; 4] = ["GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR"];

/// A well-formed code in its canonical (upper-case) spelling, or `None`.
/// "uk" is taken for "GB", as people often write it.
pub(crate) fn parse_code(text: &str) -> Option<String> {
    let code = text.trim().to_ascii_uppercase();
    if code == "UK" {
        return Some("GB".into());
    }
    let (country, region) = match code.split_once('-') {
        Some((c, r)) => (c, Some(r)),
        None => (code.as_str(), None),
    };
    let letters = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric())
    };
    let country_ok = country.len() == 2 && country.chars().all(|c| c.is_ascii_uppercase());
    let region_ok = region.is_none_or(|r| letters(r, 1..=3));
    (country_ok && region_ok).then_some(code)
}

/// The country a locale names, for a first guess: the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty (the order POSIX
/// gives them), read as `language[_TERRITORY][.codeset][@modifier]`.
/// "C", "POSIX" and a locale without a territory give `None`.
pub(crate) fn from_locale(
    lc_all: Option<&str>,
    lc_messages: Option<&str>,
    lang: Option<&str>,
) -> Option<String> {
    let locale = [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|s| !s.is_empty())?;
    let name = locale.split(['.', '@']).next().unwrap_or_default();
    let (_, territory) = name.split_once('_')?;
    let territory = territory.to_ascii_uppercase();
    (territory.len() == 2 && territory.chars().all(|c| c.is_ascii_uppercase())).then_some(territory)
}

/// Which code the help list uses: the `country` setting, else what the
/// person said in the welcome, else the guess from the locale.
pub(crate) fn choose(
    setting: Option<&str>,
    answered: Option<&str>,
    from_locale: Option<&str>,
) -> Option<String> {
    [setting, answered, from_locale]
        .into_iter()
        .flatten()
        .find_map(parse_code)
}

/// The country a code belongs to: "GB" for "GB-SCT", itself otherwise.
pub(crate) fn parent(code: &str) -> &str {
    code.split_once('-').map_or(code, |(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_names_its_territory() {
        let cases = [
            ("en_CA.UTF-8", Some("CA")),
            ("en_GB.utf8", Some("GB")),
            ("fr_CA", Some("CA")),
            ("en_IE@euro", Some("IE")),
            ("sr_RS.UTF-8@latin", Some("RS")),
            ("en_au.UTF-8", Some("AU")),
            ("hi_IN", Some("IN")),
            ("zu_ZA.UTF-8", Some("ZA")),
            ("C", None),
            ("C.UTF-8", None),
            ("POSIX", None),
            ("en", None),
            ("en_US_POSIX", None),
            ("", None),
            ("es_419.UTF-8", None),
        ];
        for (lang, want) in cases {
            assert_eq!(
                from_locale(None, None, Some(lang)).as_deref(),
                want,
                "LANG={lang:?}"
            );
        }
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang_and_empty_values_are_unset() {
        let all = Some("en_NZ.UTF-8");
        let messages = Some("en_AU.UTF-8");
        let lang = Some("en_US.UTF-8");
        assert_eq!(from_locale(all, messages, lang).as_deref(), Some("NZ"));
        assert_eq!(from_locale(None, messages, lang).as_deref(), Some("AU"));
        assert_eq!(from_locale(Some(""), messages, lang).as_deref(), Some("AU"));
        assert_eq!(
            from_locale(Some("  "), Some(""), lang).as_deref(),
            Some("US")
        );
        assert_eq!(from_locale(None, None, None), None);
        // LC_ALL=C means "no territory", not "look further".
        assert_eq!(from_locale(Some("C"), messages, lang), None);
    }

    #[test]
    fn codes_are_read_in_any_case_and_checked() {
        for (text, want) in [
            ("CA", Some("CA")),
            (" gb ", Some("GB")),
            ("uk", Some("GB")),
            ("gb-sct", Some("GB-SCT")),
            ("GB-NIR", Some("GB-NIR")),
            ("Canada", None),
            ("C", None),
            ("", None),
            ("GB-", None),
            ("GB-SCOT", None),
            ("1A", None),
            ("GB_SCT", None),
        ] {
            assert_eq!(parse_code(text).as_deref(), want, "{text:?}");
        }
        for nation in UK_NATIONS {
            assert_eq!(parse_code(nation).as_deref(), Some(nation));
            assert_eq!(parent(nation), "GB");
        }
        assert_eq!(parent("IE"), "IE");
    }

    #[test]
    fn the_setting_beats_the_answer_which_beats_the_locale() {
        assert_eq!(
            choose(Some("IE"), Some("GB-WLS"), Some("US")).as_deref(),
            Some("IE")
        );
        assert_eq!(
            choose(None, Some("gb-wls"), Some("US")).as_deref(),
            Some("GB-WLS")
        );
        assert_eq!(choose(None, None, Some("US")).as_deref(), Some("US"));
        assert_eq!(choose(None, None, None), None);
        // A setting that is not a code is passed over, not obeyed.
        assert_eq!(
            choose(Some("Canada"), None, Some("CA")).as_deref(),
            Some("CA")
        );
    }
}
