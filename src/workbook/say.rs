//! Keys named in sentences. A sentence that tells the person which key to
//! press gets the key as an argument from here, and here takes it from the
//! key tables (`keymap::keys_for`): rebinding a key changes every sentence
//! that names it, and no sentence can name a key the screen does not bind.
//! `i18n`'s tests refuse a message that names a key by hand.

use crate::keymap::{self, Action, Context};

/// The key for an action where the keyboard is, for a sentence:
/// `say!(Draft, Save)` is [`key`]`(Context::Draft, Action::Save)` ("Ctrl+S"),
/// and `say!(Confirm, Cancel, all)` is [`keys`] ("n or Esc").
#[macro_export]
macro_rules! say {
    ($ctx:ident, $action:ident) => {
        $crate::workbook::say::key(
            $crate::keymap::Context::$ctx,
            $crate::keymap::Action::$action,
        )
    };
    ($ctx:ident, $action:ident, all) => {
        $crate::workbook::say::keys(
            $crate::keymap::Context::$ctx,
            $crate::keymap::Action::$action,
        )
    };
}

/// The first key for `action` in `ctx`, as a sentence names it ("Esc").
pub fn key(ctx: Context, action: Action) -> String {
    keymap::keys_for(ctx, action)
        .iter()
        .map(|k| crate::i18n::said_keys(k))
        .next()
        .unwrap_or_else(|| "?".to_string())
}

/// Every key for `action` in `ctx`, joined as the language joins two
/// choices ("n or Esc").
pub fn keys(ctx: Context, action: Action) -> String {
    let mut names = keymap::keys_for(ctx, action)
        .into_iter()
        .map(|k| crate::i18n::said_keys(&k));
    let first = names.next().unwrap_or_else(|| "?".to_string());
    names.fold(first, |said, next| {
        crate::t!("keys-or", first = said, second = next)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_gets_the_keys_the_table_binds_there() {
        assert_eq!(key(Context::Editor, Action::Save), "Ctrl+S");
        assert_eq!(key(Context::Prompt, Action::Back), "Esc");
        // From the keys that work everywhere when the table has none.
        assert_eq!(key(Context::Home, Action::Quit), "Ctrl+C");
        assert_eq!(keys(Context::Confirm, Action::Cancel), "n or Esc");
        crate::i18n::in_language(crate::i18n::Lang::ES, || {
            assert_eq!(keys(Context::Confirm, Action::Cancel), "n o Esc");
        });
        // Nothing bound: a mark a test of the screen would see, not a guess.
        assert_eq!(key(Context::Calm, Action::Delete), "?");
    }
}
