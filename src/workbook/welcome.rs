//! First run: the language (offered once, see [`offers_language`]), what
//! trustmend is and is not, a name, a role, where the person lives
//! (skippable, and not asked when the settings say), and the safety note,
//! once.
//!
//! A person joining through "Add your partner" is handed the keyboard
//! behind the same plain cover as Pass the keyboard twice: before their
//! welcome, and again before their private safety check, so the first
//! person is never shown the questions being answered ([`HandOver`]).

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use std::sync::Arc;

use crate::config::Config;
use crate::content::Content;
use crate::i18n::{Because, Lang};
use crate::keymap::{Action, Context};
use crate::model::{PartnerId, Role};

use super::kind;
use super::page::Here;
use super::page::Page;
use super::page::{Ctx, Go};
use super::{Screen, Workbook};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WelcomeStep {
    /// English or Español, before anything is read (see [`offers_language`]).
    Language,
    Intro,
    Name,
    Role,
    Country,
    Safety,
}

#[derive(Debug, Clone)]
pub struct Welcome {
    pub step: WelcomeStep,
    pub name: TextArea<'static>,
    pub role: usize,
    pub error: Option<String>,
    /// Scroll of the intro's and the safety note's text.
    pub scroll: u16,
    /// The place chosen in the country step, once the person moves; until
    /// then the locale's guess (see [`Welcome::country_index`]).
    pub country: Option<usize>,
    /// Someone already in the workbook who has not seen the safety note
    /// (added with `trustmend partner add`): only that step is shown.
    pub returning: Option<PartnerId>,
    /// The plain hand-over cover shown instead of the step, until the
    /// person it is for presses Enter.
    pub handover: Option<HandOver>,
    /// The workbook's very first welcome (nobody in it yet): the only one
    /// that may offer the language.
    pub first_run: bool,
    /// The row of the language step, once the person moves or chooses;
    /// until then the language in use.
    pub language: Option<usize>,
}

/// Who the hand-over cover of the welcome is waiting for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandOver {
    /// The person joining, before their welcome (no name yet).
    Joining,
    /// The person just added, before their private safety check.
    SafetyCheck(PartnerId),
}

/// Names are shown in a header and a picker; keep them short.
pub const MAX_NAME: usize = 40;

impl Welcome {
    pub fn new(name: &str) -> Self {
        let mut area = TextArea::new(vec![name.to_string()]);
        area.set_placeholder_style(
            ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::DIM),
        );
        area.set_placeholder_text(crate::t!("welcome-name-placeholder"));
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Welcome {
            step: WelcomeStep::Intro,
            name: area,
            role: 0,
            error: None,
            scroll: 0,
            country: None,
            returning: None,
            handover: None,
            first_run: false,
            language: None,
        }
    }

    /// Whether this is the workbook's first welcome (see
    /// [`Welcome::first_run`]).
    pub fn first_run(self, first_run: bool) -> Self {
        Welcome { first_run, ..self }
    }

    /// Start on the first step the settings leave: the language, when a
    /// first run offers it (see [`offers_language`]).
    pub(super) fn begin(&mut self, config: &Config) {
        if self.step == WelcomeStep::Intro && self.handover.is_none() {
            self.step = self
                .steps(config)
                .first()
                .copied()
                .unwrap_or(WelcomeStep::Intro);
        }
    }

    /// The welcome of a person joining through "Add your partner": behind
    /// the hand-over cover first, since the person before may still be at
    /// the keyboard.
    pub fn joining() -> Self {
        Welcome {
            handover: Some(HandOver::Joining),
            ..Welcome::new("")
        }
    }

    /// The safety note alone, for `partner` at their first start (they
    /// were added from the command line and never saw the welcome).
    pub fn safety_note_for(partner: PartnerId) -> Self {
        Welcome {
            step: WelcomeStep::Safety,
            returning: Some(partner),
            ..Welcome::new("")
        }
    }

    /// The steps, in order: the country step only when the settings do not
    /// already say where the help list is for.
    pub fn steps(&self, config: &Config) -> Vec<WelcomeStep> {
        if self.returning.is_some() {
            return vec![WelcomeStep::Safety];
        }
        let mut steps = Vec::new();
        // Still shown after the choice (the setting now says it), so Back
        // from the intro finds it again.
        if self.first_run && (self.language.is_some() || offers_language(config)) {
            steps.push(WelcomeStep::Language);
        }
        steps.extend([WelcomeStep::Intro, WelcomeStep::Name, WelcomeStep::Role]);
        if config.country.is_none() {
            steps.push(WelcomeStep::Country);
        }
        steps.push(WelcomeStep::Safety);
        steps
    }

    /// The selected row of the country step: the person's choice, else the
    /// place the locale names (or its country), else "rather not say".
    pub fn country_index(&self, content: &Content, config: &Config) -> usize {
        let options = country_choices(content);
        let last = options.len().saturating_sub(1);
        if let Some(i) = self.country {
            return i.min(last);
        }
        let guess = config.locale_country.as_deref();
        let find = |code: &str| options.iter().position(|(c, _)| c.as_deref() == Some(code));
        guess
            .and_then(|g| find(g).or_else(|| find(crate::country::parent(g))))
            .unwrap_or(last)
    }

    /// The selected row of the language step: the person's choice, else
    /// the language in use (the locale's).
    pub fn language_index(&self, config: &Config) -> usize {
        let last = Lang::all().count().saturating_sub(1);
        self.language
            .unwrap_or_else(|| {
                config
                    .language_chosen
                    .as_ref()
                    .map_or_else(crate::i18n::language, |(l, _)| *l)
                    .index()
            })
            .min(last)
    }

    /// The code this person gave (`None`: skipped).
    pub fn answer(&self, content: &Content, config: &Config) -> Option<String> {
        let options = country_choices(content);
        options
            .into_iter()
            .nth(self.country_index(content, config))
            .and_then(|(code, _)| code)
    }

    pub(super) fn context(&self) -> Context {
        if self.handover.is_some() {
            return Context::Cover;
        }
        match self.step {
            WelcomeStep::Name => Context::WelcomeName,
            _ => Context::Welcome,
        }
    }

    pub fn name(&self) -> String {
        self.name.lines().join(" ").trim().to_string()
    }

    pub(super) fn input(&mut self, key: KeyEvent) {
        if self.step == WelcomeStep::Name && self.handover.is_none() {
            self.name.input(key);
            self.error = None;
        }
    }

    pub(super) fn paste(&mut self, text: &str) {
        if self.step == WelcomeStep::Name && self.handover.is_none() {
            let one_line: String = text.lines().collect::<Vec<_>>().join(" ");
            self.name.insert_str(one_line);
        }
    }
}

impl Page for kind::Welcome {
    fn context(state: &Self::State, _: Here) -> Context {
        state.context()
    }

    fn update(w: &mut Self::State, ctx: &mut Ctx, action: Action) -> Go {
        let config = ctx.here().config;
        if let Some(handover) = w.handover {
            return match (handover, action) {
                (HandOver::Joining, Action::Select) => {
                    w.handover = None;
                    Go::Stay
                }
                (HandOver::SafetyCheck(id), Action::Select) if ctx.store.partner(id).is_some() => {
                    Go::EnterTo(
                        id,
                        Box::new(Screen::SafetyCheck(Box::new(
                            super::safety_check::CheckView::new(
                                super::safety_check::AfterCheck::Home,
                            ),
                        ))),
                    )
                }
                // Not the expected person (or nobody to wait for): whoever is
                // there says who they are, as on Pass the keyboard's cover.
                (HandOver::SafetyCheck(_), Action::Select) | (_, Action::Back) => {
                    Go::To(Screen::Picker(super::ListView::default()))
                }
                _ => Go::Stay,
            };
        }
        let before = w.step;
        match (w.step, action) {
            (WelcomeStep::Intro | WelcomeStep::Safety, Action::Up) => {
                w.scroll = w.scroll.saturating_sub(1);
            }
            (WelcomeStep::Intro | WelcomeStep::Safety, Action::Down) => {
                w.scroll = ctx.scroll_within(w.scroll.saturating_add(1));
            }
            (WelcomeStep::Language, Action::Up) => {
                w.language = Some(w.language_index(config).saturating_sub(1));
            }
            (WelcomeStep::Language, Action::Down) => {
                let last = Lang::all().count().saturating_sub(1);
                w.language = Some((w.language_index(config) + 1).min(last));
            }
            (WelcomeStep::Language, Action::Select) => {
                let at = w.language_index(config);
                w.language = Some(at);
                w.step = WelcomeStep::Intro;
                if let Some(lang) = Lang::all().nth(at) {
                    w.scroll = 0;
                    return Go::ChooseLanguage(lang);
                }
            }
            (WelcomeStep::Intro, Action::Select) => w.step = WelcomeStep::Name,
            (WelcomeStep::Intro, Action::Back) if w.asked_language(config) => {
                w.step = WelcomeStep::Language;
            }
            (WelcomeStep::Language | WelcomeStep::Intro, Action::Back) => {
                return if ctx.store.partners.is_empty() {
                    Go::Quit
                } else {
                    Go::To(Screen::Picker(super::ListView::default()))
                };
            }
            (WelcomeStep::Name, Action::Select) => {
                let name = w.name();
                w.error = if name.is_empty() {
                    Some(crate::t!("welcome-name-empty"))
                } else if name.chars().count() > MAX_NAME {
                    Some(crate::t!("welcome-name-too-long", max = MAX_NAME))
                } else if ctx.store.partner_by_name(&name).is_some() {
                    Some(crate::t!("welcome-name-taken", name = name))
                } else {
                    w.step = WelcomeStep::Role;
                    None
                };
            }
            (WelcomeStep::Name, Action::Back) => w.step = WelcomeStep::Intro,
            (WelcomeStep::Role, Action::Up) => w.role = w.role.saturating_sub(1),
            (WelcomeStep::Role, Action::Down) => w.role = (w.role + 1).min(Role::ALL.len() - 1),
            (WelcomeStep::Role, Action::Select) => w.step = w.after(WelcomeStep::Role, config),
            (WelcomeStep::Role, Action::Back) => w.step = WelcomeStep::Name,
            (WelcomeStep::Country, Action::Up) => {
                let at = w.country_index(ctx.content, config);
                w.country = Some(at.saturating_sub(1));
            }
            (WelcomeStep::Country, Action::Down) => {
                let at = w.country_index(ctx.content, config);
                let last = country_choices(ctx.content).len().saturating_sub(1);
                w.country = Some((at + 1).min(last));
            }
            (WelcomeStep::Country, Action::Select) => w.step = WelcomeStep::Safety,
            (WelcomeStep::Country, Action::Back) => w.step = WelcomeStep::Role,
            (WelcomeStep::Safety, Action::Select) if w.returning.is_some() => {
                if let Some(p) = w.returning.and_then(|id| ctx.store.partner_mut(id)) {
                    p.seen_safety_note = true;
                }
                ctx.changed();
                return Go::Home;
            }
            // Read once before anything else; quitting is always possible.
            (WelcomeStep::Safety, Action::Back) if w.returning.is_some() => {}
            (WelcomeStep::Safety, Action::Select) => {
                let role = Role::ALL.get(w.role).copied().unwrap_or(Role::Unsaid);
                let country = w
                    .asked_country(config)
                    .then(|| w.answer(ctx.content, config));
                let id = ctx.store.add_partner(&w.name(), role, ctx.now);
                if let Some(p) = ctx.store.partner_mut(id) {
                    p.seen_safety_note = true;
                    p.country = country.flatten();
                }
                // Joining someone already here: this person's own private
                // safety check comes before anything shared, behind the
                // hand-over cover (the other may have helped with the welcome).
                ctx.changed();
                if ctx.store.partners.len() > 1 {
                    w.handover = Some(HandOver::SafetyCheck(id));
                    return Go::Stay;
                }
                return Go::Enter(id);
            }
            (WelcomeStep::Safety, Action::Back) => w.step = w.before(WelcomeStep::Safety, config),
            _ => {}
        }
        if w.step != before {
            w.scroll = 0;
        }
        Go::Stay
    }
}

impl Welcome {
    fn asked_language(&self, config: &Config) -> bool {
        self.steps(config).contains(&WelcomeStep::Language)
    }

    fn asked_country(&self, config: &Config) -> bool {
        self.steps(config).contains(&WelcomeStep::Country)
    }

    fn after(&self, step: WelcomeStep, config: &Config) -> WelcomeStep {
        let steps = self.steps(config);
        let at = steps.iter().position(|s| *s == step).unwrap_or(0);
        steps.get(at + 1).copied().unwrap_or(step)
    }

    fn before(&self, step: WelcomeStep, config: &Config) -> WelcomeStep {
        let steps = self.steps(config);
        let at = steps.iter().position(|s| *s == step).unwrap_or(0);
        steps.get(at.saturating_sub(1)).copied().unwrap_or(step)
    }
}

/// The country step's rows: each place of the help list (its code and how
/// it is named), then "somewhere else", then skipping.
pub fn country_choices(content: &Content) -> Vec<(Option<String>, String)> {
    let mut out: Vec<(Option<String>, String)> = content
        .help
        .places
        .iter()
        .map(|p| {
            let mut label = p.name.clone();
            if let Some(first) = label.get(..1) {
                label.replace_range(..1, &first.to_uppercase());
            }
            if p.code == "GB" {
                label = crate::t!("welcome-country-every-nation", place = label);
            }
            (Some(p.code.clone()), label)
        })
        .collect();
    out.push((
        Some(crate::workbook::helplines::SOMEWHERE_ELSE.into()),
        crate::t!("welcome-country-elsewhere"),
    ));
    out.push((None, crate::t!("welcome-country-rather-not")));
    out
}

/// The heading each of [`country_choices`] is listed under in the welcome
/// (the place's `group`; none for "somewhere else" and skipping).
pub fn country_groups(content: &Content) -> Vec<Option<String>> {
    let mut out: Vec<Option<String>> = content
        .help
        .places
        .iter()
        .map(|p| Some(p.group.clone()))
        .collect();
    out.extend([None, None]);
    out
}

/// The code the welcome's safety step shows lines for: the settings, else
/// the answer just given, else the locale.
pub fn shown_country(content: &Content, config: &Config, w: &Welcome) -> Option<String> {
    let answer = w
        .asked_country(config)
        .then(|| w.answer(content, config))
        .flatten();
    crate::country::choose(
        config.country.as_deref(),
        answer.as_deref(),
        config.locale_country.as_deref(),
    )
}

/// Whether the first welcome offers the language: only when no `language`
/// setting says it, and the locale either chose a language other than
/// English or names a place whose language trustmend does not speak (then
/// English was a fallback, not a choice). A locale in English, or none at
/// all, keeps the welcome as it always was.
pub fn offers_language(config: &Config) -> bool {
    if config.language.is_some() {
        return false;
    }
    match &config.language_chosen {
        Some((lang, Because::Locale(..))) => *lang != Lang::EN,
        Some((_, Because::Default)) => config.locale_country.is_some(),
        _ => false,
    }
}

/// The language chosen in the welcome is in use at the edge: the workbook
/// reads its pack from now on (when the pack follows the language), and
/// says so when the choice could not be kept in the settings.
pub(super) fn language_chosen(
    wb: &mut Workbook,
    content: Option<Arc<Content>>,
    saved: Result<(), String>,
) {
    if let Some(content) = content {
        wb.content = content;
    }
    // Made in the language before: its words are said again in the new one.
    if let Screen::Welcome(w) = &mut wb.screen {
        w.name
            .set_placeholder_text(crate::t!("welcome-name-placeholder"));
    }
    if let Err(why) = saved {
        wb.notice = Some(super::Notice {
            kind: super::NoticeKind::Error,
            text: crate::t!("welcome-language-not-kept", why = why),
        });
    }
}

#[cfg(test)]
mod tests;
